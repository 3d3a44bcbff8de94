import type { Article } from '../../../shared/model/article';
import { renderHtmlPage } from '../../../shared/render/html';
import type { PageStyle } from '../../../shared/render/style';

/**
 * The preview page: exactly the page an export with inlined images writes, as long as
 * every image is in `dataUrls` (one that could not be read is left out, not fetched).
 */
export function renderPreview(article: Article, style: PageStyle, dataUrls: ReadonlyMap<string, string>): string {
  return renderHtmlPage(article, { style, imageSrc: (src) => dataUrls.get(src) ?? '' });
}
