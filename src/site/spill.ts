/**
 * Records grouped by a key, kept on disk rather than in memory (issue 12: the list pages of the
 * whole release). The site index (./site-index.ts) writes one record per cable and name, or cable
 * and term, while it reads the cables; the names' and terms' pages are then written one bucket of
 * keys at a time, and a key's records a page at a time, so the build holds neither every cable's
 * records nor every record of a name most cables give.
 *
 * A key always goes to the same bucket (a hash). Each bucket has two files appended in the order
 * records are added: the records, one JSON line each, and an index line per record (its key, its
 * sort key, where its line is). A bucket's index is read whole (a few dozen bytes a record), each
 * key's records sorted by it (a stable sort: the sort of the list they came in), and the records
 * themselves parsed when a page needs them, each once, from the bucket's records file read whole.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fnv1a } from '../lib/hash.ts';
import type { ListSource } from './split-list.ts';

/** Buffered text per bucket before it is appended to its file. */
const FLUSH_CHARS = 64 * 1024;


/** A record's index line: its key, its sort key, and its line's byte offset and length in the records file. */
type IndexLine<K> = [string, K, number, number];

/** Spill folders of this process, removed when it exits. */
const folders = new Set<string>();
let cleanup = false;

/** One bucket's two files as they are written: text buffered, and the records file's length in bytes so far. */
interface Bucket {
  records: string[];
  index: string[];
  buffered: number;
  bytes: number;
}

export class Spill<T, K> {
  private readonly dir: string;
  private readonly buckets: Bucket[];
  private readonly sortKey: (record: T) => K;

  /** `buckets` buckets in a new folder under the system's temporary folder (or `parent`); records sorted by `sortKey`. */
  constructor(buckets: number, sortKey: (record: T) => K, parent = tmpdir()) {
    this.sortKey = sortKey;
    mkdirSync(parent, { recursive: true });
    this.dir = mkdtempSync(join(parent, 'cable-spill-'));
    folders.add(this.dir);
    if (!cleanup) {
      cleanup = true;
      process.once('exit', () => {
        for (const dir of folders) rmSync(dir, { recursive: true, force: true });
      });
    }
    this.buckets = Array.from({ length: buckets }, () => ({ records: [], index: [], buffered: 0, bytes: 0 }));
  }

  add(key: string, record: T): void {
    const number = fnv1a(key) % this.buckets.length;
    const bucket = this.buckets[number]!;
    const line = JSON.stringify(record);
    const bytes = Buffer.byteLength(line);
    const indexLine: IndexLine<K> = [key, this.sortKey(record), bucket.bytes, bytes];
    bucket.records.push(line);
    bucket.index.push(JSON.stringify(indexLine));
    bucket.bytes += bytes + 1;
    bucket.buffered += line.length;
    if (bucket.buffered > FLUSH_CHARS) this.flushBucket(number);
  }

  private path(number: number, kind: 'records' | 'index'): string {
    return join(this.dir, `${number}.${kind}`);
  }

  private flushBucket(number: number): void {
    const bucket = this.buckets[number]!;
    if (bucket.records.length === 0) return;
    appendFileSync(this.path(number, 'records'), `${bucket.records.join('\n')}\n`);
    appendFileSync(this.path(number, 'index'), `${bucket.index.join('\n')}\n`);
    bucket.records = [];
    bucket.index = [];
    bucket.buffered = 0;
  }

  /**
   * Every key with its records sorted by `compare` on their sort keys (a stable sort: equal
   * records in the order they were added), bucket by bucket, keys in first-seen order within a
   * bucket. A key's records are read from disk a run at a time (`slice`: a page's), while that key
   * is the one given (before the next is asked for): the records of a name in most cables
   * (`U.S.`) are never all in memory.
   */
  *sortedGroups(compare: (a: K, b: K) => number): Generator<[string, ListSource<T>]> {
    for (let number = 0; number < this.buckets.length; number += 1) {
      this.flushBucket(number);
      if (!existsSync(this.path(number, 'index'))) continue; // no record fell in this bucket
      const places = new Map<string, IndexLine<K>[]>();
      for (const text of readFileSync(this.path(number, 'index'), 'utf8').split('\n')) {
        if (text === '') continue;
        const line = JSON.parse(text) as IndexLine<K>;
        const found = places.get(line[0]);
        if (found) found.push(line);
        else places.set(line[0], [line]);
      }
      // The bucket's records file in one read (7.4–8.8 MB for the names of 500 cables, whatever
      // the corpus's size) rather than a read call and a Buffer per record; each record is still
      // parsed only when its page asks for it.
      const records = readFileSync(this.path(number, 'records'));
      for (const [key, found] of places) {
        found.sort((a, b) => compare(a[1], b[1]));
        yield [key, { length: found.length, slice: (start, end) => found.slice(start, end).map(([, , offset, bytes]) => recordAt<T>(records, offset, bytes)) }];
      }
    }
  }

  /** Removes the files (also done when the process exits). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    folders.delete(this.dir);
  }
}

/** One record, parsed from its place in the records file's bytes. */
function recordAt<T>(records: Buffer, offset: number, bytes: number): T {
  return JSON.parse(records.toString('utf8', offset, offset + bytes)) as T;
}
