import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { decodeCable } from '../../lib/decode.ts';
import { cableFiles } from '../../site/cable-files.ts';

/**
 * `/cables/<ID>.txt`: the cable's source text as the reader read it (decoded to UTF-8, LF line
 * ends), publisher furniture included, for download (CONTRACT.md "URLs"). The entry's `file` is
 * relative to the project root, where the build runs. The build writes them in one pass
 * (src/site/cable-files.ts); `npm run dev` serves each through this route.
 */
export const getStaticPaths = (() => cableFiles('/cables/[id].txt', (entry) => `/cables/${entry.id}.txt`, cableText)) satisfies GetStaticPaths;

function cableText(entry: CollectionEntry<'cables'>): string {
  return decodeCable(readFileSync(resolve(entry.data.file))).text;
}

export const GET: APIRoute<{ entry: CollectionEntry<'cables'> }> = ({ props }) =>
  new Response(cableText(props.entry), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
