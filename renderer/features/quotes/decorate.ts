import { Element, Node, type NodeEntry } from 'slate';
import { rangeAtOffsets } from '../../editor/offsets';
import type { DecoratedRange, Decorator } from '../../editor/decorations';
import type { PlacedSuggestion } from './analysis';

/** Percent, for tooltips. */
export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** What a suggestion's underline says when hovered. */
export function suggestionTitle(s: PlacedSuggestion): string {
  const who = s.speakerName ? `${s.speakerName}` : 'no speaker found';
  const kind = s.kind === 'direct' ? 'Suggested quote' : 'Reported speech';
  return `${kind}: ${who}${s.cue ? ` (“${s.cue.text}”)` : ''} · ${percent(s.confidence)}`;
}

/**
 * Dotted underlines under suggested quotes. A paragraph edited since the suggestions were found
 * shows none until they are found again, so an underline never lands on the wrong words.
 */
export function suggestionDecorator(suggestions: readonly PlacedSuggestion[]): Decorator {
  const byPath = new Map<string, PlacedSuggestion[]>();
  for (const s of suggestions) byPath.set(s.path.join(), [...(byPath.get(s.path.join()) ?? []), s]);
  return ([node, path]: NodeEntry) => {
    if (!Element.isElement(node)) return [];
    const here = byPath.get(path.join());
    if (!here) return [];
    const text = Node.string(node);
    const out: DecoratedRange[] = [];
    for (const s of here) {
      if (s.containerText !== text) continue;
      const range = rangeAtOffsets(node, path, s.from, s.to);
      if (!range) continue;
      out.push({
        ...range,
        className: `quote-suggestion quote-suggestion--${s.kind}`,
        title: suggestionTitle(s),
        data: { suggestion: s.kind },
      });
    }
    return out;
  };
}
