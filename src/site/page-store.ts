/**
 * What the pages read of what the loader wrote: a cable's page file (src/loader/cables.ts writes
 * it; the reader page, the JSON and the text endpoints read it).
 */
import { readFileSync } from 'node:fs';
import { pageFileJson, parsePageFile } from '../lib/page-file.ts';
import type { CablePage } from '../lib/types.ts';

export type { CablePage };

/**
 * Reads the page file whose path the store entry holds (`entry.data.page`). In a merge build
 * (issue 12) that is the cable's `/cables/<ID>.json` from its shard: the cable, and no HTML (a
 * merge build writes no reader page).
 */
export function readCablePage(path: string): CablePage {
  return parsePageFile(readFileSync(path, 'utf8'));
}

/** The cable's `/cables/<ID>.json` as the page file holds it, not parsed. */
export function readCableJson(path: string): string {
  return pageFileJson(readFileSync(path, 'utf8'));
}
