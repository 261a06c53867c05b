/**
 * The 10,000-cable corpus: the real corpus repeated under new reference ids, written outside
 * the repo. Copy 0 is the corpus as is; in copy k ≥ 1 each cable gets a new number, rewritten
 * both in its file name (`04AMMAN1288.txt` → `04AMMAN<new>.txt`) and in its text wherever the
 * text names it (`AMMAN 001288` in the classification line and page headers), so the parser
 * derives a distinct id whichever source it trusts. A cable without a reference id (the seed)
 * gets " copy k" appended to its `Cablegate:` title, so its subject slug differs.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const REFERENCE_FILE = /^(\d\d)([A-Z]+)(\d+)\.txt$/;
/** A cable's sidecar (src/lib/annotations.ts): `X.txt` → `X.annotations.yaml`; it travels with each copy. */
const sidecarOf = (cablePath: string): string => cablePath.replace(/\.txt$/, '.annotations.yaml');
const CABLEGATE_TITLE = /^(Cablegate: .*?)\s*$/m;

/** Every `*.txt` under `dir`, recursively, sorted (the contract's input rule). */
export function cableFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
  /** Copies whose reference was found and rewritten inside the text too. */
  textRewritten: number;
  /** Copies whose id changes only through the file name (the text names no reference). */
  fileNameOnly: number;
  /** Copies of cables without a reference id, retitled. */
  retitled: number;
}

/**
 * The reference a classification line ends with, as the text writes it:
 * `S E C R E T SECTION 01 OF 02 AMMAN 001288`, `UNCLAS THE HAGUE 000123`. Some corpus files name
 * another cable here (a WikiLeaks mix-up), so the text's reference is rewritten on its own terms.
 */
const CLASSIFICATION_REFERENCE =
  /^(?:(?:[A-Z] ){4,}[A-Z]|UNCLAS\w*|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b.*?\b([A-Z][A-Z ]*[A-Z])\s+(\d{3,6})\s*$/gm;

/** Writes `count` cables into `targetDir` (emptied first) from the corpus in `sourceDir`. */
export function generateCorpus(sourceDir: string, targetDir: string, count: number): GeneratedCorpus {
  const sources = cableFilesUnder(sourceDir).map((path) => ({ path, bytes: readFileSync(path) }));
  if (sources.length === 0) throw new Error(`no *.txt cables under ${sourceDir}`);
  rmSync(targetDir, { recursive: true, force: true });
  const result: GeneratedCorpus = { dir: targetDir, files: 0, bytes: 0, textRewritten: 0, fileNameOnly: 0, retitled: 0 };

  // Ids already taken, as year+city+number, so no copy collides with a real cable or another copy.
  const taken = new Set<string>();
  for (const { path } of sources) {
    const match = REFERENCE_FILE.exec(basename(path));
    if (match) taken.add(`${match[1]}${match[2]}${Number(match[3])}`);
  }
  // The same reference in the same copy always gets the same new number (file name and text agree).
  const assigned = new Map<string, number>();
  const newNumber = (year: string, city: string, number: number, copy: number): number => {
    const key = `${year}${city}${number}#${copy}`;
    let renumbered = assigned.get(key);
    if (renumbered === undefined) {
      renumbered = (number + copy * 7919) % 1_000_000;
      while (taken.has(`${year}${city}${renumbered}`)) renumbered = (renumbered + 1) % 1_000_000;
      taken.add(`${year}${city}${renumbered}`);
      assigned.set(key, renumbered);
    }
    return renumbered;
  };

  for (let copy = 0; result.files < count; copy++) {
    for (const source of sources) {
      if (result.files === count) break;
      const relativePath = relative(sourceDir, source.path);
      let name = basename(relativePath);
      // Latin-1 bytes must survive: edit the text as latin1 (one char per byte), write it back the same way.
      let text = source.bytes.toString('latin1');
      if (copy > 0) {
        const reference = REFERENCE_FILE.exec(name);
        if (reference) {
          const [, year, city, digits] = reference as unknown as [string, string, string, string];
          const renumbered = newNumber(year, city, Number(digits), copy);
          name = `${year}${city}${renumbered}.txt`;
          // The id written out whole, as some texts carry it on their first line (`04MADRID3833`).
          const whole = new RegExp(`\\b${year}${city}0*${Number(digits)}\\b`, 'g');
          const wholeFound = whole.test(text);
          text = text.replace(whole, `${year}${city}${renumbered}`);
          const inText = new Map<string, { city: string; digits: string }>();
          for (const match of text.matchAll(CLASSIFICATION_REFERENCE)) {
            inText.set(`${match[1]} ${match[2]}`, { city: match[1]!, digits: match[2]! });
          }
          // The file's own reference wherever it stands (also glued to other text: `UUNCLAS MANAGUA 001002`).
          const own = new RegExp(`(${city.split('').join(' ?')})\\s+(0*${Number(digits)})\\b`, 'g');
          for (const match of text.matchAll(own)) {
            inText.set(`${match[1]} ${match[2]}`, { city: match[1]!, digits: match[2]! });
          }
          for (const written of inText.values()) {
            const renumbered = newNumber(year, written.city.replaceAll(' ', ''), Number(written.digits), copy);
            const pattern = new RegExp(`\\b${written.city}(\\s+)${written.digits}\\b`, 'g');
            text = text.replace(pattern, `${written.city}$1${String(renumbered).padStart(6, '0')}`);
          }
          if (inText.size > 0 || wholeFound) result.textRewritten++;
          else result.fileNameOnly++;
        } else if (CABLEGATE_TITLE.test(text)) {
          text = text.replace(CABLEGATE_TITLE, `$1 copy ${copy}`);
          name = name.replace(/\.txt$/, `-copy${copy}.txt`);
          result.retitled++;
        } else {
          throw new Error(`${relativePath}: no reference id in the file name and no Cablegate title to vary`);
        }
      }
      const target = join(targetDir, `copy-${String(copy).padStart(2, '0')}`, dirname(relativePath), name);
      mkdirSync(dirname(target), { recursive: true });
      const bytes = Buffer.from(text, 'latin1');
      writeFileSync(target, bytes);
      if (existsSync(sidecarOf(source.path))) copyFileSync(sidecarOf(source.path), sidecarOf(target));
      result.files++;
      result.bytes += bytes.length;
    }
  }
  return result;
}
