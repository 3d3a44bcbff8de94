/** How long typing must pause before the preview follows, in milliseconds. */
export const PREVIEW_DEBOUNCE_MS = 300;
