import type { CSSProperties } from 'react';
import { useReadOnly } from 'slate-react';
import { SpeakerBadge, useSpeaker } from '../../features/quotes/SpeakerBadge';
import type { QuoteBlockElement } from '../custom-types';
import type { ElementProps } from './types';

/** A block quote in the run of the text, or a pull quote set apart; a tagged one shows its speaker. */
export function QuoteBlock({ attributes, children, element }: ElementProps<QuoteBlockElement>) {
  const readOnly = useReadOnly();
  const tagged = element.quoteId !== undefined;
  const { speaker, color } = useSpeaker(element.speakerId ?? null);
  const className = [element.type === 'pull-quote' ? 'pull-quote' : 'block-quote', tagged ? 'quote-block--tagged' : ''].filter(Boolean).join(' ');
  return (
    <blockquote
      {...attributes}
      className={className}
      data-speaker={element.speakerId ?? undefined}
      data-quote-id={element.quoteId}
      style={tagged ? ({ '--speaker-color': color } as CSSProperties) : undefined}
    >
      {children}
      {tagged && !readOnly && <SpeakerBadge speaker={speaker} quoteId={element.quoteId!} block />}
    </blockquote>
  );
}
