import type { Metadata } from '../../../shared/model/article';
import { slugify } from '../../../shared/util/slug';

/** True while the slug is still the one made from the headline (nobody has edited it by hand). */
export function slugFollowsHeadline(metadata: Pick<Metadata, 'headline' | 'slug'>): boolean {
  return metadata.slug === '' || metadata.slug === slugify(metadata.headline);
}

/** The change for a new headline: the slug follows it until someone edits the slug by hand. */
export function headlinePatch(metadata: Pick<Metadata, 'headline' | 'slug'>, headline: string): Pick<Metadata, 'headline'> & Partial<Pick<Metadata, 'slug'>> {
  return slugFollowsHeadline(metadata) ? { headline, slug: slugify(headline) } : { headline };
}

/** What a hand-typed slug becomes as it is typed: lower case, hyphens for spaces. */
export function typedSlug(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '-').slice(0, 200);
}
