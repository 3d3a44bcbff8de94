import type { Metadata } from '../../../shared/model/article';
import { useApp } from '../../store';

/** One header field of the open story, or `fallback` when none is open. */
export function useMetadata<K extends keyof Metadata>(key: K, fallback: Metadata[K]): Metadata[K] {
  return useApp((s) => s.story?.article.metadata[key] ?? fallback);
}
