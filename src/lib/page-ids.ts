/**
 * The ids the site's own page frame uses on a reader page (layout, header search form, copy
 * status, panels, terms, notes). A cable's section id (a heading slug or a sidecar's short id)
 * must never take one: two elements with one id broke "Copy link" (issue 11). The site's own ids
 * are namespaced `cr-…` (`cr-main`, `cr-copy-status`); the bare names they had, and the ids of
 * components outside that namespace (`entities-h`, the search page's), stay reserved too. Keep
 * this list in step with src/layouts/Base.astro, src/pages/cables/[id].astro and the components
 * it uses; the build tests check that every page's ids are unique.
 */
const PAGE_IDS = new Set([
  'main',
  'site-search',
  'search-input',
  'search-status',
  'search-results',
  'search-more',
  'copy-status',
  'cite-text',
  'terms-h',
  'cited-by-h',
  'completeness-h',
  'entities-h',
  'signature',
  // The reader page's layout (issue 10): the text, the side column, the keyboard hint.
  'cable-text',
  'about-this-copy',
  'about-cite',
  'about-completeness',
  'about-header',
  'about-source',
  'cite-h',
  'header-h',
  'source-h',
  'para-keys',
]);

/**
 * Id families of the page: `term-<id>` (the cable's terms list), `note-<anchor>` (editor's
 * notes), `names-<slug>` (the cable's names list), and `cr-` (the namespace for the site's own ids).
 */
const PAGE_ID_PREFIX = /^(term|note|names|cr)-/;

/** What a section id that would collide with the page's own gets in front: `main` → `sec-main`. */
export const SECTION_ID_PREFIX = 'sec-';

/** True when `id` is, or could be, one of the page frame's own ids. */
export function isPageId(id: string): boolean {
  return PAGE_IDS.has(id) || PAGE_ID_PREFIX.test(id);
}
