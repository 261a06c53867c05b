/**
 * The composition root of the site's cables: from cable files to linked, annotated cables with
 * their site ids, in three stages that can run apart (a shard job runs the first on its own
 * files and the last two over every shard's small link facts):
 *
 * 1. annotate: each file → an AnnotatedCable (the caller's step: in-process for the CLI, a
 *    worker pool with a cache for the loader), or left out;
 * 2. site ids and links (`linkSite`): every cable's site id (a suffix when two files claim one
 *    id, in path order) and the site's cross-cable facts (`siteLinks`), from `linkFacts` only;
 * 3. link (`linkedCable`): one cable under its site id, linked to the site.
 *
 * Pure: no files, no Astro. `composeCables` runs the three in one go (`npm run parse`).
 */
import { linkCable, linkFacts, siteLinks, type LinkFacts, type SiteLinks } from './annotate.ts';
import { caseCollisions, type CaseCollision } from './id-aliases.ts';
import type { SiteName } from './names/site.ts';
import type { AnnotatedCable } from './types.ts';

/** Two files claim one id: the later one (in path order) is published under `siteId`. */
export interface DuplicateId {
  id: string;
  siteId: string;
  /** The file published under `siteId`, and the file that has `id`. */
  path: string;
  other: string;
}

/** A cable's link facts with the file it came from (stage 1's output, what every shard job reads). */
export interface FileFacts {
  path: string;
  facts: LinkFacts;
}

/** The site as stage 2 sees it: each file's site id, the duplicates, and the cross-cable facts. */
export interface LinkedSite {
  /** File path → the id the cable has on the site. */
  idOf: Map<string, string>;
  duplicates: DuplicateId[];
  /** Site ids that differ only by case (`10MAPUTO80`, `10maputo80`): one lower-case URL for both. */
  caseCollisions: CaseCollision[];
  links: SiteLinks;
}

/**
 * Stage 2: gives every cable its site id, in path order (the first file keeps the id, the next
 * gets `-2`, `-3`…), and indexes the site's links under those ids. `names`: the site names when
 * the caller counted them already (the link stage: `SiteNameCounts`), else from the entries' entities.
 */
export function linkSite(entries: Iterable<FileFacts>, names?: ReadonlyMap<string, SiteName>): LinkedSite {
  const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
  const fileById = new Map<string, string>();
  const idOf = new Map<string, string>();
  const duplicates: DuplicateId[] = [];
  for (const { path, facts } of sorted) {
    let id = facts.id;
    for (let n = 2; fileById.has(id); n += 1) id = `${facts.id}-${n}`;
    if (id !== facts.id) duplicates.push({ id: facts.id, siteId: id, path, other: fileById.get(facts.id) ?? '' });
    fileById.set(id, path);
    idOf.set(path, id);
  }
  const links = siteLinks(sorted.map(({ path, facts }) => ({ ...facts, id: idOf.get(path) ?? facts.id })), names);
  return { idOf, duplicates, caseCollisions: caseCollisions([...fileById].map(([id, path]) => ({ id, path }))), links };
}

/** The cable under another site id (a duplicate's suffix): its id and its citation's path. */
export function withId(cable: AnnotatedCable, id: string): AnnotatedCable {
  if (cable.id === id) return cable;
  const { annotations } = cable;
  return { ...cable, id, annotations: { ...annotations, citation: { ...annotations.citation, path: `/cables/${id}/` } } };
}

/** Stage 3: one annotated cable under its site id, linked to the site. */
export function linkedCable(cable: AnnotatedCable, siteId: string, links: SiteLinks): AnnotatedCable {
  return linkCable(withId(cable, siteId), links);
}

/** Stage 1 as the caller runs it: a file's annotated cable, or null when it is left out (the caller says why). */
export type AnnotateStep = (path: string) => Promise<AnnotatedCable | null>;

/** What `composeCables` gives: the linked cables in the files' order, and the duplicate ids. */
export interface ComposedCables {
  cables: AnnotatedCable[];
  duplicates: DuplicateId[];
}

/**
 * The three stages over a set of files, all in memory: each file annotated (one after another,
 * in order), given its site id and linked to the others. Files left out are not in `cables`.
 */
export async function composeCables(paths: readonly string[], annotate: AnnotateStep): Promise<ComposedCables> {
  const annotated: { path: string; cable: AnnotatedCable }[] = [];
  for (const path of paths) {
    const cable = await annotate(path);
    if (cable !== null) annotated.push({ path, cable });
  }
  // A file given twice is two cables: the key adds its place, after the path so path order holds.
  const key = (path: string, index: number): string => `${path}\0${String(index).padStart(9, '0')}`;
  const unkey = (keyed: string): string => keyed.slice(0, keyed.lastIndexOf('\0'));
  const { idOf, duplicates, links } = linkSite(annotated.map(({ path, cable }, index) => ({ path: key(path, index), facts: linkFacts(cable) })));
  return {
    cables: annotated.map(({ path, cable }, index) => linkedCable(cable, idOf.get(key(path, index)) ?? cable.id, links)),
    duplicates: duplicates.map((duplicate) => ({ ...duplicate, path: unkey(duplicate.path), other: unkey(duplicate.other) })),
  };
}
