/**
 * The messages between the search page and its engine worker (engine-worker.ts): each request
 * carries a number its answer repeats. A search's results stay in the worker (their `data()` is a
 * function); the page gets their ids and asks for one result's data by search number and index.
 */
import type { ResultData, Search, SearchOptions } from './pagefind.ts';

export type Request =
  | { call: number; op: 'init' }
  | { call: number; op: 'preload'; term: string; options: SearchOptions | undefined }
  /** `guess`: the words typed so far, searched before the typing pause ends (answered with null, or dropped). */
  | { call: number; op: 'search'; term: string | null; options: SearchOptions | undefined; guess?: boolean }
  | { call: number; op: 'data'; search: number; index: number };

/** A search as it crosses to the page: the results' ids in order, and the filter counts. */
export interface SearchSummary {
  search: number;
  ids: string[];
  filters: Search['filters'];
  scope?: Search['scope'];
}

export type Answer =
  | { call: number; ok: true; value: SearchSummary | ResultData | null }
  | { call: number; ok: false; error: string };
