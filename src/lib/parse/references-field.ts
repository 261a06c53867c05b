/** The header's REF field, split into its items. */

/**
 * `A. GUATEMALA 254; B. GUATEMALA 009; C. 2008 GUATEMALA 1573 D. 2008 GUATEMALA 1017` → one item
 * per letter, as written. Letters must run A, B, C… so `U.S.` or an initial never splits an item.
 */
export function splitReferenceItems(text: string): string[] {
  const starts: number[] = [];
  let letter = 'A';
  let from = 0;
  for (;;) {
    const pattern = new RegExp(`(?:^|[\\s;,])\\(?${letter}[.)]\\s`, 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) break;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    starts.push(at);
    from = at + 2;
    letter = String.fromCharCode(letter.charCodeAt(0) + 1);
  }
  if (starts.length < 2 || starts[0] !== 0) return [text];
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length).replace(/[\s;,]+$/, ''));
}
