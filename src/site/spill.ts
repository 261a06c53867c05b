/**
 * Records grouped by a key, kept on disk rather than in memory (issue 12: the list pages of the
 * whole release). The site index (./site-index.ts) writes one record per cable and name, or cable
 * and term, while it reads the cables; the names' and terms' pages are then written one bucket of
 * keys at a time, and a key's records a page at a time, so the build holds neither every cable's
 * records nor every record of a name most cables give.
 *
 * A key always goes to the same bucket (a hash), and a bucket file is appended in the order
 * records are added, so a stable sort of a key's records is the sort of the list they came in.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
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

/** Bytes read at a time when a bucket's file is scanned. */
const READ_BYTES = 1 << 20;

/** A key's records in a bucket file, sorted, read a run at a time. */
export interface SpilledList<T> {
  readonly length: number;
  slice(start: number, end: number): T[];
}

/** Where a record's line is in its bucket file, and its sort key. */
interface Place<K> {
  offset: number;
  bytes: number;
  key: K;
}

/** Every line of a file with its byte offset and length (a record's line holds no newline: JSON escapes them). */
function* lines(fd: number): Generator<{ line: string; offset: number; bytes: number }> {
  const chunk = Buffer.alloc(READ_BYTES);
  let pending = Buffer.alloc(0);
  let pendingAt = 0;
  for (let read = readSync(fd, chunk, 0, READ_BYTES, null); read > 0; read = readSync(fd, chunk, 0, READ_BYTES, null)) {
    const text = Buffer.concat([pending, chunk.subarray(0, read)]);
    let start = 0;
    for (let end = text.indexOf(0x0a, start); end >= 0; end = text.indexOf(0x0a, start)) {
      if (end > start) yield { line: text.toString('utf8', start, end), offset: pendingAt + start, bytes: end - start };
      start = end + 1;
    }
    pending = Buffer.from(text.subarray(start));
    pendingAt += start;
  }
}

/** One record, read from its place in the bucket file. */
function readRecord<T>(fd: number, { offset, bytes }: Place<unknown>): T {
  const line = Buffer.alloc(bytes);
  readSync(fd, line, 0, bytes, offset);
  return (JSON.parse(line.toString('utf8')) as [string, T])[1];
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

  /**
   * Every key with its records sorted by `compare` on `sortKey` (a stable sort: equal records in
   * the order they were added), bucket by bucket, keys in first-seen order within a bucket. A
   * bucket is read once for its keys and each record's sort key and place in the file; a key's
   * records are then read from the file a run at a time (`slice`: a page's), while the key is the
   * one given (before the next is asked for). So the records of a key in most cables (`U.S.`)
   * are never all in memory.
   */
  *sortedGroups<K>(sortKey: (record: T) => K, compare: (a: K, b: K) => number): Generator<[string, SpilledList<T>]> {
    for (let bucket = 0; bucket < this.buckets; bucket += 1) {
      this.flushBucket(bucket);
      const path = join(this.dir, String(bucket));
      if (!existsSync(path)) continue; // no record fell in this bucket
      const fd = openSync(path, 'r');
      try {
        const places = new Map<string, Place<K>[]>();
        for (const { line, offset, bytes } of lines(fd)) {
          const [key, record] = JSON.parse(line) as [string, T];
          const place = { offset, bytes, key: sortKey(record) };
          const found = places.get(key);
          if (found) found.push(place);
          else places.set(key, [place]);
        }
        for (const [key, found] of places) {
          found.sort((a, b) => compare(a.key, b.key));
          yield [key, { length: found.length, slice: (start, end) => found.slice(start, end).map((place) => readRecord<T>(fd, place)) }];
        }
      } finally {
        closeSync(fd);
      }
    }
  }

  /** Removes the files (also done when the process exits). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    folders.delete(this.dir);
  }
}
