/**
 * Issue 12 "Done when": a small corpus built as three shards one after another, each stage the
 * command a CI job runs (each shard's facts, the link stage, each shard's pages and Pagefind index,
 * then the merge: .github/workflows/build-shards.yml), served, and searched in real Chromium: a word from each shard is found through the
 * merged search and its result lands on the paragraph (`#parN`) with the word marked. A year
 * filter loads only the shards holding that year. A word in the newest and the oldest shard
 * (ten copies of a cable in each, renumbered as the bench's corpus is) is searched in the newest
 * first, with the scope line, and the older shard is searched on request; the shard not holding it
 * is never loaded (the word → shards table, src/client/search/scope.ts). What a shard takes from the whole corpus is
 * checked against it: the tags with a Pagefind filter of their own, ids that differ only by case
 * across shards, and the sitemap (built with SITE_URL) listing every shard's reader pages.
 * Then, in the same work folder, another cables folder: the merge refuses shard 1's pages once its
 * facts are of that folder, and plain `npm run build` with a small SHARD_CABLES (the size above
 * which it shards) builds that folder's sharded site and nothing of the first corpus.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cableFilesUnder, generateCorpus } from '../../bench/steps/corpus.ts';
import { hasOwnTagFilter, ownTagFilter } from '../../src/lib/facet-values.ts';
import { caseCollisionMessage } from '../../src/lib/id-aliases.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { describeInBrowser, openPage, showAllResults, UI_WAIT } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { run, withBuildLock } from '../helpers/process.ts';
import { attr, filesUnder, readDist, readPage, selectAll } from '../helpers/site.ts';

/**
 * Eight cables of neighbouring years per shard (shards are cut by the id's year:
 * src/lib/shards.ts): 24 cables, so a tag on one cable is under 5 % of the corpus (no filter of
 * its own) but over 5 % of its shard. Shard 1 also holds LOWER_CASE (no year: it sorts first).
 */
const CABLES = [
  ...['04MADRID3833', '05PARIS7527', '04MADRID4887', '04TASHKENT3180', '04RANGOON88', '04MADRID4687', '05SANAA923'],
  ...['07BOGOTA1165', '08ALGIERS85', '08VLADIVOSTOK68', '08MOSCOW2700', '07KUALALUMPUR1376', '07KINGSTON382', '07BANDARSERIBEGAWAN112', '08CAIRO57'],
  ...['09BERLIN1162', '10MAPUTO80', '09KABUL3423', '10MADRID49', '09DUSHANBE575', '09BERLIN406', '09CARACAS1296', '09MADRID604'],
];
/** A text with no reference id, filed as `10maputo80.txt`: its id is 10MAPUTO80's in lower case (shard 1 against shard 3). */
const LOWER_CASE = '10maputo80';
/**
 * Ten copies (renumbered) of a cable of each shard's years, so each shard holds 18 cables; those of
 * the first and last shard carry SCOPE_WORD in paragraph 2: ten pages in the newest shard fill a
 * first screen, so the oldest is searched only on request, and the middle one never.
 */
const COPIES = { '04OTTAWA3115': true, '07ACCRA2140': false, '10LISBON66': true };
const COPY_COUNT = 10;
const SCOPE_WORD = 'zephyrcast';
/** Where the word goes: after the first ` the ` of paragraph 2. */
const PARAGRAPH_2 = /(¶2\.[^]*?) the /;
const SHARDS = 3;
const SITE = 'https://cables.example.org';

const input = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-in-'));
const work = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-work-'));
const out = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-dist-'));
let server: Server | undefined;
let base = '';
let buildLog = '';

/** The words of a text, lower case, letters only. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** A word of a numbered paragraph of `cable` that shares its first six letters with no other cable's word (so stemming cannot match elsewhere). */
function wordOnlyIn(cable: AnnotatedCable, others: AnnotatedCable[]): { word: string; anchor: string } {
  const taken = new Set(others.flatMap((other) => [other.subject ?? '', ...other.paragraphs.map((paragraph) => paragraph.text)].flatMap(wordsOf).map((word) => word.slice(0, 6))));
  for (const paragraph of cable.paragraphs) {
    if (paragraph.number === null) continue;
    const word = wordsOf(paragraph.text).find((candidate) => candidate.length >= 8 && !taken.has(candidate.slice(0, 6)));
    if (word) return { word, anchor: paragraph.anchor };
  }
  throw new Error(`no word only ${cable.id} has`);
}

beforeAll(async () => {
  for (const id of CABLES) copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', `${id}.txt`), path.join(input, `${id}.txt`));
  writeFileSync(path.join(input, `${LOWER_CASE}.txt`), 'A note filed under the id in lower case.\n\n1. The embassy has nothing to add.\n');
  for (const [id, marked] of Object.entries(COPIES)) {
    const one = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-one-'));
    copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', `${id}.txt`), path.join(one, `${id}.txt`));
    const copies = path.join(one, 'copies');
    generateCorpus(one, copies, COPY_COUNT);
    for (const file of cableFilesUnder(copies)) {
      const text = readFileSync(file, 'latin1');
      const target = path.join(input, 'copies', path.basename(file));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, marked ? text.replace(PARAGRAPH_2, `$1 the ${SCOPE_WORD} `) : text, 'latin1');
      if (marked) expect(readFileSync(target, 'latin1')).toContain(SCOPE_WORD);
    }
    rmSync(one, { recursive: true, force: true });
  }
  const env = { CABLES_DIR: input, SHARD_WORK: work, SITE_URL: SITE };
  const shards = Array.from({ length: SHARDS }, (_, index) => `${index + 1}/${SHARDS}`);
  const stages = [
    ...shards.map((shard) => ['run', 'build', '--', '--shard', shard, '--facts']),
    ['run', 'build', '--', '--link', String(SHARDS)],
    ...shards.map((shard) => ['run', 'build', '--', '--shard', shard]),
    ['run', 'merge', '--', '--shards', String(SHARDS), '--outDir', out],
  ];
  await withBuildLock(async () => {
    for (const args of stages) {
      const result = await run('npm', args, env);
      expect(result.code, `npm ${args.join(' ')}\n${result.output.slice(-6000)}`).toBe(0);
      buildLog += result.output;
    }
  });
  const files = sirv(out, { dev: false, extensions: ['html'] });
  server = createServer((request, response) => files(request, response, () => {
      response.writeHead(404).end();
    }));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 600_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  // SHARDS_TEST_KEEP=<folder>: the merged site is kept there (for screenshots).
  if (process.env['SHARDS_TEST_KEEP']) cpSync(out, process.env['SHARDS_TEST_KEEP'], { recursive: true });
  for (const folder of [input, work, out]) rmSync(folder, { recursive: true, force: true });
});

/** Each shard's cables, from its build's `/cables/<ID>.json` files. */
/** The shards a page merges, in order: each shard's Pagefind entry is fetched once, when merged. */
function shardsMerged(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const shard = /\/pagefind-shards\/(\d+)\/pagefind-entry\.json/.exec(request.url())?.[1];
    if (shard) loaded.push(shard);
  });
  return loaded;
}

function shardCables(): AnnotatedCable[][] {
  return Array.from({ length: SHARDS }, (_, index) => {
    const folder = path.join(work, 'dist', String(index + 1), 'cables');
    return readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as AnnotatedCable);
  });
}

test('the merged site: every cable’s page from its shard, one index per shard, the list pages over all', () => {
  const shards = shardCables();
  expect(shards.map((cables) => cables.length)).toEqual([18, 18, 18]);
  expect(shards.flat().map((cable) => cable.id).filter((id) => CABLES.includes(id) || id === LOWER_CASE).sort()).toEqual([...CABLES, LOWER_CASE].sort());
  const copies = (prefix: string) => shards.map((cables) => cables.filter((cable) => cable.id.startsWith(prefix) && !CABLES.includes(cable.id)).length);
  expect([copies('04OTTAWA'), copies('07ACCRA'), copies('10LISBON')]).toEqual([[10, 0, 0], [0, 10, 0], [0, 0, 10]]);
  const cables = readdirSync(path.join(out, 'cables'));
  for (const id of CABLES) expect(cables).toEqual(expect.arrayContaining([id, `${id}.json`, `${id}.txt`, id.toLowerCase()]));
  const manifest = JSON.parse(readFileSync(path.join(out, 'pagefind/shards.json'), 'utf8')) as { shards: { path: string; years: string[] }[] };
  expect(manifest.shards.map((shard) => shard.path)).toEqual(['/pagefind-shards/1/', '/pagefind-shards/2/', '/pagefind-shards/3/']);
  expect(manifest.shards.map((shard) => shard.years)).toEqual([['2004', '2005', 'undated'], ['2007', '2008'], ['2009', '2010']]);
  // Each shard's fragments under a folder of its own (src/integrations/pagefind-names.ts): the ids of results merged from several shards never collide.
  const prefixes = manifest.shards.map((shard) => readdirSync(path.join(out, shard.path, 'fragment')));
  expect(prefixes.map((folders) => folders.length)).toEqual([1, 1, 1]);
  expect(new Set(prefixes.flat()).size).toBe(3);
  // The home page lists the cables of every shard.
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  for (const id of CABLES) expect(home).toContain(`/cables/${id}/`);
});

test('every shard gives a tag the Pagefind filter the whole corpus’s counts give, as the merged search page does', () => {
  const shards = shardCables();
  const all = shards.flat();
  const countsOf = (cables: AnnotatedCable[]) => {
    const counts = new Map<string, number>();
    for (const cable of cables) for (const tag of new Set(cable.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return counts;
  };
  const corpus = countsOf(all);
  const own = (tag: string) => hasOwnTagFilter(corpus.get(tag) ?? 0, all.length);
  // What the test is for: tags on over 5 % of their shard's cables and under 5 % of the corpus's.
  const ownInShardOnly = shards.flatMap((cables) => [...countsOf(cables)].filter(([tag, n]) => hasOwnTagFilter(n, cables.length) && !own(tag)));
  expect(ownInShardOnly.length).toBeGreaterThan(0);
  for (const cable of all) {
    const filters = selectAll('article [data-pagefind-filter]', readPage(`/cables/${cable.id}/`, out)).map((node) => attr(node, 'dataPagefindFilter') ?? '');
    const expected = [...new Set(cable.tags)].map((tag) => (own(tag) ? `${ownTagFilter(tag)}:yes` : `tag:${tag}`));
    expect(filters.filter((filter) => filter.startsWith('tag')), cable.id).toEqual(expected);
  }
  const marked = selectAll('#filter-tag-list option[data-own-filter]', readPage('/search/', out)).map((node) => attr(node, 'value'));
  expect(marked.sort()).toEqual([...corpus.keys()].filter(own).sort());
});

/** A sitemap's URLs. */
const SITEMAP_LOC = /<loc>([^<]+)<\/loc>/g;
/** The lower-case redirect pages (src/lib/id-aliases.ts), which a whole build's sitemap leaves out. */
const META_REFRESH = /<meta http-equiv="refresh"/;

test('ids that differ only by case in two shards: the warning a whole build gives, naming both files; the lower-case URL is that cable’s page', () => {
  const collision = {
    alias: LOWER_CASE,
    // linkSite's order: by path.
    cables: [LOWER_CASE, '10MAPUTO80'].map((id) => ({ id, path: path.join(input, `${id}.txt`) })).sort((a, b) => a.path.localeCompare(b.path)),
  };
  expect(buildLog).toContain(caseCollisionMessage(collision, (file) => path.relative(PROJECT_ROOT, file)));
  // As in a whole build: both reader pages, and no redirect (caseAliases) at /cables/10maputo80/.
  expect(attr(selectAll('article[data-ref]', readPage(`/cables/${LOWER_CASE}/`, out))[0], 'dataRef')).toBe(LOWER_CASE);
  expect(attr(selectAll('article[data-ref]', readPage('/cables/10MAPUTO80/', out))[0], 'dataRef')).toBe('10MAPUTO80');
  expect(readDist(`/cables/${LOWER_CASE}/`, out)).not.toMatch(META_REFRESH);
});

test('the sitemap lists what a whole build’s does: every HTML page of every shard and of the merge but the lower-case redirects', () => {
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(SITEMAP_LOC)].map((match) => new URL(match[1] ?? '').pathname);
  const listed = locs(path.join(out, 'sitemap-index.xml')).flatMap((sitemap) => locs(path.join(out, sitemap)));
  const pages = filesUnder(out)
    .filter((file) => file.endsWith(`${path.sep}index.html`) && !META_REFRESH.test(readFileSync(file, 'utf8')))
    .map((file) => `/${path.relative(out, file).replace(/index\.html$/, '')}`);
  expect([...listed].sort()).toEqual(pages.sort());
  for (const id of [...CABLES, LOWER_CASE]) expect(listed).toContain(`/cables/${id}/`);
});

describeInBrowser('search across the shards', (browser) => {
  test('a word from each shard is found through the merged search and lands on its paragraph', async () => {
    const shards = shardCables();
    const all = shards.flat();
    for (const cables of shards) {
      // The first cable of the shard with such a word (a short cable may have none).
      const [cable, { word, anchor }] = cables
        .flatMap((candidate) => {
          try {
            return [[candidate, wordOnlyIn(candidate, all.filter((other) => other.id !== candidate.id))] as const];
          } catch {
            return [];
          }
        })
        .at(0)!;
      const page = await openPage(browser());
      await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
      const link = page.locator(`#search-results li.result:has(h2 a[href="/cables/${cable.id}/"]) ul.sub-results a[href$="#${anchor}"]`);
      await link.first().waitFor(UI_WAIT);
      await link.first().click();
      await page.waitForURL(`**/cables/${cable.id}/?pagefind-highlight=*#${anchor}`, UI_WAIT);
      await page.locator(`#${anchor} mark.pagefind-highlight`).first().waitFor(UI_WAIT);
      const marked = (await page.locator(`#${anchor} mark.pagefind-highlight`).allTextContents()).map((text) => text.toLowerCase());
      expect(marked, `${word} in ${cable.id}#${anchor}`).toContain(word);
      await page.context().close();
    }
  }, 120_000);

  test('a word in the newest and the oldest shard: the newest first, with the scope line; the older on request; never the shard without it', async () => {
    const page = await openPage(browser());
    const loaded = shardsMerged(page);
    const results = page.locator('#search-results li.result');
    const scope = page.locator('#search-scope');
    await page.goto(`${base}/search/?q=${SCOPE_WORD}`);
    await page.locator('#search-status').filter({ hasText: `10 cables` }).waitFor(UI_WAIT);
    expect(await scope.textContent()).toBe(`Searched the newest 1 of the 2 parts holding “${SCOPE_WORD}”: cables of 2009–2010. Search 1 part older too (2004–2005)`);
    const hrefs = await results.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toHaveLength(COPY_COUNT);
    for (const href of hrefs) expect(href).toMatch(/^\/cables\/10LISBON\d+\/$/);
    expect(loaded).toEqual(['3']);
    // All ten shown: the offer follows the list too.
    expect(await page.locator('#search-scope-more').isVisible()).toBe(true);

    await scope.getByRole('link', { name: /older too/ }).click();
    await page.locator('#search-status').filter({ hasText: `20 cables` }).waitFor(UI_WAIT);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('2');
    expect(await scope.textContent()).toBe(`Searched all 2 parts holding “${SCOPE_WORD}”: cables of 2004–2010.`);
    // Twenty: the list starts with the best two; the rest on request.
    await showAllResults(page);
    expect(await results.count()).toBe(2 * COPY_COUNT);
    const older = results.locator('h2 a[href^="/cables/04OTTAWA"]');
    expect(await older.count()).toBe(COPY_COUNT);
    expect(await page.locator('#search-scope-more').textContent()).toBe('');
    // Only the shard it adds was merged; shard 2 never, as it does not hold the word.
    expect(loaded).toEqual(['3', '1']);
    // A result of the older shard lands on its paragraph, the word marked.
    const link = page.locator('#search-results li.result:has(h2 a[href^="/cables/04OTTAWA"]) ul.sub-results a[href$="#par2"]').first();
    await link.click();
    await page.waitForURL(/\/cables\/04OTTAWA\d+\/\?pagefind-highlight=.*#par2$/, UI_WAIT);
    await page.locator('#par2 mark.pagefind-highlight').first().waitFor(UI_WAIT);

    // The scope is a URL: opened anew, it searches both shards at once.
    loaded.length = 0;
    await page.goto(`${base}/search/?q=${SCOPE_WORD}&scope=all`);
    await page.locator('#search-status').filter({ hasText: `20 cables` }).waitFor(UI_WAIT);
    expect(loaded.sort()).toEqual(['1', '3']);
    await page.context().close();
  }, 90_000);

  test('a word typed after a first search (its prefixes searched while typed) merges only the shards its first step searches', async () => {
    const page = await openPage(browser());
    const loaded = shardsMerged(page);
    // A first search in the newest shard: the page guesses while typing only after one (search-queue.ts).
    const [newest, ...older] = [...shardCables()].reverse();
    const cable = newest![0]!;
    const { word } = wordOnlyIn(cable, [...newest!.slice(1), ...older.flat()]);
    await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
    await page.locator(`#search-results li.result:has(h2 a[href="/cables/${cable.id}/"])`).waitFor(UI_WAIT);
    expect(loaded).toEqual(['3']);
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').pressSequentially(SCOPE_WORD, { delay: 90 });
    await page.locator('#search-status').filter({ hasText: new RegExp(`^10 cables.* for “${SCOPE_WORD}”`) }).waitFor(UI_WAIT);
    // Shard 1 holds the word too, but the first step searches the newest only: nothing more merged.
    expect(loaded).toEqual(['3']);
    await page.context().close();
  }, 60_000);

  test('a year filter loads only the shards that hold that year', async () => {
    const page = await openPage(browser());
    const loaded = new Set<string>();
    page.on('request', (request) => {
      const shard = /\/pagefind-shards\/(\d+)\//.exec(request.url())?.[1];
      if (shard) loaded.add(shard);
    });
    const all = shardCables().flat();
    const cable = all.find((candidate) => candidate.date?.startsWith('2008'))!;
    const { word } = wordOnlyIn(cable, all.filter((other) => other.id !== cable.id));
    await page.goto(`${base}/search/?q=${encodeURIComponent(word)}&year=2008`);
    await page.locator(`#search-results li.result:has(h2 a[href="/cables/${cable.id}/"])`).waitFor(UI_WAIT);
    expect([...loaded]).toEqual(['2']);
    await page.context().close();
  }, 60_000);
});

test('plain `npm run build` above SHARD_CABLES: the sharded site; from another cables folder in the same work folder, nothing of the first corpus', async () => {
  const other = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-other-'));
  const site = mkdtempSync(path.join(tmpdir(), 'cable-reader-shards-other-dist-'));
  const ids = ['03ABUDHABI2641', '04AMMAN1288', '04VATICAN3196', '05DUBLIN286'];
  try {
    for (const id of ids) copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', `${id}.txt`), path.join(other, `${id}.txt`));
    // Shard 1's facts of the other folder beside the first corpus's shards: the merge refuses them.
    const facts = await withBuildLock(() => run('npm', ['run', 'build', '--', '--shard', `1/${SHARDS}`, '--facts'], { CABLES_DIR: other, SHARD_WORK: work }));
    expect(facts.code, facts.output.slice(-3000)).toBe(0);
    const merge = await withBuildLock(() => run('npm', ['run', 'merge', '--', '--shards', String(SHARDS), '--outDir', site], { CABLES_DIR: other, SHARD_WORK: work }));
    expect(merge.code).not.toBe(0);
    expect(merge.output).toContain(`shard 1/${SHARDS}'s pages were built from other facts than 1-of-${SHARDS}.json's`);
    // Plain `npm run build`, as a reader runs it, of 4 cables above SHARD_CABLES=2: 2 shards of its own.
    const result = await withBuildLock(() => run('npm', ['run', 'build', '--', '--outDir', site], { CABLES_DIR: other, SHARD_WORK: work, SHARD_CABLES: '2' }));
    expect(result.code, result.output.slice(-6000)).toBe(0);
    expect(result.output).toContain(`build: 4 cables in ${other}, more than 2 cables (SHARD_CABLES) for one astro build`);
    expect(result.output).toContain('building 2 shards');
    expect(result.output).not.toContain('pages: unchanged');
    for (const id of ids) expect(readDist(`/cables/${id}/`, site)).toContain(id);
    const pages = readdirSync(path.join(site, 'cables'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name === entry.name.toUpperCase());
    expect(pages.map((entry) => entry.name).sort()).toEqual(ids);
    const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')) as { shards: { cables: number }[] };
    expect(manifest.shards.map((shard) => shard.cables)).toEqual([2, 2]);
    expect(readdirSync(path.join(work, 'facts')).sort()).toEqual(['1-of-2.json', '2-of-2.json']);
    expect(readdirSync(path.join(work, 'dist')).sort()).toEqual(['1', '1.stamp', '2', '2.stamp']);
  } finally {
    for (const folder of [other, site]) rmSync(folder, { recursive: true, force: true });
  }
}, 300_000);
