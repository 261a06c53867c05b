/**
 * One entity, one name, across the site: each cable finds its names alone, then the site's names
 * are grouped (same slug; a surname and the one full name ending in it; an acronym and the long
 * form a cable gave it; spelling variants of bodies and places such as al-Qaida / al-Qaeda) and
 * each group gets one name and one slug, which every cable's entities take.
 */
import type { AnnotatedCable, EntityKind, EntityUse } from '../types.ts';
import { entitySlug } from './display.ts';
import { isFirstName, isSmallerTown } from './words.ts';

/** What the site needs of one cable's entity to merge it with others. */
export interface EntityFacts {
  slug: string;
  name: string;
  kind: EntityKind;
  /** How the text wrote it (`IMO` for the International Maritime Organization), distinct. */
  forms: string[];
  /** Only the finder's guess says what it is (EntityUse.guess). */
  guess?: boolean;
}

/** The name, slug and kind an entity takes on the site. */
export interface SiteName {
  name: string;
  slug: string;
  kind: EntityKind;
  /** Some cable identifies the name (a title, a cue, the header), not only the finder's guess. */
  identified: boolean;
}

/** The facts of a cable's entities, read from its paragraphs. */
export function entityFacts(cable: Pick<AnnotatedCable, 'paragraphs' | 'annotations'>): EntityFacts[] {
  const texts = new Map(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph.text]));
  return cable.annotations.entities.map((entity) => ({
    slug: entity.slug,
    name: entity.name,
    kind: entity.kind,
    forms: [...new Set(entity.occurrences.map((o) => texts.get(o.paragraph)?.slice(o.start, o.end) ?? ''))].filter(Boolean),
    ...(entity.guess ? { guess: true } : {}),
  }));
}

/**
 * One slug's names and kinds over the site, each with how many entities wrote it. Most slugs have
 * one name and one kind: those are fields, and a Map is made only for a second name (the link
 * stage holds a group per distinct slug of the corpus, millions at 251k when names repeat little).
 */
interface Group {
  name: string;
  count: number;
  /** Every name with its count, once the slug has a second name. */
  names?: Map<string, number>;
  kinds: Record<EntityKind, number>;
  identified: boolean;
  /** The one post whose cables name it (`MADRID`), null once cables of two posts do; unset when not told. */
  post?: string | null;
}

/** The kinds in `localeCompare` order, which breaks a tie between two kinds' counts. */
const KINDS = ['organization', 'person', 'place'] as const satisfies readonly EntityKind[];

const newGroup = (name: string): Group => ({ name, count: 0, kinds: { organization: 0, person: 0, place: 0 }, identified: false });

/** Adds `count` entities written `name` to a group. */
function addName(group: Group, name: string, count: number): void {
  if (!group.names && name === group.name) group.count += count;
  else {
    group.names ??= new Map([[group.name, group.count]]);
    group.names.set(name, (group.names.get(name) ?? 0) + count);
  }
}

/** A group's most frequent kind (ties: the first in `KINDS`). */
const kindOfGroup = (group: Group): EntityKind => KINDS.reduce((best, kind) => (group.kinds[kind] > group.kinds[best] ? kind : best));

/** An acronym a body was written as (`IMO` for the International Maritime Organization). */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * The site's names counted one entity at a time (`siteNames` over a list of cables; the link stage
 * over every shard's facts, one shard's in memory at a time), then settled into each slug's site
 * name. Holds what the rules read per distinct slug and acronym, not per cable.
 */
export class SiteNameCounts {
  private groups = new Map<string, Group>();
  private aliases = new Map<string, Set<string>>();

  /** One entity of a cable; `post` is the cable's (`postOfId`), when known. */
  add(entity: EntityFacts, post?: string): void {
    const group = this.groups.get(entity.slug) ?? newGroup(entity.name);
    group.identified ||= !entity.guess;
    if (post !== undefined) group.post = group.post === undefined || group.post === post ? post : null;
    group.kinds[entity.kind] += 1;
    addName(group, entity.name, 1);
    this.groups.set(entity.slug, group);
    // `IMO` written for the International Maritime Organization: the acronym's slug is an alias.
    // A person's initials (`AF` for Anibal Fernandez) are the cable's shorthand, not a name elsewhere.
    for (const form of entity.kind === 'person' ? [] : entity.forms) {
      if (ACRONYM.test(form) && entitySlug(form) !== entity.slug) {
        const owners = this.aliases.get(entitySlug(form)) ?? new Set();
        owners.add(entity.slug);
        this.aliases.set(entitySlug(form), owners);
      }
    }
  }

  /** Every local slug counted → the name, slug and kind its group takes. Once: the counts are used up. */
  siteNames(): Map<string, SiteName> {
    const { groups, aliases } = this;
    const kindOf = (slug: string): EntityKind => kindOfGroup(groups.get(slug)!);
    const union = new UnionFind();
    // A state's letters (`CA` after `Monterey,`) are no body's acronym (`Constituent Assembly (CA)`).
    const placeFor = (alias: string, owner: string): boolean => kindOf(alias) === 'place' && kindOf(owner) !== 'place';
    for (const [alias, owners] of aliases) if (owners.size === 1 && groups.has(alias) && !placeFor(alias, [...owners][0]!)) union.union([...owners][0]!, alias);
    joinSurnames(groups, kindOf, union);
    const bySkeleton = new Map<string, string>();
    for (const slug of groups.keys()) {
      const kind = kindOf(slug);
      const key = kind === 'person' ? null : skeleton(slug);
      if (key === null) continue;
      const seen = bySkeleton.get(`${kind}:${key}`);
      if (seen === undefined) bySkeleton.set(`${kind}:${key}`, slug);
      else union.union(seen, slug);
    }
    return settle(groups, union);
  }
}

/** A cable id's year and number around its post: `08MOSCOW2701` → `MOSCOW`. */
const ID_AROUND_POST = /^\d{2}|\d+$/g;
export const postOfId = (id: string): string => id.replace(ID_AROUND_POST, '');

/** Arabic articles at a name's start, which transliterations keep or drop (`al-Qaida`, `Qaida`). */
const ARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az)-/;

/**
 * The skeleton of a body's or a place's slug, equal for spelling variants: no article, each run
 * of vowels one `a`, doubled letters single (`al-qaida`, `al-qaeda` → `qada`; `hizballah`,
 * `hezbollah` → `hazbalah`). People are left out: short personal names collide too easily.
 */
function skeleton(slug: string): string | null {
  const bare = slug.replace(ARTICLE, '');
  if (bare.replace(/-/g, '').length < 5) return null;
  return bare.replace(/[aeiouy]+/g, 'a').replace(/(.)\1+/g, '$1');
}

class UnionFind {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Only a key that has a root other than itself is kept: most slugs stay alone.
    if (root !== key) this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
}

const mostFrequent = <T>(counts: Map<T, number>, better: (a: T, b: T) => number): T =>
  [...counts].sort((a, b) => b[1] - a[1] || better(a[0], b[0]))[0]![0];

/** Every local slug of the site's cables → the name, slug and kind its group takes. */
export function siteNames(cables: ReadonlyArray<{ entities: EntityFacts[]; id?: string }>): Map<string, SiteName> {
  const counts = new SiteNameCounts();
  for (const cable of cables) for (const entity of cable.entities) counts.add(entity, cable.id === undefined ? undefined : postOfId(cable.id));
  return counts.siteNames();
}

/** A one-word person (`Guebuza`) joins the one multi-word person whose slug ends with it, where some cable reads it as a person. */
function joinSurnames(groups: Map<string, Group>, kindOf: (slug: string) => EntityKind, union: UnionFind): void {
  const full = [...groups.keys()].filter((slug) => slug.includes('-') && kindOf(slug) === 'person');
  const bySurname = new Map<string, string[]>();
  for (const slug of full) {
    const surname = slug.slice(slug.lastIndexOf('-') + 1);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), slug]);
  }
  for (const [slug, group] of groups) {
    if (slug.includes('-')) continue;
    const fuller = bySurname.get(slug);
    // `Castro` read as a town in a cable that names no Castro in full: the surname of a person some
    // cable identifies by a first name (`Fidel Castro`; not `BCI Fomento`) is that surname; the
    // town is the gazetteer's only.
    const surnameOf = fuller?.some((person) => groups.get(person)!.identified && isFirstName(groups.get(person)!.name.split(' ')[0]!));
    // Only a cable that reads the name as a person says whose surname it is: one the town rule made a
    // person (`Barroso` in a Moscow cable) is somebody's surname, not `Miguel Barroso`'s (a Madrid cable's),
    // unless the cables of one post alone name both (`Monteiro`, `Clovis da Silva Monteiro`: Brasilia).
    const readAsPerson = group.kinds.person > 0 || (fuller?.length === 1 && typeof group.post === 'string' && group.post === groups.get(fuller[0]!)!.post);
    if (surnameOf && kindOf(slug) === 'place' && isSmallerTown(group.name)) [group.kinds.person, group.kinds.place] = [group.kinds.person + group.kinds.place, 0];
    if (kindOf(slug) !== 'person') continue;
    if (fuller?.length === 1 && readAsPerson) union.union(fuller[0]!, slug);
  }
}

/** Each group's name: its most used name, the fullest first (`Armando Guebuza` over `Guebuza`, a long form over its acronym). */
function settle(groups: Map<string, Group>, union: UnionFind): Map<string, SiteName> {
  // A group joined by others is summed into a copy of itself; a group alone is read as it is.
  const merged = new Map<string, Group>();
  for (const [slug, group] of groups) {
    const root = union.find(slug);
    if (root === slug) continue;
    const into = merged.get(root) ?? copyOf(groups.get(root)!);
    into.identified ||= group.identified;
    for (const [name, count] of group.names ?? [[group.name, group.count] as const]) addName(into, name, count);
    for (const kind of KINDS) into.kinds[kind] += group.kinds[kind];
    merged.set(root, into);
  }
  const settled = new Map<string, SiteName>();
  const bySlug = new Map<string, SiteName>();
  for (const [slug, group] of groups) {
    const root = union.find(slug);
    const joined = merged.get(root);
    // Let go as its name is made: with millions of slugs, every group and every site name would be held at once.
    groups.delete(slug);
    if (!joined) {
      bySlug.set(slug, siteName(group, slug));
      continue;
    }
    const site = settled.get(root) ?? siteName(joined, root);
    settled.set(root, site);
    bySlug.set(slug, site);
  }
  return bySlug;
}

const copyOf = (group: Group): Group => ({ ...group, kinds: { ...group.kinds }, ...(group.names ? { names: new Map(group.names) } : {}) });

/** A group's site name; `key` is its root's slug, kept when the name's slug is the same string. */
function siteName(group: Group, key: string): SiteName {
  // Fullness: letters, and mixed case over capitals (`Armando Guebuza` over `Guebuza`, a long form over `IMO`); spellings tie.
  // Mixed case means a run of lower-case letters: `U.s.`, one cable's slip, is no fuller than `U.S.`.
  const words = (name: string): number => (name.match(/\p{L}/gu)?.length ?? 0) + (/\p{Ll}{2}/u.test(name) ? 1 : 0);
  let name = group.name;
  if (group.names) {
    const fullest = Math.max(...[...group.names.keys()].map(words));
    const candidates = new Map([...group.names].filter(([spelling]) => words(spelling) === fullest));
    name = mostFrequent(candidates, (a, b) => a.localeCompare(b));
  }
  const slug = entitySlug(name);
  return { name, slug: slug === key ? key : slug, kind: kindOfGroup(group), identified: group.identified };
}

/**
 * A cable's entities under their site names; two that become one (an acronym and its long form
 * found apart in this cable) are merged, their occurrences in reading order.
 */
export function withSiteNames(entities: EntityUse[], names: ReadonlyMap<string, SiteName>, paragraphs: ReadonlyArray<{ anchor: string }>): EntityUse[] {
  const order = new Map(paragraphs.map((paragraph, index) => [paragraph.anchor, index]));
  const bySlug = new Map<string, EntityUse>();
  for (const { guess, ...entity } of entities) {
    const site = names.get(entity.slug) ?? { name: entity.name, slug: entity.slug, kind: entity.kind, identified: !guess };
    // A guessed name that no cable of the site identifies is not marked (`Cessna`); `Erdogan` is, as `Tayyip Erdogan`.
    if (!site.identified) continue;
    const seen = bySlug.get(site.slug);
    if (!seen) {
      bySlug.set(site.slug, { ...entity, name: site.name, slug: site.slug, kind: site.kind });
      continue;
    }
    const occurrences = [...seen.occurrences, ...entity.occurrences].sort(
      (a, b) => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0) || a.start - b.start,
    );
    bySlug.set(site.slug, { ...seen, sources: [...new Set([...seen.sources, ...entity.sources])], occurrences });
  }
  return [...bySlug.values()];
}
