/** Where a file of `data/` is read from, for the modules that read one at run time. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of `data/`: at `besideSource` (a URL the calling module makes from its own, left literal
 * for bundlers), or from the project root when a bundle has moved the module.
 */
export function dataFile(besideSource: URL, name: string): string {
  const path = fileURLToPath(besideSource);
  return existsSync(path) ? path : join(process.cwd(), 'data', name);
}
