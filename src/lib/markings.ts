/** Portion markings: their meanings from the glossary, and a cable's counts (their normal form and ids: glossary-data.ts). */
import { normaliseMarking, type Glossary, type GlossaryEntry } from './glossary-data.ts';
import type { Cable, MarkingCount } from './types.ts';




/** The glossary entry of a marking or, for a combination the glossary does not list, of its parts. */
function markingParts(marking: string, glossary: Glossary): { key: string; entry: GlossaryEntry | undefined; parts: Array<{ part: string; entry: GlossaryEntry | undefined }> } {
  const key = normaliseMarking(marking);
  const parts = key.split('//').map((part) => {
    const relCountries = /^REL (.+)$/.exec(part);
    return { part, entry: glossary.markings.get(relCountries ? 'REL' : part) };
  });
  return { key, entry: glossary.markings.get(key), parts };
}

/** Title case for a REL country list: `ARMENIA` → `Armenia`. */
function titleCase(words: string): string {
  return words.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * A short meaning for a portion marking, for badges and counts: the glossary's label when it lists
 * the marking, else composed from its parts (`S//NF` → `Secret, not releasable to foreign
 * nationals`); `Unmarked` for null; unknown parts are named as such.
 */
export function markingMeaning(marking: string | null, glossary: Glossary): string {
  if (marking === null || marking.trim() === '') return 'Unmarked';
  const { entry, parts } = markingParts(marking, glossary);
  if (entry) return entry.label ?? entry.meaning;
  return parts
    .map(({ part, entry: partEntry }, index) => {
      const rel = /^REL (.+)$/.exec(part);
      if (rel) return `releasable to ${titleCase(rel[1]!)}`;
      const label = partEntry?.label ?? `${part} (unknown marking)`;
      return index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
    })
    .join(', ');
}

/** The longer explanation of a marking for term lists: its entry's meaning, or its parts' meanings. */
export function markingExplanation(marking: string, glossary: Glossary): { term: string; meaning: string } {
  const { key, entry, parts } = markingParts(marking, glossary);
  if (entry) return { term: entry.term, meaning: entry.meaning };
  const known = parts.filter((part) => part.entry).map((part) => part.entry!.meaning);
  return { term: key, meaning: [`${markingMeaning(marking, glossary)}.`, ...known].join(' ') };
}

/**
 * How many paragraphs carry each portion marking (upper-cased as written; null = unmarked), most
 * paragraphs first, ties in order of first appearance.
 */
export function markingCounts(cable: Pick<Cable, 'paragraphs'>, glossary: Glossary): MarkingCount[] {
  const counts = new Map<string | null, number>();
  for (const paragraph of cable.paragraphs) {
    const marking = paragraph.marking === null ? null : paragraph.marking.toUpperCase();
    counts.set(marking, (counts.get(marking) ?? 0) + 1);
  }
  return [...counts]
    .map(([marking, paragraphs]) => ({ marking, meaning: markingMeaning(marking, glossary), paragraphs }))
    .sort((a, b) => b.paragraphs - a.paragraphs);
}

// ---------------------------------------------------------------------------------------------
// Terms of a cable
