import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { decodeCable } from '../../lib/decode.ts';
import { readerPages } from '../../site/build-mode.ts';

/**
 * `/cables/<ID>.txt`: the cable's source text as the reader read it (decoded to UTF-8, LF line
 * ends), publisher furniture included, for download (CONTRACT.md "URLs"). The entry's `file` is
 * relative to the project root, where the build runs.
 */
export const getStaticPaths = (async () => {
  if (!readerPages()) return [];
  const cables = await getCollection('cables');
  return cables.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'cables'> }> = ({ props }) =>
  new Response(decodeCable(readFileSync(resolve(props.entry.data.file))).text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
