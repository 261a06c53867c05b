/**
 * The header's address block: the `FM`, `TO` and `INFO` lines and the lines that continue them
 * (`RUEHLO/AMEMBASSY LONDON PRIORITY 0605`), each address with its field and input line. The
 * header reader hands it every non-blank header line in order; blank lines neither end nor
 * continue a field, so a cable read back from its JSON (which keeps no blank lines) gives the same
 * addresses.
 */
import { ADDRESS_FIELD, AFTER_ADDRESSES } from '../patterns.ts';

/** One address as written, e.g. `RUEHLO/AMEMBASSY LONDON PRIORITY 0605` in a `TO` field. */
export interface Address {
  field: 'FM' | 'TO' | 'INFO';
  /** The line's text, trimmed (after `TO ` on the field's first line). */
  text: string;
  /** 1-based input line. */
  line: number;
}

/** The addresses read so far and the field a next line would continue (null: none open). */
export interface AddressBlock {
  addresses: Address[];
  open: Address['field'] | null;
}

export function newAddressBlock(): AddressBlock {
  return { addresses: [], open: null };
}

/** Reads one non-blank header line (trimmed `text`, 1-based `line`) into the block. */
export function readAddressLine(block: AddressBlock, text: string, line: number): void {
  const start = ADDRESS_FIELD.exec(text);
  if (start) {
    block.open = start[1] as Address['field'];
    block.addresses.push({ field: block.open, text: start[2]!.trim(), line });
  } else if (block.open !== null && !AFTER_ADDRESSES.test(text)) {
    block.addresses.push({ field: block.open, text, line });
  } else {
    block.open = null;
  }
}
