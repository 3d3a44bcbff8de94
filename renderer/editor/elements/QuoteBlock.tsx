import type { QuoteBlockElement } from '../custom-types';
import type { ElementProps } from './types';

/** A block quote in the run of the text, or a pull quote set apart. */
export function QuoteBlock({ attributes, children, element }: ElementProps<QuoteBlockElement>) {
  const className = element.type === 'pull-quote' ? 'pull-quote' : 'block-quote';
  return (
    <blockquote {...attributes} className={className} data-speaker={element.speakerId ?? undefined}>
      {children}
    </blockquote>
  );
}
