// Sync calls, in async functions: the loader reads its files one at a time, and the promise-based
// calls (a thread-pool trip each) cost about four times their CPU (issue 7, docs/benchmarks.md).
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { annotationPathFor, parseAnnotations, type CableAnnotations } from './annotations.ts';
import { decodeCable, MAX_CABLE_BYTES, tooLarge, UnusableFileError } from './decode.ts';
import { parseCable } from './parse.ts';
import type { Cable } from './types.ts';

export { UnusableFileError } from './decode.ts';

/** A cable with what it was parsed from: annotating needs the decoded text and the sidecar too. */
export interface CableSource {
  cable: Cable;
  /** The decoded text of the file (LF line breaks, control characters dropped). */
  text: string;
  /** The sidecar annotations (`X.annotations.yaml`), or null when the cable has none. */
  sidecar: CableAnnotations | null;
}

/**
 * Reads one cable file: size check, bytes, decoding, the sidecar annotations when present,
 * parsing. `file` in the result is the path relative to `root` (default: the working directory),
 * with forward slashes. The decoder's warnings (replaced bytes, dropped control characters) come
 * first in the cable's warnings. Rejects when the file cannot be read, and with an
 * UnusableFileError when it is no cable (empty, blank, binary, too large: docs/bad-input.md).
 */
export async function readCableSource(path: string, options: { root?: string } = {}): Promise<CableSource> {
  const root = resolve(options.root ?? process.cwd());
  const absolute = resolve(root, path);
  // Before reading: a huge file is never loaded into memory.
  const { size } = statSync(absolute);
  if (size > MAX_CABLE_BYTES) throw new UnusableFileError(tooLarge(size));
  const { text, warnings } = decodeCable(readFileSync(absolute));
  const file = relative(root, absolute).split(sep).join('/');
  const sidecar = await readAnnotations(absolute, file);
  const cable = parseCable(text, { file, fileName: absolute.split(sep).pop(), annotations: sidecar });
  // The same object, not a copy: the parser's header facts (src/lib/header.ts) go with it.
  cable.warnings.unshift(...warnings);
  return { cable, text, sidecar };
}

/** Reads and parses one cable file (see `readCableSource`); the parsed Cable only. */
export async function readCable(path: string, options: { root?: string } = {}): Promise<Cable> {
  return (await readCableSource(path, options)).cable;
}

/**
 * The sidecar of a cable, parsed; null when there is none. Never rejects: a sidecar that cannot
 * be read or decoded gives a warning naming the sidecar's own path and line 1.
 */
async function readAnnotations(cablePath: string, cableFile: string): Promise<CableAnnotations | null> {
  const path = annotationPathFor(cablePath);
  const file = annotationPathFor(cableFile);
  let source: string;
  try {
    source = decodeCable(readFileSync(path)).text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // An empty sidecar annotates nothing, as an empty YAML document does.
    if (error instanceof UnusableFileError && /^(empty|blank)/.test(error.reason)) return { file, sections: [], warnings: [] };
    const reason = error instanceof UnusableFileError ? error.reason : (error as Error).message;
    return { file, sections: [], warnings: [{ line: 1, message: `${file}:1: annotations could not be read: ${reason}`, file }] };
  }
  return parseAnnotations(source, file);
}

/** A file or link under the cables folder that is not read, and why. */
export interface SkippedPath {
  /** The path as found, joined to the folder. */
  path: string;
  reason: string;
}

/**
 * Every `*.txt` under `dir`, recursively, as paths joined to `dir`, sorted. Symbolic links are
 * followed, to files and to folders; a folder reached twice (a link loop, or two links to one
 * folder) is read once, and a file reached twice is listed once (the first path found).
 * Broken links and loops are returned in `skipped`, with the reason.
 */
export async function findCableFiles(dir: string): Promise<{ files: string[]; skipped: SkippedPath[] }> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    const real = realpathSync.native(folder);
    if (seenDirs.has(real)) {
      skipped.push({ path: folder, reason: `a link to a folder already read (${real}): not read again` });
      return;
    }
    seenDirs.add(real);
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (entry.name.toLowerCase().endsWith('.txt') || (error as NodeJS.ErrnoException).code === 'ELOOP') {
            skipped.push({ path, reason: `a link that leads nowhere (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
          }
          continue;
        }
      }
      if (isDir) await walk(path);
      else if (isFile && entry.name.toLowerCase().endsWith('.txt')) {
        // A file that is no link is where its folder really is: one realpath per file only for links (a 50,000-cable folder: 0.8 → 0.3 CPU s, listed by every shard job).
        const realFile = entry.isSymbolicLink() ? realpathSync.native(path) : join(real, entry.name);
        const first = seenFiles.get(realFile);
        if (first !== undefined) skipped.push({ path, reason: `the same file as ${first}: read once` });
        else {
          seenFiles.set(realFile, path);
          files.push(path);
        }
      }
    }
  };
  await walk(dir);
  return { files: files.sort(), skipped };
}

/** Every `*.txt` under `dir` (see `findCableFiles`), without the skipped links. */
export async function listCableFiles(dir: string): Promise<string[]> {
  return (await findCableFiles(dir)).files;
}
