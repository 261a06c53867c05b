/**
 * The parsed cable: the JSON shape fixed by CONTRACT.md ("Parsed cable"), served as
 * `/cables/<ID>.json` and printed by `npm run parse`. Field order here is the order in the JSON.
 */

/** The classifications the contract allows, normalised from the many ways cables write them. */
export const CLASSIFICATIONS = [
  'UNCLASSIFIED',
  'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
  'CONFIDENTIAL',
  'CONFIDENTIAL//NOFORN',
  'SECRET',
  'SECRET//NOFORN',
] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];

/** What kind of section: the opening summary, an ordinary (headed or opening) section, the comment. */
export type SectionKind = 'summary' | 'body' | 'comment';

export interface Section {
  /** Anchor id on the page: `summary`, `comment`, a heading slug, or an annotation's short id. */
  id: string;
  /** The heading as the reader sees it (annotation label, or the cable's own heading). */
  title: string;
  kind: SectionKind;
  /** Anchors of the paragraphs in this section, in order. */
  paragraphs: string[];
}

export interface Paragraph {
  /** `parN` for numbered paragraph N; otherwise a stable id that is never `parN`. */
  anchor: string;
  /** The paragraph number as written, or null for unnumbered text. */
  number: number | null;
  /** Id of the section holding this paragraph. */
  section: string;
  /** Portion marking as written inside the parentheses, e.g. `C`, `S//NF`, `SBU`, `U`. */
  marking: string | null;
  /** The paragraph's words, without its number, marking or heading; line wraps joined. */
  text: string;
}

/**
 * A transmission line that stands between two paragraphs (a page header, a SIPDIS line): not the
 * author's words, so in no paragraph's text. One that interrupts a sentence stays in the text.
 */
export interface TransmissionArtifact {
  /** 1-based line number in the input file. */
  line: number;
  kind: 'page-header' | 'sipdis';
  /** The line as written, whitespace collapsed: `AMMAN 00001288 002 OF 003`. */
  text: string;
  /** Anchor of the paragraph it follows; null before the first paragraph. */
  after: string | null;
}

export interface ParseWarning {
  /** 1-based line number in the input file (in `file` when that is given). */
  line: number;
  message: string;
  /**
   * Set when the line is in another file than the cable's own: the path of its annotation file
   * (sidecar), which the message also begins with.
   */
  file?: string | undefined;
}

export interface Cable {
  id: string;
  file: string;
  referenceId: string | null;
  subject: string | null;
  /** The cable's own date, ISO `YYYY-MM-DD`. */
  date: string | null;
  origin: string | null;
  classification: Classification | null;
  tags: string[];
  references: string[];
  partial: boolean;
  header: string[];
  sections: Section[];
  paragraphs: Paragraph[];
  /** Page headers and SIPDIS lines between paragraphs, in the input's order. */
  artifacts: TransmissionArtifact[];
  signature: string | null;
  warnings: ParseWarning[];
}

/*
 * Issue 3, annotated reading: what the site adds to a parsed cable. `/cables/<ID>.json` and
 * `npm run parse` print an `AnnotatedCable`: the contract's fields in their order, then
 * `annotations` as the last key (docs/annotated-json.md).
 */

/** Where in a paragraph's `text` something occurs: UTF-16 offsets, `end` exclusive. */
export interface Occurrence {
  /** The paragraph's anchor (`par6`, `text-1`). */
  paragraph: string;
  start: number;
  end: number;
}

/** The kinds of glossary entry. Tags match only in the TAGS field; the others in the text too. */
export type TermKind = 'subject-tag' | 'country-tag' | 'jargon' | 'acronym' | 'marking' | 'classification-reason';

/** A glossary term that this cable uses. */
export interface TermUse {
  /** The term as the glossary writes it (`SFRC`, `reftel`, `E.O. 12958`, `PREL`). */
  term: string;
  /** Its glossary id: the anchor on `/glossary/` (`#sfrc`) and in the page's term list. */
  id: string;
  kind: TermKind;
  /** Our own words: what the term means. */
  meaning: string;
  /** Header fields where it occurs: `tags`, `eo`, `classifiedBy`, `subject`, `references`. */
  header: string[];
  /** Where it occurs in the paragraphs, in order. */
  occurrences: Occurrence[];
}

/** How many paragraphs carry one portion marking. */
export interface MarkingCount {
  /** As written inside the parentheses, upper-cased (`C`, `S//NF`, `SBU`); `null` for unmarked paragraphs. */
  marking: string | null;
  /** `Confidential`, `Secret, no foreign nationals`…; `Unmarked` for null. */
  meaning: string;
  paragraphs: number;
}

/** One cable this cable cites: a `REF:` item and/or mentions in the text. */
export interface ReferenceUse {
  /** The REF item's letter (`A` for `REF: A. MAPUTO 80`), or null (a single REF, or a mention only). */
  label: string | null;
  /** As written: `MAPUTO 80`, `07 MAPUTO 1395`, `STATE 183800`. */
  written: string;
  /** The Cablegate id it would have (`10MAPUTO80`); null when the text gives too little. */
  referenceId: string | null;
  /** Whether that id is a cable of this site (then it is a link). */
  inSite: boolean;
  /** True when it is an item of the header's `REF:` field. */
  inHeader: boolean;
  /** Mentions in the text that point to it (`reftel`, `REF A`, `GUATEMALA 254`, `(ref B)`). */
  occurrences: Occurrence[];
}

/** A cable of the site that cites this one. */
export interface CitedBy {
  id: string;
  subject: string | null;
  date: string | null;
  /** Anchors of its paragraphs that mention this cable; empty when only its REF field does. */
  paragraphs: string[];
}

export type EntityKind = 'person' | 'organization' | 'place';

/** A person, organisation or place the cable names. */
export interface EntityUse {
  /** The name as shown (normalised spacing and case, e.g. `Meacham`, `Guatemala`). */
  name: string;
  /** The slug of `/entities/<slug>/`. */
  slug: string;
  kind: EntityKind;
  /** Where the name comes from: the text (the name finder), and/or header fields (`classifiedBy`, `signature`, `addressees`). */
  sources: string[];
  occurrences: Occurrence[];
  /**
   * Only the finder's default guess says what this is (a one-word name with no title, no `the`, no
   * designator, no list: docs/entities.md). Set before linking; linking keeps the entity only when
   * the site identifies the name elsewhere (`Erdogan` ← `Prime Minister Erdogan`), and drops the flag.
   */
  guess?: true;
}

/** A transmission artifact inside a paragraph: not the author's words. */
export interface Artifact extends Occurrence {
  kind: 'sipdis' | 'page-header' | 'classification-line';
  text: string;
}

/** What is missing or damaged in this copy of the cable. */
export interface Completeness {
  /** The partial-extract notice is present (same as the contract's `partial`). */
  partial: boolean;
  /** Paragraphs whose text stops mid-sentence (the seed's ¶2). */
  cutOff: string[];
  /** Closing markers cut short, such as the seed's ¶8 lone `End` (for `End Comment.`). */
  truncatedMarkers: Occurrence[];
  /** Paragraph numbers missing from a run (`[5]` when ¶4 is followed by ¶6). */
  missingNumbers: number[];
  /** Redaction runs (`XXXXXXXXXXXX`). */
  redactions: Occurrence[];
  /** SIPDIS, page headers and classification lines that the transmission put into the text. */
  artifacts: Artifact[];
}

/** An editor's note on a paragraph, from the cable's annotation file. */
export interface EditorialNote {
  /** The paragraph's anchor. */
  paragraph: string;
  /** The note as written (Markdown). */
  markdown: string;
  /** The note rendered by remark/rehype (sanitised HTML). */
  html: string;
}

/** How to cite the cable; a paragraph's citation adds `, ¶N, <URL>#parN`. */
export interface Citation {
  /** `"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)`. */
  text: string;
  /** The reader page's path: `/cables/<ID>/` (the page adds its origin). */
  path: string;
  /** Who published this copy: `Scoop`, `WikiLeaks`; null when unknown. */
  publisher: string | null;
}

/** Everything issue 3 adds to a cable, in the JSON's key order. */
export interface Annotations {
  markings: MarkingCount[];
  terms: TermUse[];
  references: ReferenceUse[];
  citedBy: CitedBy[];
  entities: EntityUse[];
  completeness: Completeness;
  notes: EditorialNote[];
  citation: Citation;
}

/** The served/printed JSON: the contract's Cable, then `annotations`. */
export interface AnnotatedCable extends Cable {
  annotations: Annotations;
}

/**
 * What the loader writes per cable beside the content store, and the pages read (src/site/):
 * the validated, annotated and linked cable (with its `facets`, as served) and its rendered
 * article HTML, in the page file's text (src/lib/page-file.ts).
 */
export interface CablePage {
  cable: AnnotatedCable;
  html: string;
}
