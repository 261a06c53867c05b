import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slugify } from './slug.ts';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { ParseWarning, TermKind } from './types.ts';

/**
 * The glossary of cable language (docs/glossary.md): TAGS codes, jargon, acronyms, portion
 * markings and classification reasons, read from `data/glossary.yaml` and checked; the keys its
 * lookups share (forms, markings). Pure: no Astro, no network; the only file read is the glossary.
 */

export const TERM_KINDS: readonly TermKind[] = [
  'subject-tag',
  'country-tag',
  'jargon',
  'acronym',
  'marking',
  'classification-reason',
];

/** A meaning that holds only in cables from or about some places (GOG: Guatemala, Ghana…). */
export interface GlossaryContext {
  /** Upper-case place words (`GUATEMALA`, `LA PAZ`) or two-letter country tags (`GT`). */
  places: string[];
  meaning: string;
}

/** One entry of the glossary. */
export interface GlossaryEntry {
  /** The term as the glossary writes it (`SFRC`, `reftel`, `E.O. 12958`, `PREL`, `C//NF`). */
  term: string;
  /** Stable lowercase slug, unique in the glossary: `#id` on `/glossary/`, `term-<id>` on a page. */
  id: string;
  kind: TermKind;
  /** Our own words: what the term means (the general meaning when `contexts` refine it). */
  meaning: string;
  /** Other written forms that mean the same (`REFTEL`, `Reftels`, `EO 12958`). */
  forms: string[];
  /** Whether the forms match only as written (acronyms, tags) or in any case (jargon). */
  caseSensitive: boolean;
  /** Tags only: also match in the text (organisation tags such as `NATO`, `EU`). */
  inText: boolean;
  /** The letters also spell an ordinary word (`GOT`, `ICE`, `VAT`): no match in text written all in capitals. */
  ordinaryWord: boolean;
  /** Markings: a short label for badges and counts (`Confidential, no foreign nationals`). */
  label: string | null;
  /** Meanings that depend on where the cable comes from, first match wins. */
  contexts: GlossaryContext[];
}

/** The glossary: its entries in file order, and lookups built once. */
export interface Glossary {
  entries: GlossaryEntry[];
  /** Entry by id. */
  byId: Map<string, GlossaryEntry>;
  /** Tag entries (subject-tag, country-tag) by the upper-cased code and forms. */
  tags: Map<string, GlossaryEntry>;
  /** Marking entries by normalised marking (`S//NF`). */
  markings: Map<string, GlossaryEntry>;
  /** Classification-reason entries by letter (`b`). */
  reasons: Map<string, GlossaryEntry>;
  /** Per kind-set matchers, built on first use (internal to termMatches). */
  matchers: Map<string, Matcher>;
}

/** Where a glossary term occurs in a text: UTF-16 offsets, `end` exclusive. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

const TAG_KINDS: ReadonlySet<TermKind> = new Set(['subject-tag', 'country-tag']);
export const TEXT_KINDS: readonly TermKind[] = ['jargon', 'acronym', 'classification-reason', 'subject-tag', 'country-tag'];
const ENTRY_FIELDS = ['term', 'id', 'kind', 'meaning', 'forms', 'caseSensitive', 'inText', 'ordinaryWord', 'label', 'contexts'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const REASON_TERM = /^1\.4 \(([a-h])\)$/;

/**
 * Parses glossary YAML: a list of entries (see docs/glossary.md). Never throws: a bad entry is
 * skipped with a warning that names `file` and the line; a duplicate id or form keeps the first.
 */
export function parseGlossary(source: string, file: string): { glossary: Glossary; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const entries: Array<{ entry: GlossaryEntry; node: Node }> = [];
  const lineCounter = new LineCounter();
  const warn = (node: Node | null | undefined, message: string): void => {
    const offset = node?.range?.[0];
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    warnings.push({ line, message: `${file}:${line}: ${message}` });
  };

  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    warnings.push({ line, message: `${file}:${line}: glossary: ${error.message.split('\n')[0]}` });
  }
  const root = doc.contents;
  if (doc.errors.length === 0 && root !== null && !(isScalar(root) && (root.value === null || root.value === ''))) {
    if (!isSeq(root)) warn(root, 'glossary: the file must be a list of entries (`- term: …`)');
    else for (const item of root.items) {
      const entry = readEntry(item as Node | null, warn);
      if (entry) entries.push({ entry, node: item as Node });
    }
  }
  return { glossary: buildGlossary(entries, warn), warnings };
}

/** Reads one YAML entry; null (with a warning) when it cannot be used. */
function readEntry(node: Node | null, warn: (node: Node | null | undefined, message: string) => void): GlossaryEntry | null {
  if (!isMap(node)) {
    warn(node, 'glossary: each entry must be a mapping with term, kind and meaning');
    return null;
  }
  const raw = new Map<string, { value: unknown; node: Node | null }>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyNode = pair.key as Node | null;
    if (!ENTRY_FIELDS.includes(key)) {
      warn(keyNode, `glossary: unknown field "${key}" ignored`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    raw.set(key, { value: valueNode && 'toJSON' in valueNode ? valueNode.toJSON() : null, node: keyNode });
  }
  const text = (key: string): string | null => {
    const value = raw.get(key)?.value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
  };
  const term = text('term');
  const kind = text('kind') as TermKind | null;
  const meaning = text('meaning');
  if (term === null || meaning === null) {
    warn(node, 'glossary: entry needs a non-empty `term` and `meaning`; skipped');
    return null;
  }
  if (kind === null || !TERM_KINDS.includes(kind)) {
    warn(raw.get('kind')?.node ?? node, `glossary: "${term}": kind must be one of ${TERM_KINDS.join(', ')}; skipped`);
    return null;
  }
  const formsValue = raw.get('forms')?.value ?? [];
  const forms = Array.isArray(formsValue) ? formsValue.filter((form): form is string | number => typeof form === 'string' || typeof form === 'number').map(String) : [];
  if (!Array.isArray(formsValue) || forms.length !== (formsValue as unknown[]).length) {
    warn(raw.get('forms')?.node, `glossary: "${term}": forms must be a list of texts`);
  }
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw.get(key)?.value;
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    warn(raw.get(key)?.node, `glossary: "${term}": ${key} must be true or false`);
    return fallback;
  };
  const contexts: GlossaryContext[] = [];
  const contextsValue = raw.get('contexts')?.value;
  if (contextsValue !== undefined) {
    const list = Array.isArray(contextsValue) ? contextsValue : [];
    for (const context of list) {
      const places = (context as { places?: unknown })?.places;
      const contextMeaning = (context as { meaning?: unknown })?.meaning;
      if (Array.isArray(places) && places.every((place) => typeof place === 'string') && typeof contextMeaning === 'string') {
        contexts.push({ places: places.map((place: string) => place.toUpperCase()), meaning: contextMeaning.trim() });
      } else {
        warn(raw.get('contexts')?.node, `glossary: "${term}": each context needs places (a list) and a meaning`);
      }
    }
    if (!Array.isArray(contextsValue)) warn(raw.get('contexts')?.node, `glossary: "${term}": contexts must be a list`);
  }
  const explicitId = text('id');
  if (explicitId !== null && !ID_PATTERN.test(explicitId)) {
    warn(raw.get('id')?.node, `glossary: "${term}": id "${explicitId}" is not a lowercase slug; skipped`);
    return null;
  }
  if (kind === 'classification-reason' && !REASON_TERM.test(term)) {
    warn(node, `glossary: "${term}": a classification reason is written "1.4 (x)" with x in a–h; skipped`);
    return null;
  }
  const id = explicitId ?? (kind === 'marking' ? markingId(term) : slugify(term, { decamelize: false }));
  return {
    term,
    id,
    kind,
    meaning,
    forms,
    caseSensitive: flag('caseSensitive', kind !== 'jargon'),
    inText: flag('inText', !TAG_KINDS.has(kind) && kind !== 'marking'),
    ordinaryWord: flag('ordinaryWord', false),
    label: text('label'),
    contexts,
  };
}

/** Indexes the entries; duplicates (id, tag, marking, text form) keep the first with a warning. */
function buildGlossary(candidates: Array<{ entry: GlossaryEntry; node: Node | null }>, warn: (node: Node | null | undefined, message: string) => void): Glossary {
  const glossary: Glossary = { entries: [], byId: new Map(), tags: new Map(), markings: new Map(), reasons: new Map(), matchers: new Map() };
  const textForms = new Map<string, GlossaryEntry>();
  candidates.forEach(({ entry, node }) => {
    if (glossary.byId.has(entry.id)) {
      warn(node, `glossary: duplicate id "${entry.id}" ("${entry.term}"); the first entry is kept`);
      return;
    }
    if (TAG_KINDS.has(entry.kind)) {
      const taken = [entry.term, ...entry.forms].find((form) => glossary.tags.has(form.toUpperCase()));
      if (taken !== undefined) {
        warn(node, `glossary: duplicate tag "${taken}"; the first entry is kept`);
        return;
      }
    }
    if (entry.kind === 'marking') {
      const taken = [entry.term, ...entry.forms].find((form) => glossary.markings.has(normaliseMarking(form)));
      if (taken !== undefined) {
        warn(node, `glossary: duplicate marking "${taken}"; the first entry is kept`);
        return;
      }
    }
    if (entry.inText && entry.kind !== 'classification-reason') {
      const taken = [entry.term, ...entry.forms].find((form) => textForms.has(formKey(form, entry.caseSensitive)));
      if (taken !== undefined) {
        warn(node, `glossary: "${taken}" is already a form of "${textForms.get(formKey(taken, entry.caseSensitive))!.term}"; the first entry is kept`);
        return;
      }
    }
    glossary.entries.push(entry);
    glossary.byId.set(entry.id, entry);
    if (TAG_KINDS.has(entry.kind)) for (const form of [entry.term, ...entry.forms]) glossary.tags.set(form.toUpperCase(), entry);
    if (entry.kind === 'marking') for (const form of [entry.term, ...entry.forms]) glossary.markings.set(normaliseMarking(form), entry);
    if (entry.kind === 'classification-reason') glossary.reasons.set(REASON_TERM.exec(entry.term)![1]!, entry);
    else if (entry.inText) for (const form of [entry.term, ...entry.forms]) textForms.set(formKey(form, entry.caseSensitive), entry);
  });
  return glossary;
}

/**
 * Parsed glossaries by path, with the file's modification time and size when it was read. On
 * `globalThis`: Astro loads this module twice in one build (the content loader's copy and the
 * pages' bundle), and the YAML is read once for both.
 */
function glossaryCache(): Map<string, { stamp: string; glossary: Glossary }> {
  const holder = globalThis as { [key: symbol]: Map<string, { stamp: string; glossary: Glossary }> | undefined };
  return (holder[Symbol.for('cable-reader.glossary')] ??= new Map());
}

/**
 * The project glossary: `data/glossary.yaml` found from this module's own location by default
 * (right for tsx, vitest and scripts; a bundle such as Astro's build moves the module, so it passes
 * the path). Read from its compiled form beside it when that is of these exact bytes (below), else
 * parsed. Sync, cached per path until the file changes; warnings go to stderr (the test suite requires none).
 */
export function loadGlossary(path: string = fileURLToPath(new URL('../../data/glossary.yaml', import.meta.url))): Glossary {
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const cached = glossaryCache().get(path);
  if (cached?.stamp === stamp) return cached.glossary;
  const source = readFileSync(path, 'utf8');
  let glossary = compiledGlossary(compiledPath(path), source);
  if (glossary === null) {
    const parsed = parseGlossary(source, path);
    // A broken glossary is a project bug, not a property of a cable: say so loudly, keep going.
    for (const warning of parsed.warnings) console.warn(warning.message);
    glossary = parsed.glossary;
  }
  glossaryCache().set(path, { stamp, glossary });
  return glossary;
}

// ---------------------------------------------------------------------------------------------
// The compiled form

/**
 * The glossary's entries as parseGlossary gives them, with the digest of the YAML they were read
 * from: `data/glossary.json`, written by `npm run glossary:compile`. Reading it costs about a
 * millisecond where parsing the YAML costs 60–180 ms of every build's CPU (issue 7). A YAML edited
 * since is parsed as before (a unit test asks for the file to be written again).
 */
export interface CompiledGlossary {
  /** SHA-256 of the YAML's text (UTF-8). */
  yamlSha256: string;
  entries: GlossaryEntry[];
}

/** The compiled form's path beside the YAML's: `glossary.yaml` → `glossary.json`. */
export function compiledPath(yamlPath: string): string {
  return yamlPath.replace(/\.ya?ml$/, '') + '.json';
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Compiles glossary YAML; throws on a warning (a warning needs the YAML's lines: fix the YAML first). */
export function compileGlossary(source: string, file: string): CompiledGlossary {
  const { glossary, warnings } = parseGlossary(source, file);
  if (warnings.length > 0) throw new Error(`${file}: not compiled, ${warnings.length} warnings:\n${warnings.map((warning) => warning.message).join('\n')}`);
  return { yamlSha256: sha256(source), entries: glossary.entries };
}

/** The compiled form as JSON, one entry a line (an edit shows as a readable diff). */
export function compiledGlossaryJson(compiled: CompiledGlossary): string {
  return `{"yamlSha256":${JSON.stringify(compiled.yamlSha256)},"entries":[\n${compiled.entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;
}

/** The glossary from its compiled form, or null when there is none or it is of other bytes than `source`. */
function compiledGlossary(path: string, source: string): Glossary | null {
  if (!existsSync(path)) return null;
  const compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledGlossary;
  if (compiled.yamlSha256 !== sha256(source)) return null;
  // The entries were compiled without a warning, so indexing them again gives none.
  return buildGlossary(compiled.entries.map((entry) => ({ entry, node: null })), (_node, message) => {
    throw new Error(`${path}: ${message}`);
  });
}

/** The entry of a TAGS code (`PREL`, `gt`), or undefined when the glossary lacks it. */
export function tagEntry(tag: string, glossary: Glossary): GlossaryEntry | undefined {
  return glossary.tags.get(tag.trim().toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Matching

/** A compiled matcher for one set of kinds. */
export interface Matcher {
  pattern: RegExp;
  exact: Map<string, GlossaryEntry>;
  folded: Map<string, GlossaryEntry>;
  reasons: boolean;
}

/** Lookup key of a written form: spacing and apostrophes normalised, case folded unless sensitive. */
export function formKey(text: string, caseSensitive: boolean): string {
  const key = text.replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? key : key.toLowerCase();
}

const CONTROL_PARTS = new Set(['U', 'SBU', 'C', 'S', 'TS', 'NF', 'FOUO', 'LOU', 'ORCON', 'REL', 'PROPIN', 'XD', 'ND']);

/**
 * A portion marking normalised for lookup: upper case, `NOFORN` → `NF`, separators (`/`, `//`,
 * space) → `//`, a `REL` country list kept together: `s/nf` → `S//NF`, `S/REL ARMENIA` → `S//REL ARMENIA`.
 */
export function normaliseMarking(marking: string): string {
  const tokens = marking.toUpperCase().replace(/NOFORN/g, 'NF').split(/\s*\/+\s*|\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const token of tokens) {
    const last = parts.at(-1);
    if (last !== undefined && last.startsWith('REL') && !CONTROL_PARTS.has(token)) parts[parts.length - 1] = `${last} ${token}`;
    else parts.push(token);
  }
  return parts.join('//');
}

/** The glossary id of a marking: `C//NF` → `marking-c-nf`, `S/NF` → `marking-s-nf`. */
export function markingId(marking: string): string {
  return `marking-${slugify(normaliseMarking(marking), { decamelize: false })}`;
}
