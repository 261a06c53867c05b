import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Cable, ParseWarning } from './types.ts';

/**
 * Editorial annotations for one cable, read from the sidecar `X.annotations.yaml` beside `X.txt`.
 * Each top-level key is one kind of annotation: `sections` and `notes`. See docs/annotations.md.
 */
export interface CableAnnotations {
  /** The sidecar's path as warnings name it (absent for annotations made in code). */
  file?: string;
  /** Short ids and labels for the cable's sections, matched by heading text or by section id. */
  sections: SectionAnnotation[];
  /**
   * Editor's notes on paragraphs, in file order; present when the sidecar has a `notes:` key
   * (so a sidecar with sections only, or one that could not be read, gives the same value as before).
   */
  notes?: NoteAnnotation[];
  /** Problems found in the sidecar file (file and line in the message); never thrown. */
  warnings: ParseWarning[];
}

export interface SectionAnnotation {
  /** The heading as the cable writes it (compared ignoring case, spacing and trailing punctuation). */
  heading?: string;
  /** Or: the id the parser gives the section without annotations (e.g. `summary`). */
  section?: string;
  /** The short id to use as the section's anchor. */
  id?: string;
  /** The title to show instead of the cable's own heading. */
  label?: string;
  /** 1-based line in the sidecar file, for warnings. */
  line: number;
}

/** An editor's note on one paragraph, as the sidecar gives it (not yet checked against the cable). */
export interface NoteAnnotation {
  /** The paragraph's anchor: `paragraph: 6` gives `par6`; `par6-2` and `text-1` are taken as written. */
  paragraph: string;
  /** The note as written, in Markdown (leading blank lines and trailing whitespace dropped). */
  markdown: string;
  /** 1-based line of the entry in the sidecar file, for warnings. */
  line: number;
}

/** A note that belongs to a paragraph of the cable. */
export interface ResolvedNote {
  /** The paragraph's anchor. */
  paragraph: string;
  /** The note as written (Markdown). */
  markdown: string;
}

/** Section anchors must be short lowercase slugs: they become `#id` in links. */
const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;
/** Ids the contract reserves for paragraphs: a section must never take them. */
const PARAGRAPH_ANCHOR = /^(par\d+|text-\d+)/;
/** A whole paragraph anchor as the parser makes them: `par6`, `par6-2` (a number written twice), `text-1`. */
const PARAGRAPH_ANCHOR_EXACT = /^(par[1-9]\d*(-[2-9]|-[1-9]\d+)?|text-[1-9]\d*)$/;

/** The sidecar path for a cable path: `X.txt` → `X.annotations.yaml`. */
export function annotationPathFor(cablePath: string): string {
  return cablePath.replace(/\.txt$/i, '') + '.annotations.yaml';
}

/**
 * Parses sidecar YAML. Never throws: bad input gives warnings (with `file` and line) and whatever
 * entries could still be read.
 */
export function parseAnnotations(source: string, file: string): CableAnnotations {
  const warnings: ParseWarning[] = [];
  const sections: SectionAnnotation[] = [];
  let notes: NoteAnnotation[] | undefined;
  const result = (): CableAnnotations => (notes ? { file, sections, notes, warnings } : { file, sections, warnings });
  const lineCounter = new LineCounter();
  const warn: Warn = (offset, message) => {
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    warnings.push({ line, message: `${file}:${line}: ${message}`, file });
  };
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;

  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) warn(error.pos[0], `annotations: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return result();

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return result();
  }
  if (!isMap(root)) {
    warn(root.range?.[0], 'annotations: the file must be a mapping with keys such as `sections:` or `notes:`');
    return result();
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'sections' && key !== 'notes') {
      warn((pair.key as Node | null)?.range?.[0], `annotations: unknown key "${key}" ignored`);
      continue;
    }
    const list = pair.value as Node | null;
    if (!isSeq(list)) {
      warn(list?.range?.[0], `annotations: \`${key}\` must be a list of entries`);
      continue;
    }
    const entries = list.items as Array<Node | null>;
    if (key === 'sections') {
      for (const entry of entries) {
        const section = readSection(entry, lineOf(entry), warn);
        if (section) sections.push(section);
      }
    } else {
      const noteList = (notes ??= []);
      for (const entry of entries) {
        const note = readNote(entry, lineOf(entry), warn);
        if (note) noteList.push(note);
      }
    }
  }
  return result();
}

/** Reports a problem at a character offset of the sidecar. */
type Warn = (offset: number | undefined, message: string) => void;

/** One `sections:` entry, or null (with a warning) when it cannot be used. */
function readSection(entry: Node | null, line: number, warn: Warn): SectionAnnotation | null {
  if (!isMap(entry)) {
    warn(entry?.range?.[0], 'annotations: each section entry must be a mapping (heading/section, id, label)');
    return null;
  }
  const annotation: SectionAnnotation = { line };
  for (const field of entry.items) {
    const name = isScalar(field.key) ? String(field.key.value) : '';
    const value = isScalar(field.value) ? field.value.value : undefined;
    const fieldOffset = (field.key as Node | null)?.range?.[0];
    if (!['heading', 'section', 'id', 'label'].includes(name)) {
      warn(fieldOffset, `annotations: unknown section field "${name}" ignored`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      warn(fieldOffset, `annotations: section field "${name}" must be a non-empty text`);
      continue;
    }
    if (name === 'id' && (!SECTION_ID.test(value) || PARAGRAPH_ANCHOR.test(value))) {
      warn(fieldOffset, `annotations: section id "${value}" is not a short lowercase slug (or is a paragraph anchor); ignored`);
      continue;
    }
    annotation[name as 'heading' | 'section' | 'id' | 'label'] = value.trim();
  }
  if (annotation.heading === undefined && annotation.section === undefined) {
    warn(entry.range?.[0], 'annotations: section entry needs `heading:` or `section:` to say which section it is');
    return null;
  }
  if (annotation.id === undefined && annotation.label === undefined) {
    warn(entry.range?.[0], 'annotations: section entry gives neither `id:` nor `label:`');
    return null;
  }
  return annotation;
}

/** One `notes:` entry (`paragraph:` and `note:`), or null (with a warning) when it cannot be used. */
function readNote(entry: Node | null, line: number, warn: Warn): NoteAnnotation | null {
  if (!isMap(entry)) {
    warn(entry?.range?.[0], 'annotations: each note entry must be a mapping (paragraph, note)');
    return null;
  }
  let paragraph: string | undefined;
  let markdown: string | undefined;
  let broken = false;
  for (const field of entry.items) {
    const name = isScalar(field.key) ? String(field.key.value) : '';
    const value = isScalar(field.value) ? field.value.value : undefined;
    const fieldOffset = (field.key as Node | null)?.range?.[0];
    if (name === 'paragraph') {
      paragraph = paragraphAnchor(value);
      if (paragraph === undefined) {
        warn(fieldOffset, `annotations: note paragraph ${JSON.stringify(value ?? null)} is neither a paragraph number (6) nor an anchor (par6, text-1)`);
        broken = true;
      }
    } else if (name === 'note') {
      markdown = typeof value === 'string' ? value.replace(/^(?:[ \t]*\n)+/, '').trimEnd() : '';
      if (markdown === '') {
        warn(fieldOffset, 'annotations: note field "note" must be a non-empty Markdown text');
        broken = true;
      }
    } else {
      warn(fieldOffset, `annotations: unknown note field "${name}" ignored`);
    }
  }
  if (broken) return null;
  if (paragraph === undefined || markdown === undefined) {
    warn(entry.range?.[0], 'annotations: note entry needs both `paragraph:` (which paragraph) and `note:` (the text)');
    return null;
  }
  return { paragraph, markdown, line };
}

/** `6` or `"6"` → `par6`; a paragraph anchor as written; anything else → undefined. */
function paragraphAnchor(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? `par${value}` : undefined;
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  if (/^[1-9]\d*$/.test(written)) return `par${written}`;
  return PARAGRAPH_ANCHOR_EXACT.test(written) ? written : undefined;
}

/**
 * The notes that belong to paragraphs of `cable`, in the cable's paragraph order (notes on the
 * same paragraph keep the sidecar's order). A note on a paragraph the cable does not have gives a
 * warning with `file`:line and is left out. Never throws.
 * @param file the sidecar's path, as in its parse warnings: `annotationPathFor(cable.file)`
 *   (the line numbers are the sidecar's, not the cable's).
 */
export function resolveNotes(
  annotations: CableAnnotations | null,
  cable: Cable,
  file: string,
): { notes: ResolvedNote[]; warnings: ParseWarning[] } {
  const order = new Map(cable.paragraphs.map((paragraph, index) => [paragraph.anchor, index]));
  const warnings: ParseWarning[] = [];
  const placed: Array<{ index: number; note: NoteAnnotation }> = [];
  for (const note of annotations?.notes ?? []) {
    const index = order.get(note.paragraph);
    if (index === undefined) {
      warnings.push({
        line: note.line,
        message: `${file}:${note.line}: annotations: note on paragraph "${note.paragraph}" matches no paragraph of this cable; ignored`,
        file,
      });
      continue;
    }
    placed.push({ index, note });
  }
  // Array.prototype.sort is stable: equal indexes keep the sidecar's order.
  placed.sort((a, b) => a.index - b.index);
  return { notes: placed.map(({ note }) => ({ paragraph: note.paragraph, markdown: note.markdown })), warnings };
}

/** Heading text compared loosely: only its words count, not case, spacing or punctuation. */
export function headingKey(heading: string): string {
  return (heading.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
