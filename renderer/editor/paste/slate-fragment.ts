import { z } from 'zod';
import { blockSchema, type Block } from '../../../shared/model/body';

const FRAGMENT_TYPE = 'application/x-slate-fragment';
const fragmentSchema = z.array(blockSchema).min(1).max(100_000);

/**
 * Blocks copied from a story editor, or null. Any page can put this type on
 * the clipboard, so the fragment is checked against the file schema (link
 * URLs included) like anything else from outside.
 */
export function readSlateFragment(data: DataTransfer): Block[] | null {
  const encoded = data.getData(FRAGMENT_TYPE);
  if (!encoded) return null;
  try {
    const parsed = fragmentSchema.safeParse(JSON.parse(decodeURIComponent(window.atob(encoded))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
