/**
 * The site's Content-Security-Policy (docs/bad-input.md, "Content-Security-Policy"). Every page
 * gets it as a `<meta>` tag (src/layouts/Base.astro) with the hashes of the inline scripts it
 * carries; `public/_headers` carries the same policy as an HTTP header for static hosts.
 * No `unsafe-inline` anywhere; `wasm-unsafe-eval` only on /search/, where Pagefind runs its
 * WebAssembly.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The policy's fixed part: nothing from other origins, no plugins, no `<base>`, forms to us. */
const FIXED = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Pagefind compiles its WebAssembly search engine: CSP 3's narrow allowance for that. */
const WASM = "'wasm-unsafe-eval'";

/** A CSP source for an inline script: `'sha256-…'` of its exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Slot HTML already read: every reader page carries the same scripts, parsed once a build. */
const scriptsOf = new Map<string, string[]>();

/** The text of every inline `<script>` (one without `src`) in an HTML fragment. */
export function inlineScripts(html: string): string[] {
  if (!html.includes('<script')) return [];
  const known = scriptsOf.get(html);
  if (known) return known;
  const found: string[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'script' && element.properties['src'] === undefined) {
        found.push(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  scriptsOf.set(html, found);
  return found;
}

/** The policy of one page: its inline scripts' hashes, and `wasm-unsafe-eval` when it searches. */
export function pagePolicy(options: { inlineScripts: string[]; searches: boolean }): string {
  const hashes = [...new Set(options.inlineScripts.map(scriptHash))];
  const script = ["script-src 'self'", ...hashes, ...(options.searches ? [WASM] : [])].join(' ');
  return [FIXED[0], script, ...FIXED.slice(1)].join('; ');
}

/**
 * The header policy of `public/_headers`: the union of the pages' (it is sent with every file,
 * and a page's `<meta>` policy narrows it further: both apply), plus `frame-ancestors`, which a
 * `<meta>` policy cannot set. `inlineScripts` are the scripts every page may carry.
 */
export function headerPolicy(inlineScripts: string[]): string {
  return `${pagePolicy({ inlineScripts, searches: true })}; frame-ancestors 'none'`;
}
