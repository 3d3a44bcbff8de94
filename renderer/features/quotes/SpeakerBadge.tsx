import { useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Speaker } from '../../../shared/model/article';
import { StoreContext, type AppState } from '../../store';
import { speakerBadge, speakerColor, speakerName } from './cast';

// Elements can be drawn outside the app (a preview): no store, no cast.
const NO_STORE = createStore(() => ({ story: null })) as unknown as StoreApi<AppState>;

/** The cast member `id` of the open story and their colour; grey when there is none. */
export function useSpeaker(id: string | null): { speaker: Speaker | undefined; color: string } {
  const store = useContext(StoreContext);
  const cast = useStore(store ?? NO_STORE, (s) => s.story?.article.speakers);
  const speaker = id ? cast?.find((x) => x.id === id) : undefined;
  return { speaker, color: speaker ? speakerColor(speaker.id, cast) : '#8a9096' };
}

interface SpeakerBadgeProps {
  speaker: Speaker | undefined;
  quoteId: string;
  /** On a block or pull quote rather than words in a line. */
  block?: boolean;
  onOpen?: () => void;
}

/** The short name of a quote's speaker; clicking it opens the menu that changes or removes the tag. */
export function SpeakerBadge({ speaker, quoteId, block, onOpen }: SpeakerBadgeProps) {
  const store = useContext(StoreContext);
  const label = speaker ? speakerBadge(speaker) : 'No speaker';
  return (
    <span contentEditable={false} className={`speaker-badge${block ? ' speaker-badge--block' : ''}`} suppressContentEditableWarning>
      <button
        type="button"
        className="speaker-badge__button"
        aria-label={speaker ? `Quote by ${speakerName(speaker)}: change tag` : 'Quote with no speaker: tag it'}
        title={speaker ? `${speakerName(speaker)}${speaker.role ? `, ${speaker.role}` : ''}. Change or remove the tag.` : 'Pick who said this'}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          onOpen?.();
          store?.getState().openQuoteTagger({ quoteId });
        }}
      >
        {label}
      </button>
    </span>
  );
}
