/**
 * What a reader page weighs on the wire: gzip bytes of its HTML and of the CSS it links, and
 * which scripts it would load. Read from the built files in dist/ (the browser step checks the
 * same page's real requests).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** The seed cable's URL id (CONTRACT.md: it has no reference id, so a slug of its subject). */
export const SEED_ID = 'guatemala-mexico-border-issues-staffdel-meacham';

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Linked stylesheets, each gzipped on its own (as a server sends them). */
  css: Array<{ href: string; bytes: number; gzipBytes: number }>;
  cssGzipBytes: number;
  htmlPlusCssGzipBytes: number;
  /** `<script src>` and module preloads the page loads on its own. */
  externalScripts: string[];
  /** Inline `<script>` elements: count and raw bytes (already inside htmlBytes). */
  inlineScripts: number;
  inlineScriptBytes: number;
  /** Whether anything Pagefind is referenced by the page as served without a query string. */
  loadsPagefind: boolean;
}

// zlib's default level 6, as a server compressing on the fly sends it.
const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

/** Maps a root-relative URL to its file in dist/. */
function fileFor(distDir: string, href: string): string {
  const path = decodeURIComponent(new URL(href, 'http://bench.invalid/').pathname);
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** Weighs the reader page of cable `id` in `distDir`. */
export function weighReaderPage(distDir: string, id: string): PageWeight {
  const page = `/cables/${id}/`;
  const html = readFileSync(fileFor(distDir, page));
  const tree = fromHtml(html.toString('utf8'));
  const css = selectAll('link[rel~=stylesheet][href]', tree).map((link) => {
    const href = String(link.properties['href']);
    const bytes = readFileSync(fileFor(distDir, href));
    return { href, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  const externalScripts = [
    ...selectAll('script[src]', tree).map((script) => String(script.properties['src'])),
    ...selectAll('link[rel~=modulepreload][href]', tree).map((link) => String(link.properties['href'])),
  ];
  const inline = selectAll('script:not([src])', tree);
  const inlineScriptBytes = inline.reduce((sum, script) => sum + Buffer.byteLength(toText(script)), 0);
  const htmlGzipBytes = gzipSize(html);
  const cssGzipBytes = css.reduce((sum, sheet) => sum + sheet.gzipBytes, 0);
  return {
    page,
    htmlBytes: html.length,
    htmlGzipBytes,
    css,
    cssGzipBytes,
    htmlPlusCssGzipBytes: htmlGzipBytes + cssGzipBytes,
    externalScripts,
    inlineScripts: inline.length,
    inlineScriptBytes,
    loadsPagefind: externalScripts.some((src) => src.includes('pagefind')),
  };
}

/** The ids of a built site's reader pages: a folder under dist/cables with an index.html and its JSON beside it (`/cables/<id in lower case>/` is only a redirect). */
export function readerPageIds(distDir: string): string[] {
  const cablesDir = join(distDir, 'cables');
  if (!existsSync(cablesDir)) return [];
  return readdirSync(cablesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(cablesDir, entry.name, 'index.html')) && existsSync(join(cablesDir, `${entry.name}.json`)))
    .map((entry) => entry.name);
}

/** Gzip sizes of every reader page's HTML, to show the seed page is not an outlier. */
export function readerPageSpread(distDir: string): { pages: number; medianGzipBytes: number; maxGzipBytes: number; maxPage: string } {
  const cablesDir = join(distDir, 'cables');
  const sizes = readerPageIds(distDir)
    .map((id) => ({ id, gzip: gzipSize(readFileSync(join(cablesDir, id, 'index.html'))) }))
    .sort((a, b) => a.gzip - b.gzip);
  const largest = sizes.at(-1);
  return {
    pages: sizes.length,
    medianGzipBytes: sizes[Math.floor(sizes.length / 2)]?.gzip ?? 0,
    maxGzipBytes: largest?.gzip ?? 0,
    maxPage: largest ? `/cables/${largest.id}/` : '',
  };
}
