import { relative } from 'node:path';
import { annotateCable, newAnnotateTimings, type AnnotateTimings } from '../lib/annotate.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { readCableSource, UnusableFileError } from '../lib/read.ts';
import type { AnnotatedCable } from '../lib/types.ts';
import { renderNoteMarkdown } from '../render/note-markdown.ts';
import { cableSchema } from './schema.ts';

/** One cable file read, parsed, annotated and checked, with what each step took. */
export interface AnnotatedFile {
  cable: AnnotatedCable;
  parseMs: number;
  timings: AnnotateTimings;
}

/** A file that is left out of the site, and why (docs/bad-input.md). */
export interface SkippedFile {
  skipped: string;
}

/**
 * Reads, parses and annotates one cable file (not yet linked to other cables), and checks the
 * contract part against the schema. Runs in the loader's process or in an annotate worker.
 * A file that is no cable (empty, blank, binary, too large) or cannot be read is skipped with
 * the reason; anything else (a bug) throws.
 */
export async function annotateCableFile(path: string, root: string, glossaryPath: string): Promise<AnnotatedFile | SkippedFile> {
  const timings = newAnnotateTimings();
  const parseStart = performance.now();
  let source;
  try {
    source = await readCableSource(path, { root });
  } catch (error) {
    if (error instanceof UnusableFileError) return { skipped: error.reason };
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) return { skipped: `cannot be read (${code}: ${(error as Error).message})` };
    throw error;
  }
  const parseMs = performance.now() - parseStart;
  const annotated = annotateCable(source.cable, {
    text: source.text,
    sidecar: source.sidecar,
    glossary: loadGlossary(glossaryPath),
    renderNote: renderNoteMarkdown,
    timings,
  });
  // The full Cable is checked here; the store's schema covers only the listing fields.
  const checked = cableSchema.safeParse(annotated);
  if (!checked.success) throw new Error(`${relative(root, path)}: invalid cable: ${checked.error.message}`);
  return { cable: { ...checked.data, annotations: annotated.annotations }, parseMs, timings };
}
