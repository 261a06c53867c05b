/**
 * Astro's cache folder and output folder for a shard's pages job (issue 12). Astro keeps its content store in
 * `<cacheDir>/data-store.json` and bundles it into the build: two shards' `astro build`s side by
 * side with one cache folder would read each other's store. So each shard's build has its own
 * (`<work>/cache/<k>`, `CABLE_ASTRO_CACHE`, astro.config.mjs), where the loader finds every
 * shard's annotations through a link to the one folder of them the facts jobs and whole builds
 * fill (`node_modules/.astro/cable-pages/<key>/annotated`): nothing is annotated twice.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { cacheFolder } from '../../src/loader/annotate-cache.ts';

/**
 * Where shard k's astro build writes its site before it goes to `outDir`: `outDir` itself when it
 * is under the project root, else `.astro/shard-dist/<k>/` in the project. Astro writes its
 * prerender chunks to `<outDir>/.prerender/` when the outDir is under the working directory (the
 * project root: the site reads `data/` from there), else to `<root>/.astro/.prerender/`, which
 * shards side by side would write and clean at once; and the chunks must be under the project,
 * whose node_modules they import.
 */
export function shardBuildDir(root: string, outDir: string, index: number): string {
  return outDir.startsWith(root + sep) ? outDir : join(root, '.astro', 'shard-dist', String(index));
}

/** Moves a site built in `from` to `to` (one rename on one file system, else a copy). */
export function moveSite(from: string, to: string): void {
  if (from === to) return;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Astro's default cache folder (the loader's `context.config.cacheDir` when nothing sets it). */
export const ASTRO_CACHE = 'node_modules/.astro';

/** The folder of annotations for the cables folder `dir`, shared by every shard plan and the whole build. */
export function annotatedFolder(root: string, dir: string): string {
  return join(cacheFolder(join(root, ASTRO_CACHE), root, dir, null), 'annotated');
}

/** Shard k's Astro cache folder, with the link to the annotations made; returns it. */
export function shardAstroCache(root: string, work: string, dir: string, index: number): string {
  const cache = join(work, 'cache', String(index));
  const shared = annotatedFolder(root, dir);
  const link = join(cacheFolder(cache, root, dir, null), 'annotated');
  mkdirSync(shared, { recursive: true });
  const linked = existsSync(link) && lstatSync(link).isSymbolicLink() && readlinkSync(link) === shared;
  if (!linked) {
    rmSync(link, { recursive: true, force: true });
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(shared, link, 'dir');
  }
  return cache;
}
