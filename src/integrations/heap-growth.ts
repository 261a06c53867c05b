/**
 * How far V8 lets the old generation grow between two full (mark-compact) collections, in a build
 * (issue 12, docs/benchmarks.md "Issue 12: a pages job's collector"). V8 picks the factor from the
 * heap limit: below 2 GB (a pages job runs with `--max-old-space-size` ≈ 1,026, scripts/build.ts)
 * it stays near 1.3–1.6, so a build that makes hundreds of MB of short-lived page strings on a
 * live heap of ≈ 50–80 MB runs ten full collections, each marking the whole live heap again on
 * V8's helper threads. A fixed factor runs fewer. The heap limit still holds: V8 never lets the
 * heap pass it, it collects sooner as the heap nears it.
 *
 * `--heap-growing-percent` is not allowed in NODE_OPTIONS, so it is set when the build starts;
 * V8 reads it each time it sets the next limit. Only `astro build`: the dev server is left as is.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The old generation may grow to (1 + HEAP_GROWING_PERCENT / 100) × its live size before the next full collection. */
export const HEAP_GROWING_PERCENT = 300;

export default function heapGrowth(percent: number = HEAP_GROWING_PERCENT): AstroIntegration {
  return {
    name: 'heap-growth',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
