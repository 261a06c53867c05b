import type { AnnotatedCable, Artifact, EntityUse, Occurrence, ReferenceUse, TermUse } from '../lib/types.ts';

/** What a stretch of paragraph text is, as the annotations say; one rehype plugin renders each kind. */
export type InlineMark =
  | { kind: 'artifact'; artifact: Artifact }
  | { kind: 'redaction' }
  | { kind: 'truncated' }
  | { kind: 'reference'; reference: ReferenceUse }
  | { kind: 'term'; term: TermUse }
  | { kind: 'entity'; entity: EntityUse };

/** A mark placed on `text.slice(start, end)` of one paragraph. */
export interface PlacedMark {
  start: number;
  end: number;
  mark: InlineMark;
}

/**
 * Which mark wins where two overlap (docs/dom.md): a transmission artifact or a redaction is never
 * the author's words, so it beats anything read into them; a cut-short marker is damage too;
 * a reference beats a glossary term (`reftel`), a term beats a name the name finder found.
 */
const PRIORITY: Record<InlineMark['kind'], number> = {
  artifact: 6,
  redaction: 5,
  truncated: 4,
  reference: 3,
  term: 2,
  entity: 1,
};

/**
 * Every paragraph's marks, by anchor: sorted by offset, none overlapping (a lower-priority mark
 * that overlaps a higher one is dropped, so inline elements never nest or cross). Occurrences
 * outside the paragraph's text are dropped too: the text itself must come through unchanged.
 */
export function marksByParagraph(cable: AnnotatedCable): Map<string, PlacedMark[]> {
  const lengths = new Map(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph.text.length]));
  const candidates = new Map<string, PlacedMark[]>();
  const add = (occurrence: Occurrence, mark: InlineMark): void => {
    const length = lengths.get(occurrence.paragraph);
    const { start, end } = occurrence;
    if (length === undefined || !(start >= 0 && start < end && end <= length)) return;
    const list = candidates.get(occurrence.paragraph) ?? [];
    list.push({ start, end, mark });
    candidates.set(occurrence.paragraph, list);
  };

  const { annotations } = cable;
  for (const artifact of annotations.completeness.artifacts) add(artifact, { kind: 'artifact', artifact });
  for (const redaction of annotations.completeness.redactions) add(redaction, { kind: 'redaction' });
  for (const marker of annotations.completeness.truncatedMarkers) add(marker, { kind: 'truncated' });
  for (const reference of annotations.references) {
    for (const occurrence of reference.occurrences) add(occurrence, { kind: 'reference', reference });
  }
  for (const term of annotations.terms) {
    for (const occurrence of term.occurrences) add(occurrence, { kind: 'term', term });
  }
  for (const entity of annotations.entities) {
    for (const occurrence of entity.occurrences) add(occurrence, { kind: 'entity', entity });
  }

  const placed = new Map<string, PlacedMark[]>();
  for (const [anchor, list] of candidates) {
    // Highest priority first; among equals the earlier, then the longer one.
    list.sort((a, b) => PRIORITY[b.mark.kind] - PRIORITY[a.mark.kind] || a.start - b.start || b.end - a.end);
    const kept: PlacedMark[] = [];
    for (const candidate of list) {
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
    }
    placed.set(anchor, kept.sort((a, b) => a.start - b.start));
  }
  return placed;
}
