import type { Article } from '../../../shared/model/article';
import { renderHtmlPage } from '../../../shared/render/html';
import type { PageStyle } from '../../../shared/render/style';

/** The images of a story's body, by their workspace path. */
export function imageSources(article: Article): string[] {
  const out = new Set<string>();
  for (const block of article.body) if (block.type === 'image') out.add(block.src);
  return [...out];
}

/**
 * The preview page: exactly the page an export with inlined images writes, as long as
 * every image is in `dataUrls` (one that could not be read is left out, not fetched).
 */
export function renderPreview(article: Article, style: PageStyle, dataUrls: ReadonlyMap<string, string>): string {
  return renderHtmlPage(article, { style, imageSrc: (src) => dataUrls.get(src) ?? '' });
}
