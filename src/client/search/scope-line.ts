/**
 * The search page's scope line on a sharded site (scope.ts): which part of the archive a search
 * without a year filter searched, and links that search older parts too or all of them (each a
 * URL: `scope=N`, `scope=all`). The same offer follows the list once all its results are shown.
 */
import type { ScopeSummary } from './scope.ts';
import { element } from './render.ts';

/** Years as a span: `2010`, `2007–2009`. */
function span(years: readonly string[]): string {
  if (years.length === 0) return 'undated cables';
  const first = years[0]!;
  const last = years.at(-1)!;
  return first === last ? first : `${first}–${last}`;
}

const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;

/** The links to the next step and to every part, or none. */
function offers(summary: ScopeSummary, hrefOf: (scope: number | 'all') => string): HTMLElement[] {
  if (summary.next === null) return [];
  const older = element('a', 'scope-older', `Search ${parts(summary.next - summary.searched)} older too (${span(summary.nextYears)})`);
  older.href = hrefOf(summary.next);
  older.dataset['scope'] = String(summary.next);
  if (summary.next >= summary.holding) return [older];
  const all = element('a', 'scope-all', `Search all ${parts(summary.holding)}`);
  all.href = hrefOf('all');
  all.dataset['scope'] = 'all';
  return [older, all];
}

/**
 * Fills `top` (above the results) and `end` (after them) for a scoped search, or empties both
 * when every part holding the words was searched by default (`explicit`: the reader asked for a scope).
 */
export function showScope(top: HTMLElement, end: HTMLElement, summary: ScopeSummary | undefined, q: string, explicit: boolean, hrefOf: (scope: number | 'all') => string): void {
  if (!summary || (summary.next === null && !explicit) || summary.holding <= 1) {
    top.replaceChildren();
    end.replaceChildren();
    return;
  }
  const holding = summary.narrowed ? `holding “${q}”` : 'of the archive';
  const which = summary.searched === summary.holding ? `all ${parts(summary.holding)}` : `the newest ${summary.searched} of the ${parts(summary.holding)}`;
  const links = offers(summary, hrefOf);
  const years = `${summary.partial ? 'some of the cables' : 'cables'} of ${span(summary.years)}`;
  top.replaceChildren(`Searched ${which} ${holding}: ${years}.`, ...links.flatMap((link) => [' ', link]));
  end.replaceChildren(...offers(summary, hrefOf).flatMap((link, index) => (index === 0 ? [link] : [' · ', link])));
}
