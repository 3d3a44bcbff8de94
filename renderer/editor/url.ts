import { isSafeUrl } from '../../shared/model/body';

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u;

/**
 * The link a person meant by what they typed: the URL itself when it is safe,
 * `mailto:` for an e-mail address, `https://` for a bare host name; null otherwise.
 */
export function normalizeUrl(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (isSafeUrl(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:]+:\d/.test(text)) return null;
  if (EMAIL.test(text)) return isSafeUrl(`mailto:${text}`) ? `mailto:${text}` : null;
  if (HOST.test(text)) return isSafeUrl(`https://${text}`) ? `https://${text}` : null;
  return null;
}

/** A URL shortened for display: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
}

/** The host name of a URL, or '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
