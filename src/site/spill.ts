/**
 * Records grouped by a key, kept on disk rather than in memory (issue 12: the list pages of the
 * whole release). The site index (./site-index.ts) writes one record per cable and name, or cable
 * and term, while it reads the cables; the names' and terms' pages are then written one bucket of
 * keys at a time, so the build holds one bucket's records (a few MB), not every cable's.
 *
 * A key always goes to the same bucket (a hash), and a bucket file is appended in the order
 * records are added, so reading a bucket gives each key's records in the order they came.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Buffered text per bucket before it is appended to its file. */
const FLUSH_CHARS = 64 * 1024;

/** FNV-1a, 32 bits: a stable bucket for a key. */
function hash(key: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    value ^= key.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Spill folders of this process, removed when it exits. */
const folders = new Set<string>();
let cleanup = false;

export class Spill<T> {
  private readonly dir: string;
  private readonly buckets: number;
  private readonly buffers: string[][];
  private readonly buffered: number[];

  /** `buckets` files in a new folder under the system's temporary folder (or `parent`). */
  constructor(buckets: number, parent = tmpdir()) {
    this.buckets = buckets;
    mkdirSync(parent, { recursive: true });
    this.dir = mkdtempSync(join(parent, 'cable-spill-'));
    folders.add(this.dir);
    if (!cleanup) {
      cleanup = true;
      process.once('exit', () => {
        for (const dir of folders) rmSync(dir, { recursive: true, force: true });
      });
    }
    this.buffers = Array.from({ length: buckets }, () => []);
    this.buffered = Array.from({ length: buckets }, () => 0);
  }

  add(key: string, record: T): void {
    const bucket = hash(key) % this.buckets;
    const line = JSON.stringify([key, record]);
    this.buffers[bucket]!.push(line);
    this.buffered[bucket]! += line.length;
    if (this.buffered[bucket]! > FLUSH_CHARS) this.flushBucket(bucket);
  }

  private flushBucket(bucket: number): void {
    const lines = this.buffers[bucket]!;
    if (lines.length > 0) appendFileSync(join(this.dir, String(bucket)), `${lines.join('\n')}\n`);
    this.buffers[bucket] = [];
    this.buffered[bucket] = 0;
  }

  /** Every key with its records in the order they were added: bucket by bucket, keys in first-seen order within a bucket. */
  *groups(): Generator<[string, T[]]> {
    for (let bucket = 0; bucket < this.buckets; bucket += 1) {
      this.flushBucket(bucket);
      let text: string;
      try {
        text = readFileSync(join(this.dir, String(bucket)), 'utf8');
      } catch {
        continue; // no record fell in this bucket
      }
      const groups = new Map<string, T[]>();
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const [key, record] = JSON.parse(line) as [string, T];
        const group = groups.get(key);
        if (group) group.push(record);
        else groups.set(key, [record]);
      }
      text = '';
      yield* groups;
    }
  }

  /** Removes the files (also done when the process exits). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    folders.delete(this.dir);
  }
}
