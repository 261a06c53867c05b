/**
 * Re-creates the news-site (Scoop) form of a WikiLeaks-form cable, as the seed shows it: a title
 * line `Cablegate: <Subject>`, no telegram routing, no `¶` before paragraph numbers, the text
 * hard-wrapped near 65 columns, and the site's footer appended. Used to check that the parser
 * reads the same paragraphs from both forms.
 */
export const SCOOP_FOOTER_TEXT = [
  '',
  '© Scoop Media',
  '',
  'World Headlines',
  '',
  'UN: Security Council Meets On Climate And Security ... More>>',
  '',
].join('\n');

function titleCase(subject: string): string {
  return subject.toLowerCase().replace(/(^|[\s/(-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Wraps one line at spaces to at most `width` columns (a word longer than that stays whole). */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

export function toScoopForm(text: string, subject: string | null, options: { wrap?: number } = {}): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  if (/^\s*$/.test(lines[0] ?? '') && /^VZCZC/.test(lines[1] ?? '')) start = 1;
  if (/^VZCZC/.test(lines[start] ?? '')) {
    // Routing runs to the first blank line or the classification line.
    let i = start;
    while (i < lines.length && lines[i]!.trim() !== '' && !/^(?:S E C R E T|C O N F|UNCLAS|SECRET|CONFIDENTIAL)/.test(lines[i]!)) i++;
    start = i;
  }
  const body = lines
    .slice(start)
    .map((line) => line.replace(/^(\s*)¶(?=\d)/, '$1'))
    // Only running text is re-wrapped: the notice, rules and headings keep their own lines.
    .flatMap((line) => (options.wrap && line.length > 100 && !line.includes('---') && !/partial extract/.test(line) ? wrapLine(line.trimEnd(), options.wrap) : [line]));
  return [`Cablegate: ${titleCase(subject ?? 'Untitled')}`, '', ...body, SCOOP_FOOTER_TEXT].join('\n');
}
