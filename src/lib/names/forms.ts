/**
 * Forms inside a paragraph (a vetting request: `Name: WILLIAM, Roderick Anthony Gender: Male
 * Passport No.: A2112982 Occupation: …`): the field labels are no names, and a `Name:` field's value
 * is one person's name, as written (surname first).
 */
import { mention, type Mention } from './runs.ts';
import { isAcronym, isCapitalised, type Token } from './tokens.ts';
import { isOrdinaryWord } from './words.ts';

/** Fewest labels that make a paragraph a form: prose seldom has four `Word:` before a value. */
const MIN_FIELDS = 4;
/** The label of a person's name field. */
const NAME_LABEL = /^(?:Full\s+)?Name$/i;
/** `No.` in `Passport No.:`. */
const NUMBER_WORD = /^No\.?$/;

/** What a form's fields say of its tokens: which are labels (by index), and the names its `Name:` fields give. */
export interface FormFields {
  labels: Set<number>;
  names: Mention[];
  /** Tokens inside a `Name:` value (by index): the name is given whole, no run reads them. */
  taken: Set<number>;
}

/** A word a label is made of: an ordinary word (`Gender`, `Passport`, `Travel Date`), `No.`, `of`. */
const isLabelWord = (token: Token): boolean =>
  token.text === 'of' || NUMBER_WORD.test(token.text) || (isCapitalised(token.text) && !isAcronym(token.text) && isOrdinaryWord(token.text));

/** The paragraph's form fields, or null when it is no form. */
export function formFields(tokens: Token[], text: string): FormFields | null {
  // Most paragraphs have fewer colons than a form has fields: a native scan says so first.
  let colons = 0;
  for (let at = text.indexOf(':'); at >= 0 && colons < MIN_FIELDS; at = text.indexOf(':', at + 1)) colons++;
  if (colons < MIN_FIELDS) return null;
  const ends = tokens.filter((token) => text[token.end] === ':' && isCapitalised(token.text));
  if (ends.length < MIN_FIELDS) return null;
  // `DOB:` is no English word, but a label that repeats is a field's (one per person of the form).
  const repeats = new Map<string, number>();
  for (const end of ends) repeats.set(end.text, (repeats.get(end.text) ?? 0) + 1);
  const groups: [number, number][] = [];
  for (const end of ends) {
    if (!isLabelWord(end) && repeats.get(end.text)! < 2) continue;
    let from = end.index;
    while (from > 0 && tokens[from]!.gap === ' ' && isLabelWord(tokens[from - 1]!)) from--;
    if (tokens[from]!.text === 'of') from++;
    groups.push([from, end.index]);
  }
  if (groups.length < MIN_FIELDS) return null;
  const fields: FormFields = { labels: new Set(), names: [], taken: new Set() };
  groups.forEach(([from, to], g) => {
    for (let i = from; i <= to; i++) fields.labels.add(i);
    if (!NAME_LABEL.test(text.slice(tokens[from]!.start, tokens[to]!.end))) return;
    // The value runs to the next label; it is a name when every word of it is capitalised.
    const value = tokens.slice(to + 1, groups[g + 1]?.[0] ?? tokens.length);
    if (value.length === 0 || value.length > 6 || !value.every((token) => isCapitalised(token.text))) return;
    fields.names.push(mention(value, text, 'person'));
    for (const token of value) fields.taken.add(token.index);
  });
  return fields;
}

/** A run without a form's labels and name values: the parts between them. */
export function withoutFields(run: Token[], fields: FormFields): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of run) {
    if (fields.labels.has(token.index) || fields.taken.has(token.index)) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}
