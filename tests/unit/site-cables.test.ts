/**
 * The composition root (src/lib/site-cables.ts) on real cables: the same links as linkCables,
 * site ids for a file given twice, and the stages run apart (as shard jobs run them) giving what
 * the whole run gives.
 */
import { describe, expect, test } from 'vitest';
import { annotateCable, linkCables, linkFacts } from '../../src/lib/annotate.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { caseAliases, caseCollisionMessage } from '../../src/lib/id-aliases.ts';
import { readCableSource } from '../../src/lib/read.ts';
import { postOfId, SiteNameCounts } from '../../src/lib/names/site.ts';
import { composeCables, linkedCable, linkSite } from '../../src/lib/site-cables.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';

const MAPUTO86 = 'seeds/cablegate/10MAPUTO86.txt';
const MAPUTO80 = 'seeds/cablegate/10MAPUTO80.txt';
const glossary = loadGlossary();

async function annotate(file: string): Promise<AnnotatedCable> {
  const { cable, text, sidecar } = await readCableSource(file);
  return annotateCable(cable, { text, sidecar, glossary, renderNote: renderNoteMarkdown });
}

describe('composeCables', () => {
  test('links as linkCables does, in the files’ order', async () => {
    const { cables, duplicates } = await composeCables([MAPUTO86, MAPUTO80], annotate);
    expect(duplicates).toEqual([]);
    expect(cables).toEqual(linkCables([await annotate(MAPUTO86), await annotate(MAPUTO80)]));
    expect(cables[1]?.annotations.citedBy.map((citing) => citing.id)).toEqual(['10MAPUTO86']);
  });

  test('a file given twice: the second copy gets the site id with a suffix, and its citation path', async () => {
    const { cables, duplicates } = await composeCables([MAPUTO80, MAPUTO80], annotate);
    expect(cables.map((cable) => cable.id)).toEqual(['10MAPUTO80', '10MAPUTO80-2']);
    expect(cables[1]?.annotations.citation.path).toBe('/cables/10MAPUTO80-2/');
    expect(duplicates).toEqual([{ id: '10MAPUTO80', siteId: '10MAPUTO80-2', path: MAPUTO80, other: MAPUTO80 }]);
  });

  test('a file left out (null) is not in the result', async () => {
    const { cables } = await composeCables([MAPUTO80, 'seeds/nothing.txt'], async (file) => (file === MAPUTO80 ? annotate(file) : null));
    expect(cables.map((cable) => cable.id)).toEqual(['10MAPUTO80']);
  });
});

describe('the stages apart, as shard jobs run them', () => {
  test('facts from one job, links from all facts, then one cable linked: the same cable', async () => {
    const [citing, cited] = [await annotate(MAPUTO86), await annotate(MAPUTO80)];
    // JSON round trip: facts travel between jobs as files.
    const facts = JSON.parse(JSON.stringify([{ path: MAPUTO86, facts: linkFacts(citing) }, { path: MAPUTO80, facts: linkFacts(cited) }]));
    const { idOf, links } = linkSite(facts);
    const whole = await composeCables([MAPUTO86, MAPUTO80], annotate);
    expect(linkedCable(cited, idOf.get(MAPUTO80) ?? '', links)).toEqual(whole.cables[1]);
  });
});

describe('the site names counted apart (the link stage keeps no name per cable)', () => {
  test('linkSite over facts without names, given the names counted from them, links as linkSite over the facts', async () => {
    const facts = [{ path: MAPUTO86, facts: linkFacts(await annotate(MAPUTO86)) }, { path: MAPUTO80, facts: linkFacts(await annotate(MAPUTO80)) }];
    const counts = new SiteNameCounts();
    for (const entry of facts) for (const entity of entry.facts.entities) counts.add(entity, postOfId(entry.facts.id));
    const apart = linkSite(facts.map((entry) => ({ ...entry, facts: { ...entry.facts, entities: [] } })), counts.siteNames());
    const whole = linkSite(facts);
    expect(whole.links.names.size).toBeGreaterThan(10);
    expect(apart).toEqual(whole);
  });
});

describe('ids that differ only by case (served in any case: /cables/10maputo80/)', () => {
  test('linkSite names both files, wherever they are; the lower-case URL is the lower-case id’s page, no redirect', async () => {
    const upper = linkFacts(await annotate(MAPUTO80));
    // Two shards' facts: whichever job sees them, linkSite reports the pair with both files.
    const site = linkSite([
      { path: 'shard1/10maputo80.txt', facts: { ...upper, id: '10maputo80' } },
      { path: 'shard3/10MAPUTO80.txt', facts: upper },
      { path: MAPUTO86, facts: linkFacts(await annotate(MAPUTO86)) },
    ]);
    expect(site.caseCollisions).toEqual([{ alias: '10maputo80', cables: [{ id: '10maputo80', path: 'shard1/10maputo80.txt' }, { id: '10MAPUTO80', path: 'shard3/10MAPUTO80.txt' }] }]);
    const listed = ['10maputo80', '10MAPUTO80', '10MAPUTO86'].map((id) => ({ id, subject: null, date: null, origin: null, classification: null }));
    expect(caseAliases(listed).map(({ alias }) => alias)).toEqual(['10maputo86']);
    expect(caseCollisionMessage(site.caseCollisions[0]!, (path) => path)).toBe(
      "ids that differ only by case: 10maputo80 (shard1/10maputo80.txt), 10MAPUTO80 (shard3/10MAPUTO80.txt); /cables/10maputo80/ is 10maputo80's page, no redirect to 10MAPUTO80",
    );
  });

  test('two ids with capitals sharing one lower-case form: the URL leads to neither', async () => {
    const upper = linkFacts(await annotate(MAPUTO80));
    const [collision] = linkSite([{ path: 'a.txt', facts: { ...upper, id: '10Maputo80' } }, { path: 'b.txt', facts: upper }]).caseCollisions;
    expect(caseCollisionMessage(collision!, (path) => path)).toBe('ids that differ only by case: 10Maputo80 (a.txt), 10MAPUTO80 (b.txt); /cables/10maputo80/ leads to none of them (no redirect)');
    expect(linkSite([{ path: 'b.txt', facts: upper }]).caseCollisions).toEqual([]);
  });
});
