import type { CSSProperties } from 'react';
import { useReadOnly } from 'slate-react';
import { SpeakerBadge, useSpeaker } from '../../features/quotes/SpeakerBadge';
import type { InlineQuoteElement } from '../custom-types';
import type { ElementProps } from './types';

/** Words tagged as a quote of a speaker: in the speaker's colour, with a badge that changes or removes the tag. */
export function InlineQuote({ attributes, children, element }: ElementProps<InlineQuoteElement>) {
  const readOnly = useReadOnly();
  const { speaker, color } = useSpeaker(element.speakerId);
  return (
    <span
      {...attributes}
      className={`inline-quote${speaker ? '' : ' inline-quote--untagged'}`}
      data-quote-id={element.quoteId}
      data-speaker={element.speakerId ?? undefined}
      style={{ '--speaker-color': color } as CSSProperties}
    >
      {children}
      {!readOnly && <SpeakerBadge speaker={speaker} quoteId={element.quoteId} />}
    </span>
  );
}
