import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

const CABLE_SUFFIX = '.txt';
const ANNOTATIONS_SUFFIX = '.annotations.yaml';

/** The cable a changed file belongs to: the cable itself, or the cable beside an annotation file. */
function cablePathFor(changedPath: string): string | null {
  if (changedPath.endsWith(CABLE_SUFFIX)) return changedPath;
  if (changedPath.endsWith(ANNOTATIONS_SUFFIX)) {
    return changedPath.slice(0, -ANNOTATIONS_SUFFIX.length) + CABLE_SUFFIX;
  }
  return null;
}

/** In dev, follows the cable folder: a changed text or annotation file re-renders its cable. */
export function watchCables(
  context: LoaderContext,
  dir: string,
  on: { changed(path: string): Promise<void>; deleted(path: string): Promise<void> },
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  const inside = (path: string) => {
    const fromDir = relative(dir, path);
    return fromDir !== '' && !fromDir.startsWith('..') && !isAbsolute(fromDir);
  };
  const reload = (path: string) => {
    const cablePath = cablePathFor(path);
    if (!cablePath || !inside(path) || !existsSync(cablePath)) return;
    on.changed(cablePath).catch((error: unknown) => logger.error(`${relative(dir, path)}: ${String(error)}`));
  };
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', (path) => {
    if (!inside(path)) return;
    if (path.endsWith(CABLE_SUFFIX)) {
      on.deleted(path).catch((error: unknown) => logger.error(`${relative(dir, path)}: ${String(error)}`));
    } else reload(path); // an annotation file removed: the cable goes back to its own headings
  });
}
