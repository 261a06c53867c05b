/**
 * Days named for someone or something are events, no names (the guide: treaties, laws, plans and
 * events; issue 7, the nineteenth round): `Nelson Mandela Day`, `Independence Day`, `the American
 * Chamber of Commerce’s Members Day`. The name a day is named for is read alone, without the
 * day's word (the labels: `Nelson Mandela`, a person, in `Nelson Mandela Day`).
 */
import { lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** The last word of a day's name. `Week` is left out: `Nucleonics Week` is a newsletter. */
const DAY_WORD = 'Day';

/**
 * The run without a day's word at its end, nor the English words before it that name the day
 * (`Nelson Mandela Day` → `Nelson Mandela`; `U.S. Independence Day` → `U.S.`, no town
 * `Independence`; `Groundhog Day` → nothing); the run itself when it has no day's word.
 */
export function withoutDayWord(run: Token[]): Token[] {
  if (run.length < 2 || run[run.length - 1]!.text !== DAY_WORD) return run;
  const dictionary = lexicon().dictionary;
  let end = run.length - 1;
  while (end > 0 && dictionary.has(run[end - 1]!.text.toLowerCase())) end--;
  return run.slice(0, end);
}
