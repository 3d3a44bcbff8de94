/** The privileged scheme the UI is served over, instead of file://. */
export const APP_SCHEME = 'app';
/** The one host of that scheme. */
export const APP_HOST = 'copydesk';
/** Where the main window starts. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` points into the bundled UI (`app://copydesk/…`). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** The scheme of `url` with its colon (`https:`), or null when it does not parse. */
export function schemeOf(url: string): string | null {
  return parse(url)?.protocol ?? null;
}
