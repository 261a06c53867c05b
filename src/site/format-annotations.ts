/** Display helpers for the annotations of issue 3, shared by the reader page's components. */

/** `par6` → `¶6`; other anchors (`par6-2`, `text-1`) as a plain description. */
export function paragraphLabel(anchor: string): string {
  const numbered = /^par(\d+)$/.exec(anchor);
  if (numbered) return `¶${numbered[1]}`;
  const repeated = /^par(\d+)-(\d+)$/.exec(anchor);
  if (repeated) return `¶${repeated[1]} (repeated)`;
  return 'an unnumbered paragraph';
}

/** `1 redaction`, `3 redactions`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `A person`, `An organisation`, `An acronym`: the noun after its article, capitalised for a sentence's start. */
export function aNoun(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
}
