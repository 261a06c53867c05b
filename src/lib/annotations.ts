import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { ParseWarning } from './types.ts';

/**
 * Editorial annotations for one cable, read from the sidecar `X.annotations.yaml` beside `X.txt`.
 * Each top-level key is one kind of annotation; today only `sections` exists (issue 3 adds
 * per-paragraph notes under its own key). See docs/annotations.md.
 */
export interface CableAnnotations {
  /** Short ids and labels for the cable's sections, matched by heading text or by section id. */
  sections: SectionAnnotation[];
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

/** Section anchors must be short lowercase slugs: they become `#id` in links. */
const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;
/** Ids the contract reserves for paragraphs: a section must never take them. */
const PARAGRAPH_ANCHOR = /^(par\d+|text-\d+)/;

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
  const lineCounter = new LineCounter();
  const warn = (offset: number | undefined, message: string): void => {
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    warnings.push({ line, message: `${file}:${line}: ${message}` });
  };
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;

  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) warn(error.pos[0], `annotations: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { sections, warnings };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { sections, warnings };
  }
  if (!isMap(root)) {
    warn(root.range?.[0], 'annotations: the file must be a mapping with keys such as `sections:`');
    return { sections, warnings };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'sections') {
      warn((pair.key as Node | null)?.range?.[0], `annotations: unknown key "${key}" ignored`);
      continue;
    }
    const list = pair.value as Node | null;
    if (!isSeq(list)) {
      warn(list?.range?.[0], 'annotations: `sections` must be a list of entries');
      continue;
    }
    for (const item of list.items) {
      const entry = item as Node | null;
      const line = lineOf(entry);
      if (!isMap(entry)) {
        warn(entry?.range?.[0], 'annotations: each section entry must be a mapping (heading/section, id, label)');
        continue;
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
        continue;
      }
      if (annotation.id === undefined && annotation.label === undefined) {
        warn(entry.range?.[0], 'annotations: section entry gives neither `id:` nor `label:`');
        continue;
      }
      sections.push(annotation);
    }
  }
  return { sections, warnings };
}

/** Heading text compared loosely: only its words count, not case, spacing or punctuation. */
export function headingKey(heading: string): string {
  return (heading.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
