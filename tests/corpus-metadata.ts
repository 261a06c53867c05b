/**
 * Compares parsed corpus cables with the WikiLeaks metadata in tests/fixtures/corpus-index.tsv
 * (a copy of ../shared/corpus/index.tsv). Shared by the unit test and by hand-run checks.
 */
import { readFileSync } from 'node:fs';
import type { Cable } from '../src/lib/types.ts';

export interface IndexRow {
  file: string;
  referenceId: string;
  date: string;
  origin: string;
  classification: string;
  subject: string;
  numberedParagraphs: number;
}

export function readCorpusIndex(path = new URL('./fixtures/corpus-index.tsv', import.meta.url)): IndexRow[] {
  const [, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  return rows.map((row) => {
    const [file, referenceId, date, origin, classification, subject, numbered] = row.split('\t');
    return {
      file: file!, referenceId: referenceId!, date: date!, origin: origin!, classification: classification!,
      subject: subject ?? '', numberedParagraphs: Number(numbered),
    };
  });
}

const words = (text: string): string[] => (text.toUpperCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Subjects agree when their words agree, allowing the index's cut at the first line break (its
 * words are a prefix of ours) or its run-on into `REF:` (ours are a prefix of its).
 */
export function subjectMatches(ours: string | null, index: string): boolean {
  const a = words(ours ?? '');
  const b = words(index);
  if (b.length === 0) return true; // the index has no subject for this cable
  if (a.length === 0) return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  if (!shorter.every((w, i) => longer[i] === w)) return false;
  if (b.length < a.length) return true; // index cut at a line break
  return a.length === b.length || ['REF', 'REFS', 'REFTEL'].includes(b[a.length]!);
}

export interface FieldMisses {
  classification: string[];
  referenceId: string[];
  subject: string[];
  date: string[];
  /** Cables whose text carries a date at all (the date rate is over these). */
  dated: number;
}

/** The cables whose metadata differs from the index, per field. */
export function compareWithIndex(cables: Map<string, Cable>, rows: IndexRow[]): FieldMisses {
  const misses: FieldMisses = { classification: [], referenceId: [], subject: [], date: [], dated: 0 };
  for (const row of rows) {
    const cable = cables.get(row.file);
    if (!cable) throw new Error(`no parsed cable for ${row.file}`);
    if (cable.classification !== row.classification) misses.classification.push(`${row.file}: ${cable.classification} ≠ ${row.classification}`);
    if (cable.referenceId !== row.referenceId) misses.referenceId.push(`${row.file}: ${cable.referenceId} ≠ ${row.referenceId}`);
    if (!subjectMatches(cable.subject, row.subject)) misses.subject.push(`${row.file}: "${cable.subject}" ≠ "${row.subject}"`);
    if (cable.date !== null) {
      misses.dated++;
      if (cable.date !== row.date) misses.date.push(`${row.file}: ${cable.date} ≠ ${row.date}`);
    }
  }
  return misses;
}
