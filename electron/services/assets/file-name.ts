import { ASSET_TYPES, type AssetType } from '../../../shared/model/asset';
import { slugify } from '../../../shared/util/slug';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** A safe stem for a picked file's name: its last path segment, without extension, slugified. */
export function assetStem(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = slugify(dot > 0 ? base.slice(0, dot) : base, 60).normalize('NFC');
  if (stem === 'untitled') return 'image';
  return WINDOWS_RESERVED.test(stem) ? `image-${stem}` : stem;
}

/** The file name tried on `attempt` (1, 2, …): `stem.ext`, then `stem-2.ext`, … with the extension of the real type. */
export function assetFileName(stem: string, type: AssetType, attempt: number): string {
  const ext = ASSET_TYPES[type].extension;
  return attempt <= 1 ? `${stem}.${ext}` : `${stem}-${attempt}.${ext}`;
}
