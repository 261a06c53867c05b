/** The one all-capitals rule: old telegrams and most subject lines are written in capitals. */

/** Share of lower-case letters below which a text counts as written in capitals. */
const LOWER_CASE_SHARE = 0.1;

/**
 * Whether `text` is written in capitals: under 10 % of its ASCII letters are lower case (a text
 * without letters counts as capitals). Non-ASCII letters are not counted: cables are telegrams.
 */
export function isAllCaps(text: string): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) lower++;
    else if (code >= 65 && code <= 90) upper++;
  }
  return lower < LOWER_CASE_SHARE * (lower + upper);
}
