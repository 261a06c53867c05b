/**
 * A process noun coined from a name (`Chechenization`, `Vietnamization`, `Iraqification`) names a
 * policy, never a person, a body or a place (../shared/NAMES-GUIDE.md: plans and events are no
 * names); dev labels none. An English word of the form (`Organization`, `Civilization` in a body's
 * name) is the dictionary's, and stays a word of names.
 */
import { lexicon } from './lexicon.ts';

/** One capitalised word ending like a process noun: `-ization`, `-isation`, `-ification`. */
const PROCESS_NOUN = /^\p{Lu}\p{L}+(?:i[sz]ation|ification)$/u;

/** `name` is a process noun coined from a name, no dictionary word. */
export function isCoinedProcessNoun(name: string): boolean {
  return name.endsWith('tion') && PROCESS_NOUN.test(name) && !lexicon().dictionary.has(name.toLowerCase());
}
