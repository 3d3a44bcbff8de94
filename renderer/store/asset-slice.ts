import { MAX_ASSET_BYTES } from '../../shared/model/asset';
import type { SliceCreator } from './types';

/** Images of the workspace, for the story editor. */
export interface AssetSlice {
  /** Copies a picked image into the workspace; its `assets/…` path, or null after telling the user why not. */
  addImage: (file: File) => Promise<string | null>;
  /** A `data:` URL to show an image of the workspace; null when it cannot be shown. */
  imageUrl: (src: string) => Promise<string | null>;
}

/** How many shown images are kept in memory. */
const CACHE_SIZE = 24;

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The asset slice: adding and showing story images. */
export const createAssetSlice: SliceCreator<AssetSlice> =
  ({ api }) =>
  (_set, get) => {
    // Keyed by workspace and path: the same `assets/x.png` is another file in another workspace.
    const cache = new Map<string, Promise<string | null>>();

    return {
      addImage: async (file) => {
        if (file.size > MAX_ASSET_BYTES) {
          get().notify(`${file.name} is larger than ${Math.round(MAX_ASSET_BYTES / 1048576)} MB. Pick a smaller image.`);
          return null;
        }
        let dataBase64: string;
        try {
          dataBase64 = await readAsBase64(file);
        } catch {
          get().notify(`${file.name} could not be read.`);
          return null;
        }
        const res = await api['asset:add']({ fileName: file.name || 'image', dataBase64 });
        if (!res.ok) {
          get().notify(res.error.message);
          return null;
        }
        return res.value.src;
      },

      imageUrl: (src) => {
        const key = `${get().info?.path ?? ''}\u0000${src}`;
        const hit = cache.get(key);
        if (hit) {
          cache.delete(key);
          cache.set(key, hit);
          return hit;
        }
        const loading = api['asset:read']({ src }).then((res) => {
          if (!res.ok) cache.delete(key);
          return res.ok ? res.value.dataUrl : null;
        });
        cache.set(key, loading);
        while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
        return loading;
      },
    };
  };
