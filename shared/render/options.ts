import type { PageStyle } from './style';

/** How body content is written. */
export interface RenderOptions {
  /**
   * Maps an image's workspace path (`assets/photo.jpg`) to the address the output carries:
   * by default the same relative path, percent-encoded. An address that is not a relative
   * path, an https URL or a base64 `data:image/…` drops the image.
   */
  imageSrc?: (src: string) => string;
}

/** How a full page is written. */
export interface PageOptions extends RenderOptions {
  /** The stylesheet to inline and its hash (see `pageStyle`). */
  style: PageStyle;
}
