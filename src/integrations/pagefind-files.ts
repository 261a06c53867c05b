/**
 * Pagefind 1.6's bundle files, as the steps after Pagefind read and write them (the chunk cut,
 * pagefind-chunks.ts; the short names, pagefind-names.ts). Read from Pagefind's source and
 * checked on our builds:
 *
 * - `pagefind-entry.json` names each language's meta file (`languages.en.hash` → `pagefind.<hash>.pf_meta`);
 * - the meta, the word chunks (`index/<hash>.pf_index`), the filter chunks and the fragments
 *   (`fragment/<page>.pf_fragment`) are gzip of `pagefind_dcd` + a body: CBOR, or JSON for a
 *   fragment. The meta is `[version, pages, chunks, filters, sorts, meta_fields]`, a page
 *   `[name, word count, group]`, a chunk `[from, to, name]`, a filter `[filter, name]`.
 *
 * The browser side puts a name into a URL as it is (`${basePath}fragment/${name}.pf_fragment`,
 * `${basePath}index/${name}.pf_index`), so a name may hold a `/`.
 */
import { decode, encode, Tokenizer, Type, type EncodeOptions } from 'cborg';
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = Buffer.from('pagefind_dcd');
/** Maps as Maps, kept in Pagefind's order (cborg sorts map keys unless told not to). */
const ENCODE: EncodeOptions = { mapSorter: () => 0 };
export const cbor = {
  encode: (value: unknown): Uint8Array => encode(value, ENCODE),
  decode: (body: Uint8Array): unknown => decode(body, { useMaps: true }),
};

/**
 * Reads CBOR's tokens without building values: the chunk cut (pagefind-chunks.ts) needs only where
 * each word's entry ends and its word, and building every posting's arrays to learn that was
 * ≈ a third of the cut's CPU (issue 12).
 */
export class CborReader {
  private readonly tokens: Tokenizer;
  constructor(body: Uint8Array) {
    this.tokens = new Tokenizer(body);
  }

  /** The offset of the next token. */
  get at(): number {
    return this.tokens.pos();
  }

  get done(): boolean {
    return this.tokens.done();
  }

  /** The length of the array that comes next; throws on anything else. */
  arrayHead(): number {
    const token = this.tokens.next();
    if (token.type !== Type.array || token.value === Infinity) throw new Error(`CBOR: a definite array expected at ${this.at}, found ${token.type.name}`);
    return token.value as number;
  }

  /** The text string that comes next; throws on anything else. */
  text(): string {
    const token = this.tokens.next();
    if (token.type !== Type.string) throw new Error(`CBOR: a text string expected at ${this.at}, found ${token.type.name}`);
    return token.value as string;
  }

  /** Passes over the next item, with everything in it (definite lengths only, as Pagefind writes them). */
  skip(): void {
    const token = this.tokens.next();
    if (token.value === Infinity) throw new Error(`CBOR: an indefinite length at ${this.at}`);
    // An array's items, a map's keys and values, a tag's one item; any other token is whole.
    const items = token.type === Type.array ? Number(token.value) : token.type === Type.map ? 2 * Number(token.value) : token.type === Type.tag ? 1 : 0;
    for (let item = 0; item < items; item += 1) this.skip();
  }
}

/** A page of the meta: its fragment's name, its word count, its fragment group ('' for none). */
export type MetaPage = [string, number, string, ...unknown[]];
export type Meta = [string, MetaPage[], [string, string, string][], [string, string][], unknown[], string[]];
export interface Entry {
  languages: Record<string, { hash: string }>;
}

/** The body inside a Pagefind file. */
export function unpack(file: Buffer, name: string): Buffer {
  const plain = gunzipSync(file);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: no pagefind_dcd signature`);
  return plain.subarray(SIGNATURE.length);
}

/** A Pagefind file holding this body (gzip's default level, as Pagefind's own files). */
export function pack(body: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, body]));
}

/** Decodes, and checks that cborg writes the same bytes back (so nothing in it is changed). */
export function decodeExact<T>(body: Buffer, name: string): T {
  const value = cbor.decode(body) as T;
  if (!Buffer.from(cbor.encode(value)).equals(body)) throw new Error(`${name}: CBOR does not round-trip`);
  return value;
}

/** Writes a new file and renames it into place: a hard-linked copy of the bundle (the bench's) keeps its own file. */
export async function writeNew(path: string, data: Buffer | string): Promise<void> {
  await writeFile(`${path}.tmp`, data);
  await rename(`${path}.tmp`, path);
}

/** `<language>_<hex>`, `length` hex digits of the SHA-1 of `body`, longer when the name is taken. */
export function contentName(language: string, body: Uint8Array, length: number, taken: Set<string>): string {
  const digest = createHash('sha1').update(body).digest('hex');
  let name = `${language}_${digest.slice(0, length)}`;
  for (let extra = length + 1; taken.has(name) && extra <= digest.length; extra += 1) name = `${language}_${digest.slice(0, extra)}`;
  taken.add(name);
  return name;
}

export const metaPath = (bundle: string, hash: string): string => join(bundle, `pagefind.${hash}.pf_meta`);
export const chunkPath = (bundle: string, name: string): string => join(bundle, 'index', `${name}.pf_index`);
export const fragmentPath = (bundle: string, name: string): string => join(bundle, 'fragment', `${name}.pf_fragment`);

export async function readEntry(bundle: string): Promise<Entry> {
  return JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
}

export async function writeEntry(bundle: string, entry: Entry): Promise<void> {
  await writeNew(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
}

/** A language's meta, decoded exactly. */
export async function readMeta(bundle: string, hash: string): Promise<{ meta: Meta; file: Buffer }> {
  const path = metaPath(bundle, hash);
  const file = await readFile(path);
  return { meta: decodeExact<Meta>(unpack(file, path), path), file };
}

/** Writes a meta under its content name (`<language>_<10 hex>`, as Pagefind names it); returns the name and the file. */
export async function writeMeta(bundle: string, language: string, meta: Meta): Promise<{ hash: string; file: Buffer }> {
  const body = cbor.encode(meta);
  const hash = contentName(language, body, 10, new Set());
  const file = pack(body);
  await writeNew(metaPath(bundle, hash), file);
  return { hash, file };
}
