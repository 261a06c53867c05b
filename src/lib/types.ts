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

export interface ParseWarning {
  /** 1-based line number in the input file. */
  line: number;
  message: string;
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
  signature: string | null;
  warnings: ParseWarning[];
}
