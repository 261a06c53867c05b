/** Table rows for searches in Chromium (issue 9): bytes of a first and a follow-up search, typed searches' times. */
import type { LoadNote } from './proc.ts';
import type { SearchRun } from '../steps/search.ts';
import type { TypingRun } from '../steps/typing.ts';
import { KB, kilobytes, loadText, verdict, type Row } from './table.ts';

export function searchRows(size: string, run: SearchRun, load: LoadNote, targets: { first: number; followUp: number } | null): Row[] {
  const label = run.gzip ? '' : ' (no gzip)';
  const note = (transfer: SearchRun['first']): string =>
    `${transfer.requests} req, ${transfer.resultsShown} cables shown, ${transfer.msToResults} ms; load ${loadText(load)}`;
  return [
    {
      figure: `search ${size}: first "${run.first.query}"${label}`,
      value: kilobytes(run.first.wireBytes),
      target: targets ? `≤ ${targets.first / KB} KB` : '',
      starlight: targets ? '276 KB' : '',
      verdict: targets ? verdict(run.first.wireBytes <= targets.first) : '',
      load: note(run.first),
    },
    {
      figure: `search ${size}: follow-up "${run.followUp.query}"${label}`,
      value: kilobytes(run.followUp.wireBytes),
      target: targets ? `≤ ${targets.followUp / KB} KB` : '',
      starlight: targets ? '64 KB' : '',
      verdict: targets ? verdict(run.followUp.wireBytes <= targets.followUp) : '',
      load: note(run.followUp),
    },
  ];
}

/** Typed searches: ms from the last key to results (target ≤ 300 ms, issue 9), the longest main-thread task. */
export function typingRows(size: string, run: TypingRun, load: LoadNote): Row[] {
  return Object.entries(run).map(([label, rounds]) => {
    const ms = rounds.map((typed) => typed.ms).sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)]!;
    return {
      figure: `search ${size}: results after the last key, ${label}`,
      value: `${median} ms`,
      target: '≤ 300 ms',
      starlight: '',
      verdict: verdict(median <= 300),
      load: `runs ${rounds.map((typed) => typed.ms).join(', ')} ms; longest main-thread task ${rounds.map((typed) => typed.longestTaskMs).join(', ')} ms; load ${loadText(load)}`,
    };
  });
}
