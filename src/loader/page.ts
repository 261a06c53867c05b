import { readFileSync } from 'node:fs';
import type { Cable } from '../lib/types.ts';

/**
 * What the loader writes per cable beside the content store, and the reader page and the JSON
 * endpoint read: the validated Cable and its rendered article HTML.
 */
export interface CablePage {
  cable: Cable;
  html: string;
}

/** Reads the page file whose path the store entry holds (`entry.data.page`). */
export function readCablePage(path: string): CablePage {
  return JSON.parse(readFileSync(path, 'utf8')) as CablePage;
}
