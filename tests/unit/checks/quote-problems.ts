import type { Article } from '../../../shared/model/article';

/**
 * A copy of a story with paragraphs that trip the quote checks reading its text:
 * a quote nobody is named as saying, a pronoun that fits two speakers, a mark never closed.
 */
export function withQuoteProblems(article: Article): Article {
  const copy = structuredClone(article);
  copy.speakers.push({ id: 'spk-okafor', fullName: 'Jane Okafor', shortName: 'Okafor', role: 'Driver', organisation: '', pronoun: 'she' });
  copy.body.push(
    { type: 'paragraph', children: [{ text: '“Nobody asked the drivers what the late shifts would cost them.”' }] },
    { type: 'paragraph', children: [{ text: 'Petra Lund met Jane Okafor at the depot. She said, “Every route will run on time from Monday.”' }] },
    { type: 'paragraph', children: [{ text: 'The notice at the depot ends with “see you all on the night shift.' }] },
  );
  return copy;
}
