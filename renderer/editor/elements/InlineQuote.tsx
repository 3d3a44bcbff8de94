import type { InlineQuoteElement } from '../custom-types';
import type { ElementProps } from './types';

/** Words tagged as a quote of a speaker. */
export function InlineQuote({ attributes, children }: ElementProps<InlineQuoteElement>) {
  return (
    <span {...attributes} className="inline-quote">
      {children}
    </span>
  );
}
