/**
 * `npm run --silent parse -- [--strict] FILE...`: prints one JSON array, one annotated cable per
 * file, in order (CONTRACT.md's fields, then `annotations`: docs/annotated-json.md, and `facets`:
 * docs/facets.md). The files
 * given are linked to each other as the site links its cables, so the cables of seeds/ print
 * exactly what `/cables/<ID>.json` serves. Exit 0 when every file was read, 1 when any could not
 * be read (the others are still printed), and with --strict also 1 when any cable has warnings or
 * any file is no cable (empty, blank, binary, too large: docs/bad-input.md). A file that is no
 * cable is left out of the array and named on stderr with the reason, with or without --strict.
 */
import { parseArgs } from 'node:util';
import { annotateCable } from '../src/lib/annotate.ts';
import { withFacets } from '../src/lib/facets.ts';
import { loadGlossary } from '../src/lib/glossary.ts';
import { readCableSource, UnusableFileError } from '../src/lib/read.ts';
import { composeCables } from '../src/lib/site-cables.ts';
import { renderNoteMarkdown } from '../src/render/note-markdown.ts';

const usage = 'usage: npm run --silent parse -- [--strict] FILE...';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const glossary = loadGlossary();
  let failed = false;
  let skipped = 0;
  // Stage 1 of the composition root, in-process; a file that is no cable is named here and left out.
  const { cables: linked, duplicates } = await composeCables(parsed.positionals, async (file) => {
    let source;
    try {
      source = await readCableSource(file);
    } catch (error) {
      if (error instanceof UnusableFileError) {
        skipped += 1;
        process.stderr.write(`parse: skipped ${file}: ${error.reason}\n`);
        return null;
      }
      failed = true;
      process.stderr.write(`parse: cannot read ${file}: ${(error as Error).message}\n`);
      return null;
    }
    return annotateCable(source.cable, { text: source.text, sidecar: source.sidecar, glossary, renderNote: renderNoteMarkdown });
  });
  // The site's ids, as the site publishes them: a second file with one id gets a suffix.
  for (const { id, siteId, path, other } of duplicates) process.stderr.write(`parse: duplicate id ${id} (also ${other}): ${path} is printed as ${siteId}\n`);
  const cables = linked.map(withFacets);
  process.stdout.write(`${JSON.stringify(cables, null, 2)}\n`);
  if (failed) return 1;
  if (parsed.values.strict && (skipped > 0 || cables.some((cable) => cable.warnings.length > 0))) {
    for (const cable of cables) {
      for (const warning of cable.warnings) {
        // A sidecar's warning begins with its own file and line.
        process.stderr.write(warning.file !== undefined ? `${warning.message}\n` : `${cable.file}:${warning.line}: ${warning.message}\n`);
      }
    }
    return 1;
  }
  return 0;
}

process.exitCode = await main();
