/**
 * The bench's table: one row per figure, with its target, Starlight's figure, a verdict and the
 * machine's load, printed to the terminal and written as Markdown; and how a step's outcome is
 * kept in results.json.
 */
import { loadNote, type LoadNote } from './proc.ts';

export const KB = 1000;
export const GIB = 1024 ** 3;

/** One line of the printed table. */
export interface Row {
  figure: string;
  value: string;
  target: string;
  starlight: string;
  verdict: 'met' | 'MISSED' | '' | 'FAILED';
  load: string;
}

/** A step's outcome: its figures, or why there are none. */
export type Outcome<T> = { ok: true; result: T } | { ok: false; error: string };

/** What results.json keeps per step: when it ran, its figures, its table rows. */
export interface Recorded {
  at: string;
  outcome: Outcome<unknown>;
  rows: Row[];
}

/** Runs one piece of the bench; a failure is kept as the outcome instead of ending the run. */
export async function attempt<T>(name: string, work: () => Promise<T>): Promise<Outcome<T>> {
  console.error(`\n── ${name} (load ${loadNote().loadavg.join(' ')}) ──`);
  try {
    const result = await work();
    return { ok: true, result };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`✗ ${name} failed: ${message}`);
    return { ok: false, error: message };
  }
}

export const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
export const kilobytes = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const gibibytes = (bytes: number): string => `${(bytes / GIB).toFixed(2)} GiB`;
export const loadText = (note: LoadNote): string => note.loadavg.join(' ');
export const verdict = (met: boolean): Row['verdict'] => (met ? 'met' : 'MISSED');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The run whose wall time is the median (the lower middle one for an even count). */
export function medianRun<T extends { wallMs: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

export function failedRow(figure: string, error: string): Row {
  return { figure, value: '—', target: '', starlight: '', verdict: 'FAILED', load: error.split('\n')[0]!.slice(0, 100) };
}

export function printTable(rows: Row[]): void {
  const header: Row = { figure: 'figure', value: 'value', target: 'target', starlight: 'Starlight', verdict: '', load: 'load (1/5/15 min) & notes' };
  const columns = ['figure', 'value', 'target', 'starlight', 'verdict', 'load'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row): string => columns.map((column, index) => row[column].padEnd(widths[index]!)).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

/** The latest rows of every step as a Markdown table, with when each step ran. */
export function markdownTable(rows: Row[], steps: Record<string, Recorded>): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length));
  const lines = [
    '| figure | value | target | Starlight | verdict | load (1/5/15 min) & notes |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${[row.figure, row.value, row.target, row.starlight, row.verdict, row.load].map(cell).join(' | ')} |`),
    '',
    ...Object.entries(steps).map(([step, entry]) => `- ${step}: ${entry.at}`),
  ];
  return `${lines.join('\n')}\n`;
}
