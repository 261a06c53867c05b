/**
 * Issue 9, facets as data: what a cable is found by besides its words — year and month, the post
 * it came from (one value however the text spells it: `AMEMBASSY MADRID`, `MADRID` and
 * `Embassy Madrid` are all `madrid`), its classification, its TAGS codes, and whether the copy is
 * a partial extract or carries redactions. The JSON's `facets` key (docs/facets.md), the Pagefind
 * filters of the reader page and the browse pages all come from `cableFacets`.
 */
import { CABLEGATE_ID, idYear } from './cablegate-id.ts';
import { classificationSlug, postDisplayName, postNameOf, postSlug } from './facet-values.ts';
import { POSTS } from './references.ts';
import type { AnnotatedCable, Classification } from './types.ts';

/** A facet value: what the URL carries and what a page shows. */
export interface FacetValue {
  /** The URL value: `madrid`, `secret-noforn`. */
  slug: string;
  /** What a reader sees: `Madrid`, `SECRET//NOFORN`. */
  name: string;
}

export interface Facets {
  /** The cable's year, `2009`: its date's, else its reference id's (a copy without a date line); null when neither. */
  year: string | null;
  /** The cable's month, `2009-03`; null when undated. */
  month: string | null;
  /** The sending post, normalised (data/posts.yaml); null when the cable names none. */
  origin: FacetValue | null;
  /** The classification; null when the cable states none. */
  classification: (FacetValue & { name: Classification }) | null;
  /** The TAGS codes as written, in the cable's order, without repeats. */
  tags: string[];
  /** The partial-extract notice is present. */
  partial: boolean;
  /** The text has at least one redaction run (`XXXXXXXXXXXX`). */
  redacted: boolean;
}

/** Post id (`RIODEJANEIRO`) → the post's name in data/posts.yaml (`RIO DE JANEIRO`): the first name listed for it. */
const NAME_OF_POST_ID: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const [name, id] of POSTS) if (!names.has(id) && name.replace(/ /g, '') === id) names.set(id, name);
  return names;
})();

/**
 * The post an origin names: `AMEMBASSY MADRID`, `MADRID`, `Embassy Madrid` → `{ slug: 'madrid',
 * name: 'Madrid' }`; `SECSTATE WASHDC` → `state`; `IRAN RPO DUBAI` → `rpo-dubai` (an alias of
 * data/posts.yaml). A post the data does not list keeps its own name.
 */
export function postOf(origin: string | null): FacetValue | null {
  if (origin === null) return null;
  const written = postNameOf(origin);
  if (written === null) return null;
  const id = POSTS.get(written);
  const name = (id !== undefined ? NAME_OF_POST_ID.get(id) : undefined) ?? written;
  return { slug: postSlug(name), name: postDisplayName(name) };
}

/** The year a Cablegate reference id gives, `2004` for `04AMMAN1288`; null for another id or none. */
export function yearOfId(referenceId: string | null): string | null {
  const year = referenceId !== null && CABLEGATE_ID.test(referenceId) ? idYear(referenceId) : null;
  return year === null ? null : String(year);
}

/** The facets of one annotated cable. */
export function cableFacets(cable: AnnotatedCable): Facets {
  return {
    year: cable.date?.slice(0, 4) ?? yearOfId(cable.referenceId),
    month: cable.date?.slice(0, 7) ?? null,
    origin: postOf(cable.origin),
    classification: cable.classification === null ? null : { slug: classificationSlug(cable.classification), name: cable.classification },
    tags: [...new Set(cable.tags)],
    partial: cable.partial,
    redacted: cable.annotations.completeness.redactions.length > 0,
  };
}

/** The cable JSON of the site and the CLI: the annotated cable, then `facets` as the last key. */
export function withFacets<T extends AnnotatedCable>(cable: T): T & { facets: Facets } {
  return { ...cable, facets: cableFacets(cable) };
}
