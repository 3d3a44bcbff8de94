import { shell, type Session, type WebContents } from 'electron';
import { isSafeUrl } from '../../shared/model/body';
import { isAppUrl, schemeOf } from './appUrl';

/**
 * True when a frame may navigate to `url`: the main frame only inside the app,
 * a subframe also to `about:srcdoc` (the story preview).
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  return !isMainFrame && url === 'about:srcdoc';
}

/**
 * True when a link may be handed to the system browser or mail program:
 * http, https or mailto, and no `user@` part, which can make
 * `https://trusted.example@evil.example` look like a trusted site.
 */
export function isExternalLink(url: string): boolean {
  if (!isSafeUrl(url)) return false;
  const parsed = new URL(url);
  return parsed.username === '' && parsed.password === '';
}

/** Schemes the renderer may load anything from; everything else is cancelled (the app works offline). */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'devtools:', 'data:']);

/** True when the session lets a request for `url` through. */
export function isAllowedRequest(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme === 'app:') return isAppUrl(url);
  return scheme !== null && ALLOWED_REQUEST_SCHEMES.has(scheme);
}

/** Hands a safe link to the OS; anything else is dropped. */
function openOutside(url: string): void {
  if (!isExternalLink(url)) return;
  shell.openExternal(url).catch((err: unknown) => {
    console.error('[copydesk] could not open a link outside the app:', err);
  });
}

/** Locks down every web contents: no navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, true)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Denies every permission and device, cancels requests that leave the app and blocks downloads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}
