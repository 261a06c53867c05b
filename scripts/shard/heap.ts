/**
 * The heap limit a shard job's or the merge's `astro build` gets (docs/whole-release.md): V8
 * collects garbage before the process grows past what the job needs, unless the caller set a
 * limit of its own in NODE_OPTIONS (`NODE_OPTIONS=--max-old-space-size=2048` for larger shards).
 */
export function nodeOptionsWithHeap(megabytes: number): string {
  const given = process.env['NODE_OPTIONS'] ?? '';
  return /--max-old-space-size/.test(given) ? given : `${given} --max-old-space-size=${megabytes}`.trim();
}
