import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { cableFiles } from '../../site/cable-files.ts';
import { readCableJson } from '../../site/page-store.ts';

/**
 * `/cables/<ID>.json`: the parsed cable, the JSON of CONTRACT.md, then `annotations` and `facets`
 * (docs/facets.md). The build writes them in one pass (src/site/cable-files.ts); `npm run dev`
 * serves each through this route.
 */
export const getStaticPaths = (() => cableFiles('/cables/[id].json', (entry) => `/cables/${entry.id}.json`, cableJson)) satisfies GetStaticPaths;

function cableJson(entry: CollectionEntry<'cables'>): string {
  return readCableJson(entry.data.page);
}

export const GET: APIRoute<{ entry: CollectionEntry<'cables'> }> = ({ props }) =>
  new Response(cableJson(props.entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
