import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { cableFacets } from '../lib/facets.ts';
import { linkFacts, newAnnotateTimings, type AnnotateTimings, type LinkFacts } from '../lib/annotate.ts';
import { linkedCable, linkSite } from '../lib/site-cables.ts';
import { loadMerged } from './merge-loader.ts';
import { filesOfShard, linkedShard, readShardLinks, shardMode } from './shard-mode.ts';
import { MAX_CABLE_BYTES, tooLarge } from '../lib/decode.ts';
import { caseCollisionMessage } from '../lib/id-aliases.ts';
import { findCableFiles } from '../lib/read.ts';
import type { AnnotatedCable, ParseWarning } from '../lib/types.ts';
import { renderCable } from '../render/pipeline.ts';
import { annotatePool } from './annotate-pool.ts';
import { pageFileText, parsePageFile } from '../lib/page-file.ts';
import { watchCables } from './watch.ts';
import { cacheFolder, cacheSlot, codeDigest, readAnnotated, type SkippedEntry } from './annotate-cache.ts';
import { annotateTotal, formatAnnotateTimings, reportSkipped, WarningTally, warningLine, type Skipped } from './report.ts';

/** How often a long build reports progress. */
const PROGRESS_EVERY = 500;

/**
 * The folder of cable texts: `CABLES_DIR` (absolute, or relative to the project root) for one
 * build, else `seeds/`.
 */
export function cablesDir(root: string): string {
  const fromEnv = process.env['CABLES_DIR'];
  return fromEnv ? resolve(root, fromEnv) : join(root, 'seeds');
}

/** What the loader keeps of each cable between its two phases (and across dev reloads). */
interface Annotated {
  /** The id the cable has on the site (the parsed id, or with a suffix when another file has it). */
  id: string;
  /** Digest of the cable's bytes, its annotation file and the code and data that annotate it. */
  contentHash: string;
  /** The file holding the annotated (not yet linked) cable, under its parsed id. */
  annotatedPath: string;
  /** What linking needs of it. */
  facts: LinkFacts;
  /** The cable's file (project-relative) and warnings, shown in every build's summary. */
  file: string;
  warnings: ParseWarning[];
}

/**
 * The content-layer loader of the `cables` collection, in two phases.
 * 1. Annotate: each cable file is read, parsed and annotated (issue 3), and the result kept in a
 *    file named by the file's path and content hash (bytes, annotation file, code, data/), so an
 *    unchanged cable is not parsed again.
 * 2. Link and render: the site's references are linked across cables (`inSite`, `citedBy`);
 *    each cable is rendered through our unified pipeline and its page file (its JSON, then its
 *    HTML: src/lib/page-file.ts) written, named by id, content hash and a hash of its links — a cable whose own text did not
 *    change is still re-rendered when who cites it, or which of its references are on the site,
 *    changed. The store keeps only the listing fields and the page file's path.
 * In `npm run dev` a changed text or annotation file is annotated again, then phase 2 runs over
 * the site (only cables whose page changed are rendered); a deleted file is dropped the same way.
 */
export function cablesLoader() {
  return {
    name: 'cables',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = cablesDir(root);
      const { store, logger } = context;
      const mode = shardMode(root);
      if (mode.kind === 'merge') {
        await loadMerged(context, root, dir, mode);
        return;
      }
      const code = codeDigest(root);
      // A shard job links its cables to the corpus through its links (the link stage's, from every shard's facts).
      const shardLinks = mode.kind === 'shard' ? readShardLinks(mode.work, mode.shard) : null;
      // One folder per project and cable folder: builds of other checkouts may share the cache dir.
      const cacheDir = cacheFolder(fileURLToPath(context.config.cacheDir), root, dir, mode.kind === 'shard' ? mode.spec : null);
      // Annotations are per cable, whatever the shard plan: one folder for every shard and the whole build.
      const annotatedDir = join(cacheFolder(fileURLToPath(context.config.cacheDir), root, dir, null), 'annotated');
      mkdirSync(annotatedDir, { recursive: true });
      mkdirSync(cacheDir, { recursive: true });
      const glossaryPath = join(root, 'data/glossary.yaml');

      /** The page file of a cable: named by its content and links, so any change changes its store data. */
      function pagePath(id: string, contentHash: string, linkHash: string): string {
        return join(cacheDir, `${encodeURIComponent(id)}.${contentHash.slice(0, 16)}.${linkHash.slice(0, 16)}.json`);
      }

      /** The page file a store entry points to, if any. */
      function pageOf(id: string): string | undefined {
        const page = store.get(id)?.data['page'];
        return typeof page === 'string' ? page : undefined;
      }

      /** Deletes a store entry and its page file (if it is ours). */
      function dropEntry(id: string): void {
        const page = pageOf(id);
        if (page?.startsWith(cacheDir)) rmSync(page, { force: true });
        store.delete(id);
      }

      /** Every present cable file, annotated, by path (kept across dev reloads). */
      const annotatedByFile = new Map<string, Annotated>();
      /** Files left out of the site, by path: why, and the cache file saying so (if any). */
      const skippedByFile = new Map<string, { reason: string; annotatedPath?: string }>();
      /** Milliseconds per step, summed over cables (and so over worker threads when there are any). */
      const timings = { parseMs: 0, annotate: newAnnotateTimings(), renderMs: 0, storeMs: 0, workers: 0 };

      /** Keeps what phase 2 needs of a file's annotated cable (or that it is left out). */
      function remember(path: string, cable: AnnotatedCable | SkippedEntry, contentHash: string, annotatedPath: string): void {
        const known = annotatedByFile.get(path)?.annotatedPath ?? skippedByFile.get(path)?.annotatedPath;
        if (known !== undefined && known !== annotatedPath) rmSync(known, { force: true });
        if ('skipped' in cable) {
          annotatedByFile.delete(path);
          skippedByFile.set(path, { reason: cable.skipped, annotatedPath });
          return;
        }
        skippedByFile.delete(path);
        const { id, file, warnings } = cable;
        annotatedByFile.set(path, { id, contentHash, annotatedPath, file, warnings, facts: linkFacts(cable) });
      }

      /** Leaves a file out before reading it: too large, or gone. */
      function skipUnread(path: string, reason: string): void {
        annotatedByFile.delete(path);
        skippedByFile.set(path, { reason });
      }

      /**
       * Phase 1: every file whose annotated cable (of these exact bytes, path, code and data) is
       * not cached is parsed and annotated — in worker threads when there are many — and cached.
       * A file over the size limit is never read; one that is no cable is cached as skipped.
       * Returns how many files were parsed now.
       */
      async function annotateFiles(paths: string[]): Promise<number> {
        const stale: { path: string; contentHash: string; annotatedPath: string }[] = [];
        for (const path of paths) {
          let slot;
          try {
            const { size } = statSync(path);
            if (size > MAX_CABLE_BYTES) {
              skipUnread(path, tooLarge(size));
              continue;
            }
            slot = await cacheSlot(path, root, code, annotatedDir);
          } catch (error) {
            skipUnread(path, `cannot be read (${(error as Error).message})`);
            continue;
          }
          const { contentHash, annotatedPath } = slot;
          const known = annotatedByFile.get(path) ?? skippedByFile.get(path);
          if (known?.annotatedPath === annotatedPath && existsSync(annotatedPath)) continue;
          if (existsSync(annotatedPath)) remember(path, readAnnotated(annotatedPath), contentHash, annotatedPath);
          else stale.push({ path, contentHash, annotatedPath });
        }
        const pool = annotatePool(stale.length, root, glossaryPath);
        timings.workers = Math.max(timings.workers, pool.workers);
        try {
          let done = 0;
          const results = await Promise.all(
            stale.map(({ path }) =>
              pool.annotate(path).then((result) => {
                done += 1;
                if (done % PROGRESS_EVERY === 0) logger.info(`annotated ${done}/${stale.length} cables`);
                return result;
              }),
            ),
          );
          results.forEach((result, index) => {
            const { path, contentHash, annotatedPath } = stale[index]!;
            if ('skipped' in result) {
              writeFileSync(annotatedPath, JSON.stringify({ skipped: result.skipped } satisfies SkippedEntry));
              remember(path, result, contentHash, annotatedPath);
              return;
            }
            timings.parseMs += result.parseMs;
            for (const [part, ms] of Object.entries(result.timings) as [keyof AnnotateTimings, number][]) timings.annotate[part] += ms;
            writeFileSync(annotatedPath, JSON.stringify(result.cable));
            remember(path, result.cable, contentHash, annotatedPath);
          });
          return stale.length;
        } finally {
          await pool.close();
        }
      }

      /**
       * Gives every cable its site id (a suffix when two files claim one id, in file order) and
       * runs phase 2: links, renders and stores each cable whose page file is not up to date,
       * and drops store entries no file claims any more.
       */
      async function linkAndRender(): Promise<number> {
        const { idOf: siteIdOf, duplicates, caseCollisions, links } = shardLinks
          ? linkedShard(shardLinks, root)
          : linkSite([...annotatedByFile].map(([path, { facts }]) => ({ path, facts })));
        // Links of other files than these are stale: the build refuses them (scripts/build.ts), so does this.
        const unlinked = [...annotatedByFile.keys()].filter((path) => !siteIdOf.has(path));
        if (shardLinks && unlinked.length > 0) {
          throw new Error(`No links for ${unlinked.length} of this shard's cables (${relative(root, unlinked[0] ?? '')}…): run the link stage again (npm run build -- --link N).`);
        }
        for (const { id, siteId, path, other } of duplicates) {
          if (annotatedByFile.has(path)) logger.warn(`duplicate id ${id} (also ${relative(root, other)}): ${relative(root, path)} is published as ${siteId}`);
        }
        // Across shards too (the shard's links): a shard warns of the collisions its own cables are in.
        for (const collision of caseCollisions) {
          if (collision.cables.some(({ path }) => annotatedByFile.has(path))) logger.warn(caseCollisionMessage(collision, (path) => relative(root, path)));
        }
        const fileById = new Set([...annotatedByFile.keys()].map((path) => siteIdOf.get(path)));

        let rendered = 0;
        for (const [path, annotated] of annotatedByFile) {
          const id = siteIdOf.get(path) ?? annotated.id;
          annotated.id = id;
          // What this cable's page takes from other cables: which references are on the site, who cites it, its names' site names.
          const linkFacts = {
            inSite: annotated.facts.annotations.references.map((reference) => reference.referenceId !== null && links.ids.has(reference.referenceId)),
            citedBy: links.citedBy.get(id) ?? [],
            names: annotated.facts.entities.map((entity) => links.names.get(entity.slug)),
          };
          const linkHash = createHash('sha256').update(JSON.stringify(linkFacts)).digest('hex');
          const page = pagePath(id, annotated.contentHash, linkHash);
          // The page file's path names the cache folder (project and inputs folder), id, content
          // and links; with the file's path it makes an entry of another build's inputs differ.
          // (store.set keeps the old data when the digest is unchanged: issue 11.)
          const digest = context.generateDigest(`${page}\0${relative(root, path)}`);
          const entry = store.get(id);
          if (entry?.digest === digest && entry.filePath === relative(root, path) && pageOf(id) === page && existsSync(page)) continue;

          // No store entry (another shard's build used the data store last) but the page file of
          // this content and these links is there: it is the page, read rather than rendered again.
          const reuse = entry === undefined && existsSync(page);
          // annotatedByFile holds cables only: skipped files are in skippedByFile.
          const cable = reuse ? parsePageFile(readFileSync(page, 'utf8')).cable : linkedCable(readAnnotated(annotated.annotatedPath) as AnnotatedCable, id, links);
          const storeStart = performance.now();
          if (!reuse) {
            const renderStart = performance.now();
            const { html } = renderCable(cable);
            timings.renderMs += performance.now() - renderStart;
            const previousPage = pageOf(id);
            writeFileSync(page, pageFileText(cable, html));
            if (previousPage !== undefined && previousPage !== page && previousPage.startsWith(cacheDir)) {
              rmSync(previousPage, { force: true });
            }
          }
          const { file, referenceId, subject, date, origin, classification } = cable;
          const facets = cableFacets(cable);
          const data = await context.parseData({ id, data: { id, file, referenceId, subject, date, origin, classification, page, facets } });
          store.set({ id, data, filePath: relative(root, path), digest });
          timings.storeMs += performance.now() - storeStart;
          if (!reuse) rendered += 1;
        }
        // Entries no present file claims: deleted files, ids that changed since the cached build.
        for (const id of store.keys()) {
          if (!fileById.has(id)) dropEntry(id);
        }
        return rendered;
      }

      /**
       * Deletes cache files nothing points to any more (texts that changed or were deleted since
       * an earlier build), so the cache does not grow with every edit.
       */
      function removeStaleFiles(): void {
        const kept = new Set([...annotatedByFile.values(), ...skippedByFile.values()].map((entry) => entry.annotatedPath ?? ''));
        for (const id of store.keys()) kept.add(pageOf(id) ?? '');
        // A shard knows only its own cables: the other shards' annotations stay.
        for (const folder of mode.kind === 'shard' ? [cacheDir] : [cacheDir, annotatedDir]) {
          for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (name.endsWith('.json') && !kept.has(path)) rmSync(path, { force: true });
          }
        }
      }

      const where = relative(root, dir) || '.';
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
        throw new Error(`The cables folder ${dir} does not exist or is not a folder (CABLES_DIR or seeds/).`);
      }
      const found = await findCableFiles(dir);
      const allFiles = found.files.map((file) => resolve(dir, file));
      const files = mode.kind === 'shard' ? filesOfShard(allFiles, dir, mode.shard) : allFiles;
      if (mode.kind === 'shard') logger.info(`shard ${mode.spec}: ${files.length} of ${allFiles.length} cable files`);
      logger.info(`${files.length} cable files in ${where}`);
      const annotatedCount = await annotateFiles(files);
      const skipped: Skipped[] = [...found.skipped, ...[...skippedByFile].map(([path, { reason }]) => ({ path, reason }))];
      reportSkipped(logger, skipped, root);
      if (annotatedByFile.size === 0) {
        // Before any page is written: the build stops here and leaves no half-built site.
        throw new Error(
          files.length === 0
            ? `No cable to publish: ${dir} holds no *.txt files.`
            : `No cable to publish: all ${files.length} files in ${where} were left out (listed above).`,
        );
      }
      const rendered = await linkAndRender();
      removeStaleFiles();
      // Every cable's warnings, also of cables annotated by an earlier build (issue 11).
      const tally = new WarningTally();
      for (const annotated of [...annotatedByFile.values()].sort((a, b) => a.file.localeCompare(b.file))) tally.add(annotated, root);

      const { annotate } = timings;
      logger.info(
        `parse ${Math.round(timings.parseMs)} ms, annotate ${Math.round(annotateTotal(annotate))} ms, ` +
          `render ${Math.round(timings.renderMs)} ms, ${files.length} cables` +
          ` (${annotatedCount} parsed, ${rendered} rendered; the rest unchanged)` +
          (timings.workers > 0 ? `; parse and annotate summed over ${timings.workers} worker threads` : ''),
      );
      logger.info(`annotate by part: ${formatAnnotateTimings(annotate)}`);
      logger.info(`store ${Math.round(timings.storeMs)} ms, ${rendered} cables`);
      tally.report(logger);

      watchCables(context, dir, {
        async changed(path) {
          await annotateFiles([path]);
          const rendered = await linkAndRender();
          const skippedNow = skippedByFile.get(path);
          if (skippedNow) logger.warn(`skipped ${relative(root, path)}: ${skippedNow.reason} (${rendered} pages updated)`);
          else logger.info(`re-rendered ${annotatedByFile.get(path)?.id ?? basename(path)} (${rendered} pages updated)`);
          const annotated = annotatedByFile.get(path);
          for (const warning of annotated?.warnings ?? []) logger.warn(warningLine(annotated?.file ?? path, warning, root));
        },
        async deleted(path) {
          skippedByFile.delete(path);
          const annotated = annotatedByFile.get(path);
          if (annotated === undefined) return;
          annotatedByFile.delete(path);
          const rendered = await linkAndRender();
          logger.info(`removed ${annotated.id} (${rendered} pages updated)`);
        },
      });
    },
  } satisfies Loader;
}
