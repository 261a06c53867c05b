/**
 * `npm run --silent parse -- [--strict] FILE...`: prints one JSON array, one parsed cable per
 * file, in order. Exit 0 when every file was read, 1 when any could not be read (the others are
 * still printed), and with --strict also 1 when any cable has warnings.
 */
import { parseArgs } from 'node:util';
import { readCable } from '../src/lib/read.ts';
import type { Cable } from '../src/lib/types.ts';

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
  const cables: Cable[] = [];
  let failed = false;
  for (const file of parsed.positionals) {
    try {
      cables.push(await readCable(file));
    } catch (error) {
      failed = true;
      process.stderr.write(`parse: cannot read ${file}: ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(cables, null, 2)}\n`);
  if (failed) return 1;
  if (parsed.values.strict && cables.some((cable) => cable.warnings.length > 0)) {
    for (const cable of cables) {
      for (const warning of cable.warnings) process.stderr.write(`${cable.file}:${warning.line}: ${warning.message}\n`);
    }
    return 1;
  }
  return 0;
}

process.exitCode = await main();
