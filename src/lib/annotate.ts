import { resolveNotes, type CableAnnotations } from './annotations.ts';
import { citationFor, detectPublisher } from './citation.ts';
import { assessCompleteness } from './completeness.ts';
import { findEntities } from './entities.ts';
import { findTerms, markingCounts, type Glossary } from './glossary.ts';
import { entityFacts, siteNames, withSiteNames, type EntityFacts, type SiteName } from './names/site.ts';
import { citedByIndex, findReferences, linkReferences, type CitingCable } from './references.ts';
import type { AnnotatedCable, Annotations, Cable, CitedBy, EditorialNote, EntityUse, Occurrence } from './types.ts';

/** What annotating a cable needs besides the parsed cable. */
export interface AnnotateInput {
  /** The decoded text of the cable file (as `readCableSource` gives it). */
  text: string;
  /** The cable's sidecar annotations, or null when it has none. */
  sidecar: CableAnnotations | null;
  /** The glossary (`loadGlossary()`: data/glossary.yaml). */
  glossary: Glossary;
  /**
   * Renders an editor's note (Markdown) to sanitised HTML: `renderNoteMarkdown` of
   * src/render/note-markdown.ts. Passed in so that this module stays free of the render layer.
   */
  renderNote: (markdown: string) => string;
  /** When given, the milliseconds each part took are added to it (for the build log). */
  timings?: AnnotateTimings | undefined;
}

/** Milliseconds spent per part of the annotations, summed over the cables annotated. */
export type AnnotateTimings = Record<keyof Annotations, number>;

/** Timings at zero, one per part, in the JSON's key order. */
export function newAnnotateTimings(): AnnotateTimings {
  return { markings: 0, terms: 0, references: 0, citedBy: 0, entities: 0, completeness: 0, notes: 0, citation: 0 };
}

/** Runs one part of the annotations, adding its time to `timings` when there are timings. */
function timed<T>(timings: AnnotateTimings | undefined, part: keyof Annotations, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    timings[part] += performance.now() - start;
  }
}

/**
 * Annotates one parsed cable (issue 3): its markings, glossary terms, references (not yet linked
 * to the site: see `linkCables`), named entities, completeness, editor's notes and citation.
 * Pure: the same cable and input give the same result. Problems with the notes go to the
 * returned cable's `warnings`, after the parser's.
 */
export function annotateCable(cable: Cable, input: AnnotateInput): AnnotatedCable {
  const { timings } = input;
  const resolved = timed(timings, 'notes', () => resolveNotes(input.sidecar, cable, cable.file));
  const notes: EditorialNote[] = timed(timings, 'notes', () =>
    resolved.notes.map((note) => ({ paragraph: note.paragraph, markdown: note.markdown, html: input.renderNote(note.markdown) })),
  );
  const references = timed(timings, 'references', () => findReferences(cable));
  const completeness = timed(timings, 'completeness', () => assessCompleteness(cable));
  const notAuthorsNames = [
    ...completeness.artifacts,
    ...completeness.redactions,
    ...references.flatMap((reference) => reference.occurrences),
  ];
  const annotations: Annotations = {
    markings: timed(timings, 'markings', () => markingCounts(cable, input.glossary)),
    terms: timed(timings, 'terms', () => findTerms(cable, input.glossary)),
    references,
    citedBy: [],
    entities: timed(timings, 'entities', () => withoutMentionsIn(findEntities(cable, input.glossary, notAuthorsNames), notAuthorsNames)),
    completeness,
    notes,
    citation: timed(timings, 'citation', () => citationFor(cable, detectPublisher(input.text, cable))),
  };
  return { ...cable, warnings: [...cable.warnings, ...resolved.warnings], annotations };
}

/**
 * Drops the entity mentions that fall inside a page header, a redaction or a cable reference
 * (`KUALA` of a page header, `Ref C. Close`): there the finder read telegram furniture, not a name
 * the author wrote. An entity left with no mention and no header source is dropped with them.
 */
function withoutMentionsIn(entities: EntityUse[], excluded: readonly Occurrence[]): EntityUse[] {
  const overlaps = (mention: Occurrence): boolean =>
    excluded.some((other) => other.paragraph === mention.paragraph && mention.start < other.end && other.start < mention.end);
  return entities.flatMap((entity) => {
    const occurrences = entity.occurrences.filter((mention) => !overlaps(mention));
    if (occurrences.length === entity.occurrences.length) return [entity];
    const sources = occurrences.length > 0 ? entity.sources : entity.sources.filter((source) => source !== 'text');
    return sources.length > 0 ? [{ ...entity, sources, occurrences }] : [];
  });
}

/** What linking needs of each cable of the site: its id, subject, date, references and names. */
export type LinkFacts = CitingCable & { entities: EntityFacts[] };

/** What linking needs of an annotated cable (`linkFacts(cable)` is what the loader keeps per cable). */
export function linkFacts(cable: AnnotatedCable): LinkFacts {
  const { id, subject, date, annotations } = cable;
  return { id, subject, date, annotations: { references: annotations.references }, entities: entityFacts(cable) };
}

/** The cross-cable facts of a whole site: which ids it has, who cites whom, and each name's site name. */
export interface SiteLinks {
  ids: ReadonlySet<string>;
  citedBy: ReadonlyMap<string, CitedBy[]>;
  /** A cable's entity slug → the name, slug and kind the entity has across the site. */
  names: ReadonlyMap<string, SiteName>;
}

/**
 * Indexes the site's cables for `linkCable` (only their ids, subjects, dates, references and names
 * are read). `names`: the site names when the caller counted them already (the link stage counts
 * them as it reads each shard's facts, `SiteNameCounts`); else from the cables' entities.
 */
export function siteLinks(cables: ReadonlyArray<LinkFacts>, names: ReadonlyMap<string, SiteName> = siteNames(cables)): SiteLinks {
  return { ids: new Set(cables.map((cable) => cable.id)), citedBy: citedByIndex(cables), names };
}

/**
 * One cable linked to the site: each reference learns whether the cited cable is on the site
 * (`inSite`), `citedBy` lists the site's cables that cite this one, and each entity takes its
 * site name and slug (one entity, one page). Returns a new cable.
 */
export function linkCable(cable: AnnotatedCable, links: SiteLinks): AnnotatedCable {
  const { annotations } = cable;
  return {
    ...cable,
    annotations: {
      ...annotations,
      references: linkReferences(annotations.references, links.ids),
      citedBy: links.citedBy.get(cable.id) ?? [],
      entities: withSiteNames(annotations.entities, links.names, cable.paragraphs),
    },
  };
}

/**
 * Links a set of annotated cables to each other (`linkCable` with the set as the site).
 * Returns new cables; the input is not changed.
 */
export function linkCables(cables: AnnotatedCable[]): AnnotatedCable[] {
  const links = siteLinks(cables.map(linkFacts));
  return cables.map((cable) => linkCable(cable, links));
}
