/**
 * The Content-Security-Policy as built (src/layouts/csp.ts, public/_headers): every inline
 * script of every page type is allowed by its hash, in the page's `<meta>` policy and in the
 * header policy of `_headers`; no policy allows inline scripts wholesale. The policy in a
 * browser: tests/browser/csp.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineScripts, scriptHash } from '../../src/layouts/csp.ts';
import { PROJECT_ROOT, SEED_ID } from '../helpers/paths.ts';
import { distHas, readDist } from '../helpers/site.ts';

/** One page of each type. */
const PAGES = [
  '/', `/cables/${SEED_ID}/`, '/cables/04AMMAN1288/', '/glossary/', '/glossary/reftel/', '/entities/', '/entities/all/people/a/',
  '/search/', '/browse/', '/browse/tag/PREL/', '/cables/04amman1288/', '/404.html',
];

/** The `content` of a page's CSP `<meta>`. */
function metaPolicy(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'") ?? '';
}

/** The Content-Security-Policy line of public/_headers (for every path: `/*`). */
function headerPolicy(): string {
  const headers = readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8');
  return /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
}

describe('Content-Security-Policy', () => {
  test('_headers is copied into the site and sets the policy for every path, with frame-ancestors', () => {
    expect(distHas('/_headers')).toBe(true);
    expect(readDist('/_headers')).toBe(readFileSync(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8'));
    expect(headerPolicy()).toMatch(/^default-src 'self'; script-src 'self' /);
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
    expect(headerPolicy()).not.toContain('unsafe-inline');
  });

  test.each(PAGES)('%s: its <meta> policy comes first in <head> and allows each of its inline scripts by hash, as _headers does', (page) => {
    const html = readDist(page);
    const policy = metaPolicy(html);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    // Before any script: a policy only governs what comes after it.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script') === -1 ? Infinity : html.indexOf('<script'));
    const head = html.slice(0, html.indexOf('</head>'));
    for (const script of inlineScripts(html)) {
      expect(policy, `${page}: ${script.slice(0, 60)}`).toContain(scriptHash(script));
      expect(headerPolicy(), `public/_headers lacks the hash of ${page}'s inline script ${script.slice(0, 60)}`).toContain(scriptHash(script));
    }
    expect(head).toContain('<meta charset="utf-8">');
  });

  test('the search page has no inline script, and only it may compile WebAssembly (Pagefind)', () => {
    expect(inlineScripts(readDist('/search/'))).toEqual([]);
    expect(metaPolicy(readDist('/search/'))).toContain("'wasm-unsafe-eval'");
    for (const page of PAGES.filter((page) => page !== '/search/')) expect(metaPolicy(readDist(page)), page).not.toContain('wasm-unsafe-eval');
  });
});
