import { relative } from 'node:path';
import { annotateCable, newAnnotateTimings, type AnnotateTimings } from '../lib/annotate.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { readCableSource } from '../lib/read.ts';
import type { AnnotatedCable } from '../lib/types.ts';
import { renderNoteMarkdown } from '../render/note-markdown.ts';
import { cableSchema } from './schema.ts';

/** One cable file read, parsed, annotated and checked, with what each step took. */
export interface AnnotatedFile {
  cable: AnnotatedCable;
  parseMs: number;
  timings: AnnotateTimings;
}

/**
 * Reads, parses and annotates one cable file (not yet linked to other cables), and checks the
 * contract part against the schema. Runs in the loader's process or in an annotate worker.
 */
export async function annotateCableFile(path: string, root: string, glossaryPath: string): Promise<AnnotatedFile> {
  const timings = newAnnotateTimings();
  const parseStart = performance.now();
  const source = await readCableSource(path, { root });
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
