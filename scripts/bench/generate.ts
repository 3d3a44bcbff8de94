import type { Article } from '../../shared/model/article';
import type { Block } from '../../shared/model/body';
import { createArticle } from '../../shared/model/factory';

const WORDS = (
  'council harbour ferry budget minister said residents morning report vote bridge committee ' +
  'transport school hospital police street market weather election city river plan year ' +
  'people week new old public local national government water road station north south'
).split(' ');

/** A deterministic pseudo-random source, so every run measures the same text. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` words of newsroom-like filler text. */
export function words(count: number, random = seeded(count)): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = WORDS[Math.floor(random() * WORDS.length)]!;
    if (i % 12 === 0) w = w[0]!.toUpperCase() + w.slice(1);
    out.push(i % 12 === 11 ? `${w}.` : w);
  }
  return out.join(' ');
}

/** A story of about `total` words: paragraphs of ~60 words, a subheading every ten, a quote now and then. */
export function generatedStory(total: number, headline = `Generated story of ${total} words`): Article {
  const random = seeded(total);
  const body: Block[] = [];
  let written = 0;
  let n = 0;
  while (written < total) {
    const size = Math.min(60, total - written);
    if (n > 0 && n % 10 === 0) body.push({ type: 'heading', level: 2, children: [{ text: words(4, random) }] });
    const text = n % 7 === 3 ? `“${words(size - 3, random)},” said Maren Holt.` : words(size, random);
    body.push({ type: 'paragraph', children: [{ text }] });
    written += size;
    n++;
  }
  return createArticle({ headline, section: 'Bench', body });
}
