/**
 * A cable's page file, as the loader writes it and the pages read it (issue 7): the cable's
 * JSON exactly as `/cables/<ID>.json` serves it (with `facets`), one line, then the rendered
 * article HTML. The JSON file is then that line as written, not parsed and serialised again
 * per cable, and what reads only the cable (the site index) parses none of the HTML.
 * A file of one JSON line and no HTML is a cable's `/cables/<ID>.json` itself (a merge build
 * reads its shards' JSON as page files).
 */
import { withFacets } from './facets.ts';
import type { AnnotatedCable, CablePage } from './types.ts';

/** Ends the JSON line: `JSON.stringify` writes no raw line feed, so the first one ends it. */
const JSON_END = '\n';

/** The page file's text of a cable and its article HTML. */
export function pageFileText(cable: AnnotatedCable, html: string): string {
  return `${JSON.stringify(withFacets(cable))}${JSON_END}${html}`;
}

/** The cable's served JSON, as written in the page file's first line. */
export function pageFileJson(text: string): string {
  const end = text.indexOf(JSON_END);
  return end === -1 ? text : text.slice(0, end);
}

/** The cable (with its `facets`) and its article HTML (empty in a shard's `/cables/<ID>.json`). */
export function parsePageFile(text: string): CablePage {
  const json = pageFileJson(text);
  return { cable: JSON.parse(json) as CablePage['cable'], html: text.slice(json.length + JSON_END.length) };
}
