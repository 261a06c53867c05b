import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { annotationPathFor, parseAnnotations, type CableAnnotations } from './annotations.ts';
import { decodeCable } from './decode.ts';
import { parseCable } from './parse.ts';
import type { Cable } from './types.ts';

/** A cable with what it was parsed from: annotating needs the decoded text and the sidecar too. */
export interface CableSource {
  cable: Cable;
  /** The decoded text of the file (before newline normalisation). */
  text: string;
  /** The sidecar annotations (`X.annotations.yaml`), or null when the cable has none. */
  sidecar: CableAnnotations | null;
}

/**
 * Reads one cable file: bytes, decoding, the sidecar annotations when present, parsing.
 * `file` in the result is the path relative to `root` (default: the working directory), with
 * forward slashes. Rejects only when the cable file itself cannot be read.
 */
export async function readCableSource(path: string, options: { root?: string } = {}): Promise<CableSource> {
  const root = resolve(options.root ?? process.cwd());
  const absolute = resolve(root, path);
  const bytes = await readFile(absolute);
  const { text } = decodeCable(bytes);
  const file = relative(root, absolute).split(sep).join('/');
  const sidecar = await readAnnotations(absolute, file);
  const cable = parseCable(text, { file, fileName: absolute.split(sep).pop(), annotations: sidecar });
  return { cable, text, sidecar };
}

/** Reads and parses one cable file (see `readCableSource`); the parsed Cable only. */
export async function readCable(path: string, options: { root?: string } = {}): Promise<Cable> {
  return (await readCableSource(path, options)).cable;
}

/** The sidecar of a cable, parsed; null when there is none. */
async function readAnnotations(cablePath: string, cableFile: string): Promise<CableAnnotations | null> {
  const path = annotationPathFor(cablePath);
  let source: string;
  try {
    source = decodeCable(await readFile(path)).text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { sections: [], warnings: [{ line: 1, message: `${annotationPathFor(cableFile)}:1: annotations could not be read: ${(error as Error).message}` }] };
  }
  return parseAnnotations(source, annotationPathFor(cableFile));
}

/** Every `*.txt` under `dir`, recursively, as paths joined to `dir`, sorted. */
export async function listCableFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
