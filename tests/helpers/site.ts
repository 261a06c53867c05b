/**
 * Reading the built site: the served URL, files in dist/, parsed HTML, and the cables the
 * build was made from (seeds/, read recursively, as CONTRACT.md "Inputs" says).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { inject } from 'vitest';
import type { Cable } from '../../src/lib/types.ts';
import { PROJECT_ROOT } from './paths.ts';

export { select, selectAll };

/** Base URL of the served dist/ (no trailing slash). */
export function siteUrl(): string {
  return inject('siteUrl');
}

/** Absolute path of the built site. */
export function distDir(): string {
  return inject('distDir');
}

/** Every cable text under a folder, as project-relative paths with `/`, sorted. */
export function cableFiles(folder = path.join(PROJECT_ROOT, 'seeds')): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) found.push(path.relative(PROJECT_ROOT, full).split(path.sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

/** The corpus cables are named by their reference id: `seeds/cablegate/04AMMAN1288.txt`. */
export function corpusIdOf(file: string): string {
  return path.basename(file, '.txt');
}

/** A file of the built site, by its URL path (`/cables/X/` → `cables/X/index.html`). */
export function distPath(urlPath: string, root = distDir()): string {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return path.join(root, ...relative.split('/').filter(Boolean));
}

export function readDist(urlPath: string, root = distDir()): string {
  return readFileSync(distPath(urlPath, root), 'utf8');
}

export function distHas(urlPath: string, root = distDir()): boolean {
  return existsSync(distPath(urlPath, root));
}

/** `/cables/<ID>.json`, parsed. */
export function readCableJson(id: string, root = distDir()): Cable {
  return JSON.parse(readDist(`/cables/${id}.json`, root)) as Cable;
}

/** Every `/cables/*.json` of a build, keyed by id. */
export function allCableJson(root = distDir()): Map<string, Cable> {
  const folder = path.join(root, 'cables');
  const cables = new Map<string, Cable>();
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.json')) continue;
    cables.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Cable);
  }
  return cables;
}

/** A built page as a hast tree, for CSS-selector checks. */
export function readPage(urlPath: string, root = distDir()): Root {
  return fromHtml(readDist(urlPath, root));
}

/** Visible text of a node with runs of whitespace collapsed. */
export function textOf(node: Root | Element | undefined): string {
  return node ? toText(node).replace(/\s+/g, ' ').trim() : '';
}

/** Same whitespace rule for JSON text, so page and JSON compare word for word. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function attr(node: Element | undefined, name: string): string | undefined {
  const value = node?.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every file under a folder, recursively, as absolute paths. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A split list's link to its next page (`/entities/u-s/2/`). */
const NEXT_PAGE = /<link rel="next" href="([^"]+)"/;
const splitLists = new Map<string, string[]>();

/** The HTML of every page of a list split 100 a page (a name's or a term's cables), from its first page on, followed by rel="next". */
export function listPages(url: string, root = distDir()): string[] {
  const key = `${root}\0${url}`;
  let pages = splitLists.get(key);
  if (pages) return pages;
  pages = [];
  for (let next: string | undefined = url; next !== undefined; next = NEXT_PAGE.exec(pages.at(-1) ?? '')?.[1]) pages.push(readDist(next, root));
  splitLists.set(key, pages);
  return pages;
}
