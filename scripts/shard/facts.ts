/**
 * A shard job's first stage (issue 12): annotates the shard's cable files (cached exactly where
 * the loader keeps them, so the shard's build then annotates nothing again) and writes its
 * link facts to `<work>/facts/<k>-of-<N>.json`: per cable what linking needs (ids, subject,
 * date, references, names) and the listing columns. Every other shard's build and the merge
 * read these small files instead of the cables.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { linkFacts } from '../../src/lib/annotate.ts';
import { MAX_CABLE_BYTES, tooLarge } from '../../src/lib/decode.ts';
import { cableFacets } from '../../src/lib/facets.ts';
import { findCableFiles } from '../../src/lib/read.ts';
import type { ShardSpec } from '../../src/lib/shards.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { cacheSlot, codeDigest, readAnnotated, type SkippedEntry } from '../../src/loader/annotate-cache.ts';
import { annotatePool, annotateWorkers } from '../../src/loader/annotate-pool.ts';
import { cablesDir } from '../../src/loader/cables.ts';
import { factsPath, filesOfShard, shardWork, type ShardFacts } from '../../src/loader/shard-mode.ts';
import { annotatedFolder } from './cache.ts';

/**
 * `CABLE_ANNOTATE_THREADS`: the most worker threads a facts job annotates in (scripts/build.ts
 * gives each of the jobs side by side its share of the cores; below 2, in the job's own thread).
 */
function annotateThreads(): number {
  const given = Number(process.env['CABLE_ANNOTATE_THREADS']);
  return Number.isInteger(given) && given >= 0 ? given : 4;
}

export interface FactsResult {
  path: string;
  cables: number;
  annotated: number;
  skipped: number;
}

export async function writeShardFacts(root: string, work: string, shard: ShardSpec): Promise<FactsResult> {
  const dir = cablesDir(root);
  // The loader's folder of annotations, shared by every shard plan and the whole build.
  const annotatedDir = annotatedFolder(root, dir);
  mkdirSync(annotatedDir, { recursive: true });
  const code = codeDigest(root);
  const found = await findCableFiles(dir);
  const files = filesOfShard(found.files.map((file) => resolve(dir, file)), dir, shard);

  const out: ShardFacts = { shard, cables: [], skipped: found.skipped.map(({ path, reason }) => ({ path: relative(root, path), reason })) };
  // Only shard 1 reports the folder-wide skips (links that lead nowhere), so the merge lists each once.
  if (shard.index !== 1) out.skipped = [];
  const results = new Map<string, { contentHash: string; entry: AnnotatedCable | SkippedEntry }>();
  const stale: { path: string; contentHash: string; annotatedPath: string }[] = [];
  for (const path of files) {
    const { size } = await stat(path);
    if (size > MAX_CABLE_BYTES) {
      results.set(path, { contentHash: '', entry: { skipped: tooLarge(size) } });
      continue;
    }
    const { contentHash, annotatedPath } = await cacheSlot(path, root, code, annotatedDir);
    if (existsSync(annotatedPath)) results.set(path, { contentHash, entry: readAnnotated(annotatedPath) });
    else stale.push({ path, contentHash, annotatedPath });
  }
  // One worker would only move the annotating off this thread, which then waits, for a second load
  // of the modules and the names' word lists (issue 7, branch nspeed4: a 2,500-cable shard's job
  // 12.6 CPU s in its own thread, 14.6 with one worker): workers only where two or more run.
  const threads = annotateWorkers(stale.length, annotateThreads()) >= 2 ? annotateThreads() : 0;
  const pool = annotatePool(stale.length, root, join(root, 'data/glossary.yaml'), threads);
  try {
    await Promise.all(
      stale.map(async ({ path, contentHash, annotatedPath }) => {
        const result = await pool.annotate(path);
        const entry: AnnotatedCable | SkippedEntry = 'skipped' in result ? { skipped: result.skipped } : result.cable;
        writeFileSync(annotatedPath, JSON.stringify(entry));
        results.set(path, { contentHash, entry });
      }),
    );
  } finally {
    await pool.close();
  }
  for (const path of files) {
    const result = results.get(path);
    if (!result) continue;
    const { contentHash, entry } = result;
    if ('skipped' in entry) {
      out.skipped.push({ path: relative(root, path), reason: entry.skipped });
      continue;
    }
    const { file, referenceId, subject, date, origin, classification } = entry;
    out.cables.push({ path: relative(root, path), contentHash, facts: linkFacts(entry), listing: { file, referenceId, subject, date, origin, classification, facets: cableFacets(entry) } });
  }
  const path = factsPath(work, shard);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(out));
  return { path, cables: out.cables.length, annotated: stale.length, skipped: out.skipped.length };
}

/** A shard's facts written into the work folder (`SHARD_WORK`), with the line that says so (the build's benches read it). */
export async function runShardFacts(root: string, shard: ShardSpec): Promise<void> {
  const started = performance.now();
  const result = await writeShardFacts(root, shardWork(root), shard);
  console.log(
    `[shard ${shard.index}/${shard.count}] facts: ${result.cables} cables (${result.annotated} annotated now, ${result.skipped} left out) ` +
      `in ${Math.round(performance.now() - started)} ms → ${result.path}`,
  );
}
