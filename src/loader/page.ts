import { readFileSync } from 'node:fs';
import type { AnnotatedCable } from '../lib/types.ts';

/**
 * What the loader writes per cable beside the content store, and the reader page and the JSON
 * endpoint read: the validated, annotated and linked cable and its rendered article HTML.
 */
export interface CablePage {
  cable: AnnotatedCable;
  html: string;
}

/** Reads the page file whose path the store entry holds (`entry.data.page`). */
export function readCablePage(path: string): CablePage {
  return JSON.parse(readFileSync(path, 'utf8')) as CablePage;
}
