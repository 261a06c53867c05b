/** Slugs for anchors and page URLs: `@sindresorhus/slugify`, remembered. */
import sindresorhusSlugify from '@sindresorhus/slugify';

/** Made slugs by option (slugify builds its patterns on every call; headings and names recur across cables). */
const CACHES = { decamelize: new Map<string, string>(), asWritten: new Map<string, string>() };
/** A bound on each cache, so a 250,000-cable build does not keep every name ever seen. */
const CACHE_LIMIT = 50_000;

/**
 * The slug of `text`: lower case, ASCII, hyphens. `decamelize: false` keeps `McMullen` one word
 * (`mcmullen`, for names); the default splits it (`mc-mullen`, as heading anchors always had).
 */
export function slugify(text: string, { decamelize = true }: { decamelize?: boolean } = {}): string {
  const cache = decamelize ? CACHES.decamelize : CACHES.asWritten;
  let slug = cache.get(text);
  if (slug === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    slug = sindresorhusSlugify(text, { decamelize });
    cache.set(text, slug);
  }
  return slug;
}
