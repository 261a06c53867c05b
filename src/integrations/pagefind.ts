import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { rechunkBundle } from './pagefind-chunks.ts';
import { shortenNames } from './pagefind-names.ts';

/** Stops the build when a Pagefind step reports errors (the Node API never throws). */
function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
  }
}

/** Pages in the written index, summed over its languages (from pagefind-entry.json). */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Pagefind reads a page from this element down (its `rootSelector`; by default `html`). Every
 * element under the root gets a node of Pagefind's parser, and the rest of a reader page (the
 * "About this copy" column, its name and term lists, the site header) is ≈ a fifth of Pagefind's
 * CPU over a shard's pages (issue 12, docs/benchmarks.md "Pagefind's share"). The article holds all
 * Pagefind uses (the text, `parN` ids and titles, filters, meta and the `h1` that is the title), so
 * the index is the same bytes. Pagefind would take the page's `<title>` as the result's title only
 * when the `h1` were empty, and the reader page's never is (the subject, or the id).
 */
const ROOT_SELECTOR = '[data-pagefind-body]';

/** A word no cable holds: the one record of a merge build's stub index. */
const STUB_WORD = 'cablereadershardsprimary';

/**
 * Indexes the built site with the Pagefind Node API at the end of `astro build` and writes the
 * index to `<dist>/pagefind`. Only elements inside `data-pagefind-body` (the cable articles) are
 * indexed. Logs `[pagefind] indexed <pages> pages in <ms> ms`.
 *
 * Then the word index is cut into smaller chunks (`pagefind-chunks.ts`) and the fragments and
 * chunks get short names (`pagefind-names.ts`). A shard build
 * (`CABLE_SHARD`, issue 12) indexes its own reader pages the same way, in its own Pagefind process. A merge build (`CABLE_MERGE`) has no reader page: it writes a stub index of
 * one record, the primary bundle (script, wasm, highlighter) the search page merges the shards'
 * indexes into; scripts/shard/assemble.ts then writes `/pagefind/shards.json`. A whole build writes
 * an empty `shards.json`, so the search page knows there is nothing to merge.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        const merging = Boolean(process.env['CABLE_MERGE']);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', rootSelector: ROOT_SELECTOR });
          failOn('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          if (merging) {
            const added = await index.addCustomRecord({ url: '/search/', content: STUB_WORD, language: 'en' });
            failOn('addCustomRecord', added.errors);
            failOn('writeFiles', (await index.writeFiles({ outputPath })).errors);
            logger.info(`wrote the primary bundle for the shards' indexes in ${Math.round(performance.now() - started)} ms`);
            return;
          }
          // Only reader pages carry cable text; skipping the home page (one row per cable) saves
          // parsing megabytes of HTML on a large build.
          const added = await index.addDirectory({ path: outDir, glob: 'cables/*/index.html' });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no reader pages in ${outDir}cables/`);
          const written = await index.writeFiles({ outputPath });
          failOn('writeFiles', written.errors);
          const elapsed = Math.round(performance.now() - started);
          // Smaller word chunks (issues 9 and 12), in a whole build and in each shard; before the
          // Zopfli step, which recompresses the meta written here.
          const cut = performance.now();
          const chunks = await rechunkBundle(outputPath);
          logger.info(
            `cut the word index into smaller chunks: ${chunks.chunksBefore} → ${chunks.chunksAfter} (+${chunks.aliases} short-term entries), ` +
              `meta ${(chunks.metaBefore / 1000).toFixed(1)} → ${(chunks.metaAfter / 1000).toFixed(1)} KB gzip, in ${Math.round(performance.now() - cut)} ms`,
          );
          // Short names for fragments and chunks (the meta every first search loads), also per shard.
          const naming = performance.now();
          const names = await shortenNames(outputPath);
          logger.info(
            `short names for ${names.pages} fragments and ${names.chunks} chunks under ${names.prefixes.join(', ')}/: ` +
              `meta ${(names.metaBefore / 1000).toFixed(1)} → ${(names.metaAfter / 1000).toFixed(1)} KB gzip, in ${Math.round(performance.now() - naming)} ms`,
          );
          // What the written index holds (pages with data-pagefind-body), not just what was read.
          const indexed = await indexedPageCount(outputPath);
          if (indexed === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on the cable pages?');
          if (!process.env['CABLE_SHARD']) await writeFile(join(outputPath, 'shards.json'), JSON.stringify({ shards: [] }));
          logger.info(`indexed ${indexed} pages in ${elapsed} ms (${added.page_count} HTML files read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
