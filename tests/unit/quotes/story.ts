import type { Article, Speaker } from '../../../shared/model/article';
import type { Block, Inline } from '../../../shared/model/body';
import { createArticle } from '../../../shared/model/factory';

/** A paragraph of plain text. */
export const para = (...children: (string | Inline)[]): Block => ({
  type: 'paragraph',
  children: children.map((c) => (typeof c === 'string' ? { text: c } : c)),
});

/** A tagged inline quote. */
export const quote = (quoteId: string, speakerId: string | null, text: string, taggedText: string | undefined = text): Inline => ({
  type: 'quote',
  quoteId,
  speakerId,
  ...(taggedText === undefined ? {} : { taggedText }),
  children: [{ text }],
});

/** A cast member. */
export function speaker(id: string, fullName: string, shortName: string, pronoun: Speaker['pronoun']): Speaker {
  return { id, fullName, shortName, role: '', organisation: '', pronoun };
}

/** A small valid story with the given body and cast. */
export function story(body: Block[], speakers: Speaker[] = []): Article {
  const article = createArticle({ headline: 'Council agrees budget', body, now: new Date('2024-03-01T09:00:00Z') });
  article.speakers = speakers;
  return article;
}
