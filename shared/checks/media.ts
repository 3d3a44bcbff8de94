import { isSafeUrl } from '../model/body';
import type { Check, CheckProblem } from './types';
import { describePath, linkInlines, snippet } from './walk';

/** Every image describes itself for people who cannot see it. */
export const imageAltCheck: Check = {
  id: 'image-alt',
  label: 'Image alt text',
  run(article) {
    const problems: CheckProblem[] = [];
    article.body.forEach((block, b) => {
      if (block.type !== 'image') return;
      if (typeof block.alt === 'string' && block.alt.trim() !== '') return;
      problems.push({
        check: 'image-alt',
        severity: 'warning',
        message: `Image without alt text in ${describePath(article.body, [b])}: ${block.src}`,
        path: [b],
      });
    });
    return problems;
  },
};

const shown = (url: unknown) => (typeof url === 'string' ? `"${snippet(url, 80)}"` : 'no address');

/**
 * Every link, embed and related link is an absolute http, https or mailto
 * address. The file schema refuses others; this catches a story built some other way.
 */
export const malformedLinksCheck: Check = {
  id: 'malformed-links',
  label: 'Links',
  run(article) {
    const problems: CheckProblem[] = [];
    const bad = (url: unknown) => typeof url !== 'string' || !isSafeUrl(url);
    const report = (path: number[], what: string, url: unknown) =>
      problems.push({
        check: 'malformed-links',
        severity: 'blocking',
        message: `${what} in ${describePath(article.body, path)} has a bad address: ${shown(url)}.`,
        path,
      });
    for (const { node, path } of linkInlines(article.body)) {
      if (bad(node.url)) report(path, 'A link', node.url);
    }
    article.body.forEach((block, b) => {
      if (block.type === 'embed' && bad(block.url)) report([b], 'The embed', block.url);
      if (block.type === 'related-links') {
        block.items.forEach((item, i) => {
          if (bad(item?.url)) report([b], `Related link ${i + 1}`, item?.url);
        });
      }
    });
    return problems.sort((x, y) => (x.path?.[0] ?? 0) - (y.path?.[0] ?? 0));
  },
};
