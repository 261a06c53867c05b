/**
 * Where the loader (and a shard job's facts stage, scripts/shard/facts.ts) keeps each file's
 * annotated cable: named by the file's path and a digest of its bytes, its annotation file and
 * the code and data that annotate it, so an unchanged cable is never annotated twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AnnotatedCable } from '../lib/types.ts';

const CABLE_SUFFIX = '.txt';
const ANNOTATIONS_SUFFIX = '.annotations.yaml';

/** What the annotated cache holds for a file that is not published (docs/bad-input.md). */
export interface SkippedEntry {
  skipped: string;
}

/** The annotation file that may sit beside a cable: `x.txt` → `x.annotations.yaml`. */
function annotationsPath(cablePath: string): string {
  return cablePath.slice(0, -CABLE_SUFFIX.length) + ANNOTATIONS_SUFFIX;
}

/**
 * A digest of the code and data that turn text into pages (src/lib, src/render, src/loader,
 * data/ such as the glossary, and package-lock.json), so a cached cable is annotated again when the parser, an
 * annotator, the glossary, the pipeline or the page file's shape changes, not only when its text does.
 */
export function codeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const [dir, extensions] of [['src/lib', ['.ts']], ['src/render', ['.ts']], ['src/loader', ['.ts']], ['data', ['.yaml', '.yml', '.json']]] as const) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      if (extensions.some((extension) => name.endsWith(extension))) hash.update(name).update(readFileSync(join(full, name)));
    }
  }
  // The libraries' versions (the NLP library, the Markdown pipeline) change output too.
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/**
 * The loader's cache folder for one project, cables folder and shard (builds of other checkouts
 * may share Astro's cache dir; shards of one checkout must not delete each other's files).
 */
export function cacheFolder(astroCacheDir: string, root: string, cablesDir: string, shard: string | null): string {
  // Normalised: Astro's root URL ends in a slash, a script's working directory does not.
  const key = createHash('sha256').update(resolve(root)).update('\0').update(resolve(cablesDir));
  if (shard !== null) key.update('\0').update(shard);
  return join(astroCacheDir, 'cable-pages', key.digest('hex').slice(0, 16));
}

/**
 * Where a file's annotated cable is cached, by its path and content (bytes, annotation
 * file, code, data). An unreadable annotation file counts as its error, so it is read
 * again (and warned about by the annotator) until it can be.
 */
export async function cacheSlot(path: string, root: string, code: string, annotatedDir: string): Promise<{ contentHash: string; annotatedPath: string }> {
  // Sync reads, as src/lib/read.ts's (why there).
  const bytes = readFileSync(path);
  let annotations: Buffer | string = '';
  try {
    annotations = readFileSync(annotationsPath(path));
  } catch (error) {
    const errorCode = (error as NodeJS.ErrnoException).code;
    if (errorCode !== 'ENOENT') annotations = `\0unreadable ${errorCode ?? String(error)}`;
  }
  const file = relative(root, path);
  const contentHash = createHash('sha256').update(file).update('\0').update(bytes).update('\0').update(annotations).update(code).digest('hex');
  return { contentHash, annotatedPath: annotatedPathOf(annotatedDir, file, contentHash) };
}

/** The cache file of a file's annotated cable (`file` from the project root), by its path and content hash. */
export function annotatedPathOf(annotatedDir: string, file: string, contentHash: string): string {
  const fileKey = createHash('sha256').update(file).digest('hex').slice(0, 16);
  return join(annotatedDir, `${fileKey}.${contentHash.slice(0, 16)}.json`);
}

/** An annotated cable (or a skipped file's reason) from its cache file. */
export function readAnnotated(path: string): AnnotatedCable | SkippedEntry {
  return JSON.parse(readFileSync(path, 'utf8')) as AnnotatedCable | SkippedEntry;
}
