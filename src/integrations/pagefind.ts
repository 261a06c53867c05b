import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Stops the build when a Pagefind step reports errors (the Node API never throws). */
function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Indexes the built site with the Pagefind Node API at the end of `astro build` and writes the
 * index to `<dist>/pagefind`. Only elements inside `data-pagefind-body` (the cable articles) are
 * indexed. Logs `[pagefind] indexed <pages> pages in <ms> ms`.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          failOn('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
