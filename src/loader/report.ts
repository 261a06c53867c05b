import { relative, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { AnnotateTimings } from '../lib/annotate.ts';
import type { ParseWarning } from '../lib/types.ts';

/** How many warnings the summary shows with their file and line. */
const WARNINGS_SHOWN = 5;
/** How many kinds of warning the summary lists (the most frequent). */
const KINDS_SHOWN = 12;

/** Where a warning is: the cable file and line, or the sidecar's (whose message begins with it). */
export function warningLine(cableFile: string, warning: ParseWarning, root: string): string {
  if (warning.file !== undefined) return warning.message;
  return `${relative(root, resolve(root, cableFile))}:${warning.line} ${warning.message}`;
}

/** Counts warnings by kind (the message with its numbers stripped) and keeps the first few. */
export class WarningTally {
  readonly byKind = new Map<string, number>();
  readonly first: string[] = [];
  total = 0;
  cables = 0;

  add(cable: { file: string; warnings: ParseWarning[] }, root: string): void {
    if (cable.warnings.length > 0) this.cables += 1;
    for (const warning of cable.warnings) {
      this.total += 1;
      // A kind is the message without its particulars: file names, quoted text and numbers.
      const kind = warning.message.replace(/^\S+:\d+: /, '').replace(/"[^"]*"/g, '"…"').replace(/U\+[0-9A-F]{4}/g, 'U+…').replace(/\d+/g, '#');
      this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
      if (this.first.length < WARNINGS_SHOWN) this.first.push(warningLine(cable.file, warning, root));
    }
  }

  report(logger: LoaderContext['logger']): void {
    if (this.total === 0) return;
    const kinds = [...this.byKind].sort((a, b) => b[1] - a[1]);
    logger.warn(`${this.total} parser warnings in ${this.cables} cables, by kind:`);
    for (const [kind, count] of kinds.slice(0, KINDS_SHOWN)) logger.warn(`  ${String(count).padStart(5)} × ${kind}`);
    if (kinds.length > KINDS_SHOWN) logger.warn(`  and ${kinds.length - KINDS_SHOWN} rarer kinds`);
    logger.warn(`first ${this.first.length}:`);
    for (const line of this.first) logger.warn(`  ${line}`);
  }
}

/** A file left out of the site: its path (from the project root) and why. */
export interface Skipped {
  path: string;
  reason: string;
}

/** Every file left out of the site, one line each, so nothing is dropped without a word. */
export function reportSkipped(logger: LoaderContext['logger'], skipped: Skipped[], root: string): void {
  if (skipped.length === 0) return;
  logger.warn(`${skipped.length} files left out of the site (docs/bad-input.md):`);
  for (const { path, reason } of skipped) logger.warn(`  skipped ${relative(root, path)}: ${reason}`);
}

/** Total milliseconds of annotating. */
export function annotateTotal(timings: AnnotateTimings): number {
  return Object.values(timings).reduce((sum, ms) => sum + ms, 0);
}

/** `terms 120 ms, references 40 ms, …`: the parts that took any time. */
export function formatAnnotateTimings(timings: AnnotateTimings): string {
  return Object.entries(timings)
    .filter(([, ms]) => ms >= 0.5)
    .map(([part, ms]) => `${part} ${Math.round(ms)} ms`)
    .join(', ') || 'nothing annotated';
}
