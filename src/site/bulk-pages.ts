/**
 * Pages written in one pass after the build instead of one Astro route each (issue 7). Astro
 * spends ≈ 1.5 ms of CPU per route on top of the page's own work (request, response, routing,
 * a directory and a file); for thousands of small list pages (a name's page) that is most of
 * the build. Such a route renders one *frame* page through the site's layout, with tokens where
 * the title, description and main content go; the pages themselves are queued here, and the
 * bulk-pages integration (src/integrations/bulk-pages.ts) fills the frame for each and writes
 * it at the page's URL, then deletes the frame. `npm run dev` renders every page as a route.
 *
 * The queue lives on `globalThis`: the page code runs from Astro's prerender bundle and the
 * integration from the config, two copies of this module in one process.
 */

/** One page: its URL path (ending in `/`), title, meta description, extra `<head>` HTML (`rel=next` links) and the HTML of its `<main>`. */
export interface BulkPage {
  path: string;
  title: string;
  description: string;
  head: string;
  main: string;
}

/** A route's pages: the path of its frame page, and the pages, produced one at a time. */
export interface BulkSet {
  frame: string;
  pages: () => Iterable<BulkPage>;
}

/** A file written as it is (a data file of a route with no page frame): its URL path and text. */
export interface BulkFile {
  path: string;
  body: string;
}

/** A route's files, named by the route (one set per route). */
export interface BulkFileSet {
  route: string;
  files: () => Iterable<BulkFile>;
}

/** What the frame page carries where a page's own text goes (plain words: nothing escapes them). */
export const FRAME_TOKENS = { title: 'CRBULKFRAMETITLE', description: 'CRBULKFRAMEDESCRIPTION', head: 'CRBULKFRAMEHEAD', main: 'CRBULKFRAMEMAIN' } as const;

/** The props a route renders its frame page with. */
export const FRAME_PAGE: Omit<BulkPage, 'path'> = { ...FRAME_TOKENS };

const QUEUE = Symbol.for('cable-reader.bulk-pages');
const FILES = Symbol.for('cable-reader.bulk-files');

function queue<K extends typeof QUEUE | typeof FILES, T>(key: K): Map<string, T> {
  const holder = globalThis as { [key: symbol]: Map<string, T> | undefined };
  holder[key] ??= new Map();
  return holder[key];
}

/** Queues a route's pages (once per frame, however often Astro asks for the route's paths). */
export function queueBulkPages(set: BulkSet): void {
  queue<typeof QUEUE, BulkSet>(QUEUE).set(set.frame, set);
}

/** Queues a route's files (once per route). */
export function queueBulkFiles(set: BulkFileSet): void {
  queue<typeof FILES, BulkFileSet>(FILES).set(set.route, set);
}

/**
 * The paths of a route whose files are written in bulk: under `npm run dev` (`dev`), its paths as
 * given; in a build, none, and each path's file queued, made one at a time as it is written.
 */
export function bulkFiles<P>(dev: boolean, route: string, paths: readonly P[], file: (path: P) => BulkFile): P[] {
  if (dev) return [...paths];
  queueBulkFiles({
    route,
    files: function* () {
      for (const path of paths) yield file(path);
    },
  });
  return [];
}

/** Every queued set of pages and of files, emptying the queues. */
export function takeBulkPages(): { pages: BulkSet[]; files: BulkFileSet[] } {
  const pages = queue<typeof QUEUE, BulkSet>(QUEUE);
  const files = queue<typeof FILES, BulkFileSet>(FILES);
  const taken = { pages: [...pages.values()], files: [...files.values()] };
  pages.clear();
  files.clear();
  return taken;
}

/**
 * The paths of a rest route (`src/pages/entities/[...path].astro`) whose pages are written in
 * bulk: in a build, the pages are queued and the route renders only its frame (`<base><frame>/`);
 * under `npm run dev`, where every page is a route, each page's path (`u-s/2` under
 * `/entities/`) with the page as props.
 */
export function bulkPaths(
  dev: boolean,
  base: string,
  frame: string,
  pages: () => Iterable<BulkPage>,
): Array<{ params: { path: string }; props: { page: Omit<BulkPage, 'path'> } }> {
  if (dev) return [...pages()].map((page) => ({ params: { path: page.path.slice(base.length, -1) }, props: { page } }));
  queueBulkPages({ frame: `${base}${frame}/`, pages });
  return [{ params: { path: frame }, props: { page: FRAME_PAGE } }];
}

/** The five characters HTML text and attribute values must escape, as Astro escapes them. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : c === '"' ? '&quot;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value as Astro writes it: only `&` and `"` escaped. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The frame page's HTML as a function of a page: its tokens, and the frame's own path (in a
 * canonical link or `og:url`), replaced by the page's escaped texts and path.
 */
export function compileFrame(html: string, framePath: string): (page: BulkPage) => string {
  for (const token of [FRAME_TOKENS.title, FRAME_TOKENS.head, FRAME_TOKENS.main]) {
    if (!html.includes(token)) throw new Error(`the frame page ${framePath} has no ${token}`);
  }
  const pattern = new RegExp(`(${[...Object.values(FRAME_TOKENS), framePath].map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`);
  const parts = html.split(pattern);
  // split() with one capture group puts the separators at the odd indexes; one right after `="`
  // is an attribute value, escaped the way Astro escapes those, so a page reads byte for byte as
  // the route would have rendered it.
  const inAttribute = parts.map((_, index) => index % 2 === 1 && parts[index - 1]!.endsWith('="'));
  return (page) => {
    const fill: Record<string, string> = {
      [FRAME_TOKENS.title]: page.title,
      [FRAME_TOKENS.description]: page.description,
      [FRAME_TOKENS.head]: page.head,
      [FRAME_TOKENS.main]: page.main,
      [framePath]: page.path,
    };
    return parts
      .map((part, index) => {
        if (index % 2 === 0) return part;
        const value = fill[part]!;
        if (part === FRAME_TOKENS.main || part === FRAME_TOKENS.head) return value;
        return inAttribute[index] ? escapeAttribute(value) : escapeHtml(value);
      })
      .join('');
  };
}
