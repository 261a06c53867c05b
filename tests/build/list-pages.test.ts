/**
 * Issue 12: list pages of one size whatever the size of the archive. A name's and a term's cables
 * are 100 a page, a letter's names 200 a page, each page linked to the next with rel="next" and
 * back with rel="prev", every item on exactly one page (the seeds' largest of each are split).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { expect, test } from 'vitest';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { distDir, filesUnder, listPages, selectAll } from '../helpers/site.ts';

const cables = filesUnder(path.join(distDir(), 'cables'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as AnnotatedCable);

/** The key with the largest count. */
const largest = (counts: Map<string, number>): [string, number] => [...counts].sort((a, b) => b[1] - a[1])[0]!;

/** Checks a split list from its first page: `perPage` items at most a page, `total` in all, each page after the first linked back. */
function expectSplit(url: string, item: string, total: number, perPage: number): void {
  const pages = listPages(url);
  expect(pages.length, url).toBe(Math.ceil(total / perPage));
  const counts = pages.map((html) => selectAll(item, fromHtml(html)).length);
  expect(counts.every((n) => n <= perPage) && counts.reduce((a, b) => a + b, 0) === total, `${url}: ${counts.join(', ')}`).toBe(true);
  expect(pages[1]).toContain(`<link rel="prev" href="${url}"`);
}

test('a name or a term in over 100 cables: 100 a page, linked rel="next" and "prev", every cable once', () => {
  const named = new Map<string, number>();
  const used = new Map<string, number>();
  for (const cable of cables) {
    for (const entity of new Set(cable.annotations.entities.map(({ slug }) => slug))) named.set(entity, (named.get(entity) ?? 0) + 1);
    for (const term of new Set(cable.annotations.terms.map(({ id }) => id))) used.set(term, (used.get(term) ?? 0) + 1);
  }
  const [name, naming] = largest(named);
  const [term, using] = largest(used);
  expect([naming, using].every((n) => n > 100)).toBe(true);
  expectSplit(`/entities/${name}/`, 'section.entity-cable', naming, 100);
  expectSplit(`/glossary/${term}/`, 'ul.term-cables > li', using, 100);
});

test('a letter of over 200 names: 200 a page, every name once', () => {
  const letterPages = filesUnder(path.join(distDir(), 'entities', 'all'))
    .map((file) => path.relative(distDir(), file).split(path.sep))
    // entities/all/<kind>/<letter>/index.html: first pages only.
    .filter((parts) => parts.length === 5)
    .map((parts) => `/${parts.slice(0, 4).join('/')}/`);
  const sizes = new Map(letterPages.map((url) => [url, listPages(url).reduce((sum, html) => sum + selectAll('ul.entity-list > li', fromHtml(html)).length, 0)]));
  const [url, names] = largest(sizes);
  expect(names).toBeGreaterThan(200);
  expectSplit(url, 'ul.entity-list > li', names, 200);
  // Every name of the site once over the letters' pages.
  expect([...sizes.values()].reduce((a, b) => a + b, 0)).toBe(new Set(cables.flatMap((cable) => cable.annotations.entities.map(({ slug }) => slug))).size);
});
