import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listCableFiles, readCable } from '../lib/read.ts';
import type { Cable } from '../lib/types.ts';
import { renderCable } from '../render/pipeline.ts';
import type { CablePage } from './page.ts';
import { cableSchema } from './schema.ts';

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
 * A digest of the code that turns text into pages (src/lib, src/render, src/loader), so a cached
 * cable is re-parsed when the parser, the pipeline or the page file's shape changes, not only
 * when its text does.
 */
function codeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of ['src/lib', 'src/render', 'src/loader']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(full, name)));
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

/** A cached entry of the store, by file. */
interface CachedEntry {
  id: string;
  digest: string;
  page: string | undefined;
}

/**
 * The content-layer loader of the `cables` collection: lists the cable files, reads and parses
 * each, validates it and renders its body through our unified pipeline. The full Cable and its
 * HTML go to one page file per cable (`CablePage`, under the cache dir); the store keeps only
 * the listing fields and that file's path, so Astro's bundle of the store stays small.
 * Unchanged cables (same bytes, same annotations, same code, page file present) are skipped.
 * In `npm run dev` it re-renders a cable when its text or annotation file changes and drops it
 * when the file is deleted.
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
      const pagesDir = join(
        fileURLToPath(new URL('cable-pages/', context.config.cacheDir)),
        createHash('sha256').update(root).update('\0').update(dir).digest('hex').slice(0, 16),
      );
      mkdirSync(pagesDir, { recursive: true });

      /** The page file of a cable: named by its content, so a changed cable changes its store data. */
      function pagePath(id: string, contentHash: string): string {
        return join(pagesDir, `${encodeURIComponent(id)}.${contentHash.slice(0, 16)}.json`);
      }

      /** The page file a store entry points to, if any. */
      function pageOf(id: string): string | undefined {
        const page = store.get(id)?.data['page'];
        return typeof page === 'string' ? page : undefined;
      }

      /** Deletes a store entry and its page file (if it is ours). */
      function dropEntry(id: string): void {
        const page = pageOf(id);
        if (page?.startsWith(pagesDir)) rmSync(page, { force: true });
        store.delete(id);
      }

      /** Which id each file got, so a changed or deleted file finds its entry. */
      const idByFile = new Map<string, string>();
      /** Which file holds each id, to spot duplicates. */
      const fileById = new Map<string, string>();
      let parseMs = 0;
      let renderMs = 0;
      let storeMs = 0;

      /** The id a cable gets on the site: its own, or with a suffix when another file has it. */
      function uniqueId(cable: Cable, path: string): string {
        let id = cable.id;
        for (let n = 2; fileById.has(id) && fileById.get(id) !== path; n += 1) id = `${cable.id}-${n}`;
        if (id !== cable.id) {
          const first = relative(root, fileById.get(cable.id) ?? '');
          logger.warn(`duplicate id ${cable.id} (also ${first}): ${relative(root, path)} is published as ${id}`);
        }
        return id;
      }

      /** Reads, parses, renders and stores one cable; returns it when it was (re)parsed. */
      async function loadCable(path: string, cached: Map<string, CachedEntry>) {
        const sidecar = annotationsPath(path);
        const bytes = await readFile(path);
        const annotations = existsSync(sidecar) ? await readFile(sidecar, 'utf8') : '';
        const contentHash = createHash('sha256').update(bytes).update('\0').update(annotations).update(code).digest('hex');
        const digest = context.generateDigest(contentHash);
        const previous = cached.get(path);
        if (
          previous &&
          previous.digest === digest &&
          store.has(previous.id) &&
          previous.page === pagePath(previous.id, contentHash) &&
          existsSync(previous.page)
        ) {
          idByFile.set(path, previous.id);
          fileById.set(previous.id, path);
          return null;
        }

        const parseStart = performance.now();
        const parsed = await readCable(path, { root });
        parseMs += performance.now() - parseStart;

        const id = uniqueId(parsed, path);
        const cable: Cable = id === parsed.id ? parsed : { ...parsed, id };
        // In dev, a file whose id changed (its text changed) leaves its old entry behind.
        const oldId = idByFile.get(path);
        if (oldId !== undefined && oldId !== id && fileById.get(oldId) === path) {
          dropEntry(oldId);
          fileById.delete(oldId);
        }
        idByFile.set(path, id);
        fileById.set(id, path);

        const renderStart = performance.now();
        const { html } = renderCable(cable);
        renderMs += performance.now() - renderStart;

        const storeStart = performance.now();
        // The full Cable is checked here; the store's schema covers only the listing fields.
        const checked = cableSchema.safeParse(cable);
        if (!checked.success) throw new Error(`${relative(root, path)}: invalid cable: ${checked.error.message}`);
        const page = pagePath(id, contentHash);
        const previousPage = pageOf(id);
        writeFileSync(page, JSON.stringify({ cable: checked.data, html } satisfies CablePage));
        if (previousPage !== undefined && previousPage !== page && previousPage.startsWith(pagesDir)) {
          rmSync(previousPage, { force: true });
        }
        const { file, referenceId, subject, date, origin, classification } = checked.data;
        const data = await context.parseData({ id, data: { id, file, referenceId, subject, date, origin, classification, page } });
        store.set({ id, data, filePath: relative(root, path), digest });
        storeMs += performance.now() - storeStart;
        return cable;
      }

      // What the store already holds (from an earlier build or dev session), by file.
      const cached = new Map<string, CachedEntry>();
      for (const entry of store.values()) {
        if (entry.filePath && entry.digest !== undefined) {
          cached.set(resolve(root, entry.filePath), { id: entry.id, digest: String(entry.digest), page: pageOf(entry.id) });
        }
      }

      const files = (await listCableFiles(dir)).map((file) => resolve(dir, file));
      logger.info(`${files.length} cable files in ${relative(root, dir) || '.'}`);
      const tally = new WarningTally();
      let parsedCount = 0;
      for (const [index, path] of files.entries()) {
        const cable = await loadCable(path, cached);
        if (cable) {
          parsedCount += 1;
          tally.add(cable, root);
        }
        if ((index + 1) % PROGRESS_EVERY === 0) logger.info(`parsed ${index + 1}/${files.length} cables`);
      }

      // Entries no present file claims: deleted files, ids that changed since the cached build.
      for (const id of store.keys()) {
        if (!fileById.has(id)) dropEntry(id);
      }

      logger.info(
        `parse ${Math.round(parseMs)} ms, render ${Math.round(renderMs)} ms, ${parsedCount} cables` +
          (parsedCount < files.length ? ` (${files.length - parsedCount} unchanged, skipped)` : ''),
      );
      logger.info(`validate and store ${Math.round(storeMs)} ms, ${parsedCount} cables`);
      tally.report(logger, parsedCount);

      watchCables(context, dir, {
        async changed(path) {
          const cable = await loadCable(path, new Map());
          logger.info(`re-rendered ${cable?.id ?? basename(path)}`);
          for (const warning of cable?.warnings ?? []) {
            logger.warn(`${relative(root, path)}:${warning.line} ${warning.message}`);
          }
        },
        deleted(path) {
          const id = idByFile.get(path);
          if (id === undefined) return;
          dropEntry(id);
          idByFile.delete(path);
          fileById.delete(id);
          logger.info(`removed ${id}`);
        },
      });
    },
  } satisfies Loader;
}

/** In dev, follows the cable folder: a changed text or annotation file re-renders its cable. */
function watchCables(
  context: LoaderContext,
  dir: string,
  on: { changed(path: string): Promise<void>; deleted(path: string): void },
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
    if (path.endsWith(CABLE_SUFFIX)) on.deleted(path);
    else reload(path); // an annotation file removed: the cable goes back to its own headings
  });
}
