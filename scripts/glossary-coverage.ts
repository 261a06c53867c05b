/**
 * How much of the corpus's cable language the glossary explains (docs/glossary.md).
 *
 *   npm run glossary:coverage [-- DIR] [-- --top N] [-- --speed COPIES]
 *
 * Prints: TAGS codes and portion markings with an entry; glossary terms the corpus uses, by
 * kind; capitalised tokens (all-capital words of 2–8 letters, and officer-style words such as
 * `Msnoff`, `AgCouns`) explained or not; the most frequent ones still unexplained, with how
 * often the cables spell them out themselves ("Narcotics Control Board (NACOB)"). With `--speed`,
 * also the matching speed over the paragraphs repeated COPIES times (40 copies of seeds/ are
 * the 10,000-cable benchmark corpus, docs/benchmarks.md).
 */
import { performance } from 'node:perf_hooks';
import { findTerms, loadGlossary, markingMeaning, tagEntry, termMatches, type TermMatch } from '../src/lib/glossary.ts';
import { listCableFiles, readCable } from '../src/lib/read.ts';
import type { Cable, TermKind } from '../src/lib/types.ts';

const args = process.argv.slice(2);
const optionValue = (name: string, fallback: number): number => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const top = optionValue('--top', 40);
const speedCopies = optionValue('--speed', 0);
const dir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'seeds';

/** All-capital tokens (`GOG`, `A/S`, `AML/CTF`, `P5`) and officer-style words (`Msnoff`, `PolCouns`). */
const CAPITAL_TOKEN = /(?<![\p{L}\p{N}])(?:[A-Z][A-Z0-9/&]{1,7}|(?:[A-Z][a-z]+)+(?:off|offs|Off|Offs|couns|Couns))(?![\p{L}\p{N}])/gu;
/** Redactions, roman numerals and similar tokens that are no cable language. */
const NOT_A_TERM = /^(?:X+|[IVX]+|[A-Z]\d*|\d.*)$/;

const glossary = loadGlossary();
const files = await listCableFiles(dir);
const cables: Cable[] = [];
for (const file of files) cables.push(await readCable(file));

// Ordinary words and names: anything the corpus also writes in lower or title case ("THE", "MADRID").
const lowerWords = new Set<string>();
for (const cable of cables) {
  for (const paragraph of cable.paragraphs) {
    for (const word of paragraph.text.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu)) lowerWords.add(word[0].toLowerCase());
  }
}
const isOrdinaryWord = (token: string): boolean => /^[A-Z]+$/.test(token) && lowerWords.has(token.toLowerCase());

const tags = new Map<string, number>();
const markings = new Map<string, number>();
const termCables = new Map<string, { kind: TermKind; term: string; cables: number }>();
const tokens = new Map<string, { count: number; cables: Set<string>; covered: number; definedInCable: number }>();

for (const cable of cables) {
  for (const tag of cable.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  for (const paragraph of cable.paragraphs) {
    if (paragraph.marking !== null) markings.set(paragraph.marking.toUpperCase(), (markings.get(paragraph.marking.toUpperCase()) ?? 0) + 1);
  }
  for (const use of findTerms(cable, glossary)) {
    const seen = termCables.get(use.id) ?? { kind: use.kind, term: use.term, cables: 0 };
    seen.cables++;
    termCables.set(use.id, seen);
  }
  const texts = [cable.subject ?? '', ...cable.paragraphs.map((paragraph) => paragraph.text)];
  const allText = texts.join('\n');
  for (const text of texts) {
    const matches: TermMatch[] = termMatches(text, glossary);
    for (const token of text.matchAll(CAPITAL_TOKEN)) {
      const written = token[0];
      const start = token.index;
      const end = start + written.length;
      const covered = matches.some((match) => match.start <= start && end <= match.end);
      // An ordinary word or a name in capitals counts only where the glossary explains it (CODEL).
      if (NOT_A_TERM.test(written) || (!covered && isOrdinaryWord(written))) continue;
      const record = tokens.get(written) ?? { count: 0, cables: new Set<string>(), covered: 0, definedInCable: 0 };
      if (record.cables.size === 0 || !record.cables.has(cable.id)) {
        // The cable spells it out itself: "Bank Negara (BN)" or "BN (Bank Negara)".
        if (new RegExp(`\\(${escape(written)}[),]|${escape(written)} \\(\\p{Lu}\\p{L}+ `, 'u').test(allText)) record.definedInCable++;
      }
      record.count++;
      record.cables.add(cable.id);
      if (covered) record.covered++;
      tokens.set(written, record);
    }
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

console.log(`Glossary coverage of ${cables.length} cables in ${dir}/ (glossary: ${glossary.entries.length} entries)\n`);

const tagsCovered = [...tags.keys()].filter((tag) => tagEntry(tag, glossary));
console.log(`TAGS codes: ${tagsCovered.length} of ${tags.size} distinct codes have an entry (${percent(tagsCovered.length, tags.size)})`);
const missingTags = [...tags.keys()].filter((tag) => !tagEntry(tag, glossary));
if (missingTags.length > 0) console.log(`  missing: ${missingTags.join(' ')}`);

const markingsExplained = [...markings.keys()].filter((marking) => !/unknown marking/.test(markingMeaning(marking, glossary)));
console.log(`Portion markings: ${markingsExplained.length} of ${markings.size} distinct markings explained (${percent(markingsExplained.length, markings.size)}): ${[...markings].map(([marking, count]) => `${marking} ×${count}`).join(', ')}`);

const byKind = new Map<TermKind, number>();
for (const { kind } of termCables.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
console.log(`Glossary terms the corpus uses: ${termCables.size} distinct (${[...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ')})`);
const mostUsed = [...termCables.values()].filter((use) => use.kind !== 'subject-tag' && use.kind !== 'country-tag').sort((a, b) => b.cables - a.cables).slice(0, 15);
console.log(`  most used in text and header: ${mostUsed.map((use) => `${use.term} (${use.cables})`).join(', ')}`);

const distinct = [...tokens.values()];
const coveredTokens = distinct.filter((record) => record.covered === record.count).length;
const partlyCovered = distinct.filter((record) => record.covered > 0 && record.covered < record.count).length;
const occurrences = distinct.reduce((sum, record) => sum + record.count, 0);
const coveredOccurrences = distinct.reduce((sum, record) => sum + record.covered, 0);
console.log(`\nCapitalised tokens (not ordinary words): ${tokens.size} distinct, ${coveredTokens} always explained, ${partlyCovered} sometimes (${percent(coveredTokens + partlyCovered, tokens.size)} of distinct tokens)`);
console.log(`  occurrences: ${coveredOccurrences} of ${occurrences} explained (${percent(coveredOccurrences, occurrences)})`);
const inTwoCables = distinct.filter((record) => record.cables.size >= 2);
const inTwoCovered = inTwoCables.filter((record) => record.covered > 0).length;
console.log(`  tokens in 2 or more cables: ${inTwoCovered} of ${inTwoCables.length} explained (${percent(inTwoCovered, inTwoCables.length)})`);

const unexplained = [...tokens]
  .filter(([, record]) => record.covered === 0)
  .sort((a, b) => b[1].count - a[1].count || b[1].cables.size - a[1].cables.size || a[0].localeCompare(b[0]))
  .slice(0, top);
console.log(`\nMost frequent capitalised tokens still unexplained (top ${top}): token, occurrences, cables, cables that spell it out`);
for (const [token, record] of unexplained) {
  console.log(`  ${token.padEnd(10)} ${String(record.count).padStart(4)} ${String(record.cables.size).padStart(4)} ${String(record.definedInCable).padStart(4)}`);
}

if (speedCopies > 0) {
  // Wall time and this process's CPU time: on a shared machine the CPU figure is the steadier one.
  const timed = (run: () => void): { wall: number; cpu: number } => {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    run();
    const cpu = process.cpuUsage(cpuStart);
    return { wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  };
  const texts = cables.flatMap((cable) => cable.paragraphs.map((paragraph) => paragraph.text));
  const megabytes = (speedCopies * texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)) / 1e6;
  let matched = 0;
  const matching = timed(() => {
    for (let copy = 0; copy < speedCopies; copy++) for (const text of texts) matched += termMatches(text, glossary).length;
  });
  const finding = timed(() => {
    for (let copy = 0; copy < speedCopies; copy++) for (const cable of cables) findTerms(cable, glossary);
  });
  const count = cables.length * speedCopies;
  console.log(`\nSpeed over ${speedCopies} copies (wall / CPU time):`);
  console.log(`  termMatches: ${megabytes.toFixed(1)} MB of paragraph text, ${matched} matches, ${matching.wall.toFixed(2)} s / ${matching.cpu.toFixed(2)} s = ${(megabytes / matching.wall).toFixed(1)} / ${(megabytes / matching.cpu).toFixed(1)} MB/s`);
  console.log(`  findTerms: ${count} cables, ${finding.wall.toFixed(2)} s / ${finding.cpu.toFixed(2)} s = ${((1000 * finding.wall) / count).toFixed(3)} / ${((1000 * finding.cpu) / count).toFixed(3)} ms per cable`);
}
