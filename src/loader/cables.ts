import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cableFacets } from '../lib/facets.ts';
import { linkCable, newAnnotateTimings, siteLinks, type AnnotateTimings, type LinkFacts } from '../lib/annotate.ts';
import { listCableFiles } from '../lib/read.ts';
import type { AnnotatedCable, Cable } from '../lib/types.ts';
import { renderCable } from '../render/pipeline.ts';
import { annotatePool } from './annotate-pool.ts';
import type { CablePage } from './page.ts';

/** How often a long build reports progress. */
const PROGRESS_EVERY = 500;
/** How many warnings the summary shows with their file and line. */
const WARNINGS_SHOWN = 5;
/** How many kinds of warning the summary lists (the most frequent). */
const KINDS_SHOWN = 12;
const CABLE_SUFFIX = '.txt';
const ANNOTATIONS_SUFFIX = '.annotations.yaml';

/**
 * The folder of cable texts: `CABLES_DIR` (absolute, or relative to the project root) for one
 * build, else `seeds/`.
 */
export function cablesDir(root: string): string {
  const fromEnv = process.env['CABLES_DIR'];
  return fromEnv ? resolve(root, fromEnv) : join(root, 'seeds');
}

/** The annotation file that may sit beside a cable: `x.txt` → `x.annotations.yaml`. */
function annotationsPath(cablePath: string): string {
  return cablePath.slice(0, -CABLE_SUFFIX.length) + ANNOTATIONS_SUFFIX;
}

/** The cable a changed file belongs to: the cable itself, or the cable beside an annotation file. */
function cablePathFor(changedPath: string): string | null {
  if (changedPath.endsWith(CABLE_SUFFIX)) return changedPath;
  if (changedPath.endsWith(ANNOTATIONS_SUFFIX)) {
    return changedPath.slice(0, -ANNOTATIONS_SUFFIX.length) + CABLE_SUFFIX;
  }
  return null;
}

/**
 * A digest of the code and data that turn text into pages (src/lib, src/render, src/loader, and
 * data/ such as the glossary), so a cached cable is annotated again when the parser, an
 * annotator, the glossary, the pipeline or the page file's shape changes, not only when its text does.
 */
function codeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const [dir, extensions] of [['src/lib', ['.ts']], ['src/render', ['.ts']], ['src/loader', ['.ts']], ['data', ['.yaml', '.yml', '.json']]] as const) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      if (extensions.some((extension) => name.endsWith(extension))) hash.update(name).update(readFileSync(join(full, name)));
    }
  }
  return hash.digest('hex');
}

/** Counts warnings by kind (the message with its numbers stripped) and keeps the first few. */
class WarningTally {
  readonly byKind = new Map<string, number>();
  readonly first: string[] = [];
  total = 0;

  add(cable: Cable, root: string): void {
    for (const warning of cable.warnings) {
      this.total += 1;
      // A kind is the message without its particulars: quoted text and numbers.
      const kind = warning.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#');
      this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
      if (this.first.length < WARNINGS_SHOWN) {
        this.first.push(`${relative(root, resolve(root, cable.file))}:${warning.line} ${warning.message}`);
      }
    }
  }

  report(logger: LoaderContext['logger'], cables: number): void {
    if (this.total === 0) return;
    const kinds = [...this.byKind].sort((a, b) => b[1] - a[1]);
    logger.warn(`${this.total} parser warnings in ${cables} cables, by kind:`);
    for (const [kind, count] of kinds.slice(0, KINDS_SHOWN)) logger.warn(`  ${String(count).padStart(5)} × ${kind}`);
    if (kinds.length > KINDS_SHOWN) logger.warn(`  and ${kinds.length - KINDS_SHOWN} rarer kinds`);
    logger.warn(`first ${this.first.length}:`);
    for (const line of this.first) logger.warn(`  ${line}`);
  }
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
}

/**
 * The content-layer loader of the `cables` collection, in two phases.
 * 1. Annotate: each cable file is read, parsed and annotated (issue 3), and the result kept in a
 *    file named by the file's path and content hash (bytes, annotation file, code, data/), so an
 *    unchanged cable is not parsed again.
 * 2. Link and render: the site's references are linked across cables (`inSite`, `citedBy`);
 *    each cable is rendered through our unified pipeline and its page file `{ cable, html }`
 *    written, named by id, content hash and a hash of its links — a cable whose own text did not
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
      const code = codeDigest(root);
      const { store, logger } = context;
      // One folder per project and cable folder: builds of other checkouts may share the cache dir.
      const cacheDir = join(
        fileURLToPath(new URL('cable-pages/', context.config.cacheDir)),
        createHash('sha256').update(root).update('\0').update(dir).digest('hex').slice(0, 16),
      );
      const annotatedDir = join(cacheDir, 'annotated');
      mkdirSync(annotatedDir, { recursive: true });
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
      /** Milliseconds per step, summed over cables (and so over worker threads when there are any). */
      const timings = { parseMs: 0, annotate: newAnnotateTimings(), renderMs: 0, storeMs: 0, workers: 0 };

      /** Where a file's annotated cable is cached, by its path and content (bytes, annotation file, code, data). */
      async function cacheSlot(path: string): Promise<{ contentHash: string; annotatedPath: string }> {
        const sidecar = annotationsPath(path);
        const bytes = await readFile(path);
        const annotations = existsSync(sidecar) ? await readFile(sidecar, 'utf8') : '';
        const contentHash = createHash('sha256').update(bytes).update('\0').update(annotations).update(code).digest('hex');
        const fileKey = createHash('sha256').update(relative(root, path)).digest('hex').slice(0, 16);
        return { contentHash, annotatedPath: join(annotatedDir, `${fileKey}.${contentHash.slice(0, 16)}.json`) };
      }

      /** Keeps what phase 2 needs of a file's annotated cable. */
      function remember(path: string, cable: AnnotatedCable, contentHash: string, annotatedPath: string): void {
        const { id, subject, date, annotations: { references } } = cable;
        annotatedByFile.set(path, { id, contentHash, annotatedPath, facts: { id, subject, date, annotations: { references } } });
      }

      /**
       * Phase 1: every file whose annotated cable (of these exact bytes, code and data) is not
       * cached is parsed and annotated — in worker threads when there are many — and cached.
       * Returns the cables annotated now, in file order (for the warning summary).
       */
      async function annotateFiles(paths: string[]): Promise<AnnotatedCable[]> {
        const stale: { path: string; contentHash: string; annotatedPath: string }[] = [];
        for (const path of paths) {
          const { contentHash, annotatedPath } = await cacheSlot(path);
          const known = annotatedByFile.get(path);
          if (known?.contentHash === contentHash && existsSync(annotatedPath)) continue;
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
          return results.map(({ cable, parseMs, timings: parts }, index) => {
            const { path, contentHash, annotatedPath } = stale[index]!;
            timings.parseMs += parseMs;
            for (const [part, ms] of Object.entries(parts) as [keyof AnnotateTimings, number][]) timings.annotate[part] += ms;
            writeFileSync(annotatedPath, JSON.stringify(cable));
            const known = annotatedByFile.get(path);
            if (known && known.annotatedPath !== annotatedPath) rmSync(known.annotatedPath, { force: true });
            remember(path, cable, contentHash, annotatedPath);
            return cable;
          });
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
        const fileById = new Map<string, string>();
        const siteIdOf = new Map<string, string>();
        for (const [path, annotated] of [...annotatedByFile].sort(([a], [b]) => a.localeCompare(b))) {
          let id = annotated.facts.id;
          for (let n = 2; fileById.has(id); n += 1) id = `${annotated.facts.id}-${n}`;
          if (id !== annotated.facts.id) {
            logger.warn(`duplicate id ${annotated.facts.id} (also ${relative(root, fileById.get(annotated.facts.id) ?? '')}): ${relative(root, path)} is published as ${id}`);
          }
          fileById.set(id, path);
          siteIdOf.set(path, id);
        }
        const links = siteLinks([...annotatedByFile].map(([path, { facts }]) => ({ ...facts, id: siteIdOf.get(path) ?? facts.id })));

        let rendered = 0;
        for (const [path, annotated] of annotatedByFile) {
          const id = siteIdOf.get(path) ?? annotated.id;
          annotated.id = id;
          // What this cable's page takes from other cables: which references are on the site, who cites it.
          const linkFacts = {
            inSite: annotated.facts.annotations.references.map((reference) => reference.referenceId !== null && links.ids.has(reference.referenceId)),
            citedBy: links.citedBy.get(id) ?? [],
          };
          const linkHash = createHash('sha256').update(JSON.stringify(linkFacts)).digest('hex');
          const page = pagePath(id, annotated.contentHash, linkHash);
          // The page file's path names the cache folder (project and cable folder), the content and
          // the links: a store entry left by a build of another folder (CABLES_DIR) never matches
          // it, whereas a digest of content and links alone did, and store.set keeps an entry whose
          // digest is unchanged, so such a build's file paths leaked into the next build of seeds/.
          const digest = context.generateDigest(page);
          const entry = store.get(id);
          if (entry?.digest === digest && entry.filePath === relative(root, path) && pageOf(id) === page && existsSync(page)) continue;

          const cable = linkCable(withId(readAnnotated(annotated.annotatedPath), id), links);
          const renderStart = performance.now();
          const { html } = renderCable(cable);
          timings.renderMs += performance.now() - renderStart;

          const storeStart = performance.now();
          const previousPage = pageOf(id);
          writeFileSync(page, JSON.stringify({ cable, html } satisfies CablePage));
          if (previousPage !== undefined && previousPage !== page && previousPage.startsWith(cacheDir)) {
            rmSync(previousPage, { force: true });
          }
          const { file, referenceId, subject, date, origin, classification } = cable;
          const facets = cableFacets(cable);
          const data = await context.parseData({ id, data: { id, file, referenceId, subject, date, origin, classification, page, facets } });
          store.set({ id, data, filePath: relative(root, path), digest });
          timings.storeMs += performance.now() - storeStart;
          rendered += 1;
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
        const kept = new Set([...annotatedByFile.values()].map((annotated) => annotated.annotatedPath));
        for (const id of store.keys()) kept.add(pageOf(id) ?? '');
        for (const folder of [cacheDir, annotatedDir]) {
          for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (name.endsWith('.json') && !kept.has(path)) rmSync(path, { force: true });
          }
        }
      }

      const files = (await listCableFiles(dir)).map((file) => resolve(dir, file));
      logger.info(`${files.length} cable files in ${relative(root, dir) || '.'}`);
      const tally = new WarningTally();
      const annotatedNow = await annotateFiles(files);
      for (const cable of annotatedNow) tally.add(cable, root);
      const annotatedCount = annotatedNow.length;
      const rendered = await linkAndRender();
      removeStaleFiles();

      const { annotate } = timings;
      logger.info(
        `parse ${Math.round(timings.parseMs)} ms, annotate ${Math.round(annotateTotal(annotate))} ms, ` +
          `render ${Math.round(timings.renderMs)} ms, ${files.length} cables` +
          ` (${annotatedCount} parsed, ${rendered} rendered; the rest unchanged)` +
          (timings.workers > 0 ? `; parse and annotate summed over ${timings.workers} worker threads` : ''),
      );
      logger.info(`annotate by part: ${formatAnnotateTimings(annotate)}`);
      logger.info(`store ${Math.round(timings.storeMs)} ms, ${rendered} cables`);
      tally.report(logger, annotatedCount);

      watchCables(context, dir, {
        async changed(path) {
          const [cable] = await annotateFiles([path]);
          const rendered = await linkAndRender();
          logger.info(`re-rendered ${annotatedByFile.get(path)?.id ?? basename(path)} (${rendered} pages updated)`);
          for (const warning of cable?.warnings ?? []) {
            logger.warn(`${relative(root, path)}:${warning.line} ${warning.message}`);
          }
        },
        async deleted(path) {
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

/** Total milliseconds of annotating. */
function annotateTotal(timings: AnnotateTimings): number {
  return Object.values(timings).reduce((sum, ms) => sum + ms, 0);
}

/** `terms 120 ms, references 40 ms, …`: the parts that took any time. */
function formatAnnotateTimings(timings: AnnotateTimings): string {
  return Object.entries(timings)
    .filter(([, ms]) => ms >= 0.5)
    .map(([part, ms]) => `${part} ${Math.round(ms)} ms`)
    .join(', ') || 'nothing annotated';
}

/** An annotated cable from its cache file. */
function readAnnotated(path: string): AnnotatedCable {
  return JSON.parse(readFileSync(path, 'utf8')) as AnnotatedCable;
}

/** The cable under another site id (a duplicate's suffix): its id and its citation's path. */
function withId(cable: AnnotatedCable, id: string): AnnotatedCable {
  if (cable.id === id) return cable;
  const { annotations } = cable;
  return { ...cable, id, annotations: { ...annotations, citation: { ...annotations.citation, path: `/cables/${id}/` } } };
}

/** In dev, follows the cable folder: a changed text or annotation file re-renders its cable. */
function watchCables(
  context: LoaderContext,
  dir: string,
  on: { changed(path: string): Promise<void>; deleted(path: string): Promise<void> },
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  const inside = (path: string) => {
    const fromDir = relative(dir, path);
    return fromDir !== '' && !fromDir.startsWith('..') && !isAbsolute(fromDir);
  };
  const reload = (path: string) => {
    const cablePath = cablePathFor(path);
    if (!cablePath || !inside(path) || !existsSync(cablePath)) return;
    on.changed(cablePath).catch((error: unknown) => logger.error(`${relative(dir, path)}: ${String(error)}`));
  };
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', (path) => {
    if (!inside(path)) return;
    if (path.endsWith(CABLE_SUFFIX)) {
      on.deleted(path).catch((error: unknown) => logger.error(`${relative(dir, path)}: ${String(error)}`));
    } else reload(path); // an annotation file removed: the cable goes back to its own headings
  });
}
