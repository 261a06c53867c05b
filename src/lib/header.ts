/**
 * The header's facts for the annotators and the page: the parser's own (src/lib/parse/
 * header-fields.ts reads the header once, field by field, with the patterns of patterns.ts).
 * Nothing here scans header lines with patterns of its own.
 */
import { readFrame } from './parse/frame.ts';
import { readHeader, type FieldLine, type HeaderText } from './parse/header-fields.ts';
import type { Address } from './parse/addresses.ts';
import type { Cable } from './types.ts';

export type { Address } from './parse/addresses.ts';
export type { FieldLine, HeaderText } from './parse/header-fields.ts';

/** What the parser read in a cable's header, beyond the contract's fields. */
export interface HeaderFields {
  /** The E.O. line (without a TAGS part on the same line) and its line. */
  eo: HeaderText | null;
  /** What follows `Classified By:`, continuation lines joined, and its first line. */
  classifiedBy: HeaderText | null;
  /** Where each field starts, in the input's order. */
  fields: FieldLine[];
  /** The `FM`, `TO` and `INFO` addresses, in the input's order. */
  addresses: Address[];
}

/**
 * The parser's header facts of each cable it made in this process. The contract's JSON has no
 * place for them, and `parseCable` returns the contract's Cable: this is where they travel to the
 * annotators (glossary, names), which take a Cable.
 */
const parsed = new WeakMap<Pick<Cable, 'header'>, HeaderFields>();

/** Called by `parseCable` with the header facts of the cable it returns. */
export function rememberHeaderFields(cable: Pick<Cable, 'header'>, fields: HeaderFields): void {
  parsed.set(cable, fields);
}

/**
 * The header facts of a cable. For a cable `parseCable` made in this process, the parser's own;
 * for one read back from its JSON (the page reads stored cables), the same field reader runs over
 * the header lines the JSON keeps (a corpus test checks both give the same texts). Line numbers
 * are then counted in those lines, blank lines dropped.
 */
export function headerFields(cable: Pick<Cable, 'header'>): HeaderFields {
  let fields = parsed.get(cable);
  if (fields === undefined) {
    fields = fieldsOfKeptLines(cable.header);
    parsed.set(cable, fields);
  }
  return fields;
}

/** Reads the header lines a Cable keeps with the parser's field reader (alx metadata lines skipped). */
function fieldsOfKeptLines(lines: string[]): HeaderFields {
  const frame = readFrame(lines);
  const start = frame.start + (frame.alx ? 5 : 0);
  const { eo, classifiedBy, fieldLines, addresses } = readHeader(lines, start, lines.length);
  return { eo, classifiedBy, fields: fieldLines, addresses };
}

/** The E.O. line and the Classified By text, as the page shows them and the annotators read them. */
export function headerFacts(cable: Pick<Cable, 'header'>): { eo: string | null; classifiedBy: string | null } {
  const { eo, classifiedBy } = headerFields(cable);
  return { eo: eo?.text ?? null, classifiedBy: classifiedBy?.text ?? null };
}
