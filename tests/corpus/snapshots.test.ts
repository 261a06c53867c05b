/**
 * Per-cable snapshots of what the parser and the survey-style annotators make of every cable in
 * seeds/: one JSON file per cable in `__snapshots__/cables/<ID>.json`. A parser change shows up
 * as a diff that names the cable, instead of a corpus-wide count to edit. Review the diff, then
 * accept it with `npx vitest run --project corpus -u`.
 *
 * The names layer (entities) and glossary terms are left out: they have their own tests.
 */
import { describe, expect, test } from 'vitest';
import { assessCompleteness } from '../../src/lib/completeness.ts';
import { findReferences, linkReferences } from '../../src/lib/references.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import type { Cable } from '../../src/lib/types.ts';

const files = await listCableFiles('seeds');
const cables: Cable[] = [];
for (const file of files) cables.push(await readCable(file));
const siteIds = new Set(cables.map((cable) => cable.id));

/** The parsed cable (contract keys in order), then what the surveys counted, per cable. */
function snapshotOf(cable: Cable): unknown {
  const completeness = assessCompleteness(cable);
  const references = linkReferences(findReferences(cable), siteIds).map((use) => ({
    label: use.label,
    written: use.written,
    referenceId: use.referenceId,
    inSite: use.inSite,
    inHeader: use.inHeader,
    mentions: use.occurrences.map((o) => o.paragraph),
  }));
  return {
    ...cable,
    survey: {
      references,
      completeness: {
        cutOff: completeness.cutOff,
        truncatedMarkers: completeness.truncatedMarkers.map((o) => o.paragraph),
        missingNumbers: completeness.missingNumbers,
        redactions: completeness.redactions.length,
        inlineArtifacts: completeness.artifacts.map((a) => `${a.paragraph} ${a.kind}: ${a.text}`),
      },
    },
  };
}

describe('every cable of seeds/ parses as its snapshot', () => {
  test('one snapshot per cable id', () => {
    expect(files).toHaveLength(251);
    expect(siteIds.size).toBe(cables.length);
  });

  test.each(cables.map((cable) => [cable.id, cable] as const))('%s', async (id, cable) => {
    await expect(`${JSON.stringify(snapshotOf(cable), null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/cables/${id}.json`);
  });
});
