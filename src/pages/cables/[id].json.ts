import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { withFacets } from '../../lib/facets.ts';
import { readCablePage } from '../../site/page-store.ts';
import { readerPages } from '../../site/build-mode.ts';

/** `/cables/<ID>.json`: the parsed cable, the JSON of CONTRACT.md, then `annotations` and `facets` (docs/facets.md). */
export const getStaticPaths = (async () => {
  if (!readerPages()) return [];
  const cables = await getCollection('cables');
  return cables.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'cables'> }> = ({ props }) =>
  new Response(JSON.stringify(withFacets(readCablePage(props.entry.data.page).cable)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
