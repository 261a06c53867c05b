/** The body reader's output before sections and anchors are given: draft paragraphs and headings. */

/** A paragraph while it is being read: its lines are joined at the end. */
export interface DraftParagraph {
  number: number | null;
  marking: string | null;
  parts: string[];
  line: number;
}

/** A heading, placed before the paragraph that follows it. */
export interface DraftHeading {
  title: string;
  line: number;
  /** Index in the paragraph list of the first paragraph after the heading. */
  before: number;
}

/** A page header or SIPDIS line standing between paragraphs. */
export interface DraftArtifact {
  line: number;
  kind: 'page-header' | 'sipdis';
  text: string;
  /** Index of the paragraph it follows; -1 before the first. */
  after: number;
}
