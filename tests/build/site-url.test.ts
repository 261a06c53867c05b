/**
 * Web conventions (issue 10, item 5; CONTRACT.md "Site address"). Without `SITE_URL` (the shared
 * test build) pages name no address of their own and work from anywhere; a build with
 * `SITE_URL` (two real cables here) has canonical links, Open Graph and Twitter card meta, a
 * sitemap, robots.txt pointing at it, and absolute citation URLs in the HTML itself.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, SEED_FILE, SEED_ID } from '../helpers/paths.ts';
import { astroBuild } from '../helpers/process.ts';
import { attr, distHas, readDist, readPage, select, textOf } from '../helpers/site.ts';

const SITE = 'https://cables.example.org';

/** `<meta property|name=… content=…>` of a page. */
function meta(page: Root, key: string): string | undefined {
  return attr(select(`meta[property="${key}"], meta[name="${key}"]`, page), 'content');
}

describe('without SITE_URL', () => {
  test('no canonical link, no og:url, no sitemap; robots.txt names none; titles and descriptions for previews', () => {
    const page = readPage(`/cables/${SEED_ID}/`);
    expect(select('link[rel="canonical"]', page)).toBeUndefined();
    expect(meta(page, 'og:url')).toBeUndefined();
    expect(meta(page, 'og:title')).toBe('Guatemala/Mexico Border Issues, Staffdel Meacham');
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'twitter:card')).toBe('summary');
    // The description is the cable's summary (¶1, without its "Summary:" label).
    expect(meta(page, 'description')).toMatch(/^SFRC Staffdel Meacham visited Guatemala to discuss/);
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'twitter:description')).toBe(meta(page, 'description'));
    expect(distHas('/sitemap-index.xml')).toBe(false);
    expect(readDist('/robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(textOf(select('#about-cite .page-url', page))).toBe(`/cables/${SEED_ID}/`);
  });
});

describe('with SITE_URL', () => {
  const input = mkdtempSync(path.join(tmpdir(), 'cable-reader-site-input-'));
  const output = mkdtempSync(path.join(tmpdir(), 'cable-reader-site-dist-'));
  beforeAll(async () => {
    const seed = path.join(PROJECT_ROOT, SEED_FILE);
    copyFileSync(seed, path.join(input, path.basename(seed)));
    copyFileSync(seed.replace(/\.txt$/, '.annotations.yaml'), path.join(input, path.basename(seed).replace(/\.txt$/, '.annotations.yaml')));
    copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate/05SOFIA1280.txt'), path.join(input, '05SOFIA1280.txt'));
    const { code, output: log } = await astroBuild(output, {
      CABLES_DIR: input,
      SITE_URL: SITE,
    });
    expect(code, log.slice(-4000)).toBe(0);
  });
  afterAll(() => {
    rmSync(input, { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  });

  test('a reader page names its canonical address, og:url and the card meta', () => {
    const page = readPage('/cables/05SOFIA1280/', output);
    const address = `${SITE}/cables/05SOFIA1280/`;
    expect(attr(select('link[rel="canonical"]', page), 'href')).toBe(address);
    expect(meta(page, 'og:url')).toBe(address);
    expect(meta(page, 'og:title')).toBe('PUTTING OUT BRUSHFIRES: FRANCE AND ISLAMIC EXTREMISM');
    expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
    expect(meta(page, 'og:description')).toMatch(/^Through surveillance, arrests and other methods, the GOF prevents/);
    expect(attr(select('link[rel="canonical"]', readPage('/', output)), 'href')).toBe(`${SITE}/`);
  });

  test('the citation’s address is absolute in the HTML (no script needed), and so is the printed one', () => {
    const page = readPage(`/cables/${SEED_ID}/`, output);
    expect(textOf(select('#about-cite .cite-text', page))).toBe(
      `"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop), ${SITE}/cables/${SEED_ID}/`,
    );
    expect(textOf(select('.print-only .page-url', page))).toBe(`${SITE}/cables/${SEED_ID}/`);
  });

  test('a sitemap lists every page at its absolute address; robots.txt points at it', () => {
    expect(readFileSync(path.join(output, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
    const index = readFileSync(path.join(output, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    const sitemap = readFileSync(path.join(output, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const url of [`${SITE}/`, `${SITE}/cables/05SOFIA1280/`, `${SITE}/cables/${SEED_ID}/`, `${SITE}/search/`]) expect(urls).toContain(url);
    expect(urls.filter((url) => !url?.endsWith('/'))).toEqual([]);
    expect(urls.some((url) => url?.includes('404'))).toBe(false);
    expect(existsSync(path.join(output, 'cables', '05SOFIA1280.txt'))).toBe(true);
  });
});
