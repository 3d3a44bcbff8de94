import { isSafeUrl } from '../../shared/model/body';

/** Opens a safe link outside the app: a new tab in the browser, the system browser in the desktop app. */
export function openLink(url: string): void {
  if (!isSafeUrl(url)) return;
  window.open(url, '_blank', 'noopener,noreferrer');
}
