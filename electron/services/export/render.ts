import type { Article } from '../../../shared/model/article';
import { renderArticleFragment, renderHtmlPage } from '../../../shared/render/html';
import { renderMarkdown } from '../../../shared/render/markdown';
import { renderNinjs } from '../../../shared/render/ninjs';
import { renderNitf } from '../../../shared/render/nitf';
import type { PageStyle } from '../../../shared/render/style';
import { assetHref } from '../../../shared/render/url';
import { inlinesImages, type ExportFormat, type ImageMode } from './formats';
import { imageSources } from '../../../shared/model/asset';
import { imageDataUrl, locateImage, type StoryImage } from './images';

/** How images leave the workspace: copied next to the output, or inlined as `data:` URLs. */
export type { ImageMode } from './formats';

/** One story rendered in one format, with the image files the output refers to. */
export interface RenderedStory {
  text: string;
  /** Images to copy into `assets/` beside the output (empty when inlined). */
  images: StoryImage[];
}

/** What rendering a story needs. */
export interface RenderStoryOptions {
  format: ExportFormat;
  /** The workspace folder the story's `assets/` paths are relative to. */
  root: string;
  images: ImageMode;
  /** The page stylesheet (html only). */
  style: PageStyle | null;
}

/**
 * Renders a validated story. Every image must exist in the workspace (ServiceError naming it
 * otherwise); inlined ones are read now, copied ones are returned for the writer.
 */
export async function renderStory(article: Article, options: RenderStoryOptions): Promise<RenderedStory> {
  const located = await Promise.all(imageSources(article).map((src) => locateImage(options.root, src)));
  const inline = inlinesImages(options.format, options.images);
  let imageSrc = assetHref;
  if (inline && located.length > 0) {
    const urls = new Map<string, string>();
    for (const image of located) urls.set(image.src, await imageDataUrl(image));
    imageSrc = (src) => urls.get(src) ?? assetHref(src);
  }
  const render = { imageSrc };
  let text: string;
  switch (options.format) {
    case 'html':
      if (!options.style) throw new Error('An HTML page needs its stylesheet.');
      text = renderHtmlPage(article, { ...render, style: options.style });
      break;
    case 'fragment':
      text = renderArticleFragment(article, render);
      break;
    case 'md':
      text = renderMarkdown(article, render);
      break;
    case 'nitf':
      text = renderNitf(article, render);
      break;
    case 'ninjs':
      text = renderNinjs(article, render);
      break;
  }
  return { text, images: inline ? [] : located };
}
