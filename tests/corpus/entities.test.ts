/**
 * The name finder over every cable of seeds/ (issue 7): invariants of each cable's entities, one
 * entity per name across the site after linking, and a per-cable snapshot of the names found
 * (kind, name, mentions), so that a change to the finder shows, cable by cable, what it changed.
 */
import { describe, expect, test } from 'vitest';
import { annotateCable, linkCables } from '../../src/lib/annotate.ts';
import { entitySlug, findEntities } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { listCableFiles, readCable, readCableSource } from '../../src/lib/read.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';

/** A bracketed short form a cable gives for a name: 2–6 letters, a capital first and two at least (`CDU`, `MbZ`, `MoH`). */
const BRACKETED_SHORT_FORM = /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}$/;

describe('every cable in seeds/', async () => {
  const files = await listCableFiles('seeds');
  const cables = await Promise.all(files.map((file) => readCable(file)));

  test('invariants: occurrences slice back to the name or a variant, no overlaps, no junk, stable slugs', () => {
    let entityCount = 0;
    let occurrenceCount = 0;
    for (const cable of cables) {
      const entities = findEntities(cable);
      entityCount += entities.length;
      const where = `${cable.id}`;
      // One entity per name; slugs unique per name, URL-safe, from the name alone.
      expect(new Set(entities.map((e) => e.name.toLowerCase())).size, where).toBe(entities.length);
      expect(new Set(entities.map((e) => e.slug)).size, where).toBe(entities.length);
      const spans = new Map<string, [number, number][]>();
      for (const entity of entities) {
        expect(entity.slug, where).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(entity.slug).toBe(entitySlug(entity.name));
        expect(['person', 'organization', 'place']).toContain(entity.kind);
        expect(entity.name, where).not.toMatch(/X{3,}/i);
        expect(entity.name, where).toMatch(/^\p{Lu}|^\p{N}/u);
        expect(entity.name.trim(), where).toBe(entity.name);
        expect(entity.name, where).not.toMatch(/\s{2}|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/);
        expect(entity.name.length, where).toBeGreaterThan(1);
        // Text entities have mentions; header-only ones say which header field.
        if (entity.occurrences.length === 0) expect(entity.sources.length > 0 && !entity.sources.includes('text'), `${where} ${entity.name}`).toBe(true);
        else expect(entity.sources, `${where} ${entity.name}`).toContain('text');
        occurrenceCount += entity.occurrences.length;
        for (const occurrence of entity.occurrences) {
          const paragraph = cable.paragraphs.find((p) => p.anchor === occurrence.paragraph);
          expect(paragraph, where).toBeDefined();
          expect(occurrence.start).toBeGreaterThanOrEqual(0);
          expect(occurrence.end).toBeLessThanOrEqual(paragraph!.text.length);
          const text = paragraph!.text.slice(occurrence.start, occurrence.end);
          // The name itself (up to case, spacing, apostrophes), some of its words (a surname), its first and
          // last words without the middle ones (`Dorothy Stang` of `Dorothy Mae Stang`), or a bracketed acronym given for it
          // (capitals, or mixed case with two capitals at least: `MbZ`).
          const words = entity.slug.split('-');
          const within = `-${entity.slug}-`.includes(`-${entitySlug(text)}-`) || (words.length > 2 && entitySlug(text) === `${words[0]}-${words.at(-1)}`);
          expect(within || BRACKETED_SHORT_FORM.test(text), `${where} ${entity.name} ← "${text}"`).toBe(true);
          // Whole words only.
          expect(/[\p{L}\p{N}]/u.test(paragraph!.text[occurrence.start - 1] ?? ' '), `${where} ${text}`).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(paragraph!.text[occurrence.end] ?? ' '), `${where} ${text}`).toBe(false);
          const list = spans.get(occurrence.paragraph) ?? [];
          list.push([occurrence.start, occurrence.end]);
          spans.set(occurrence.paragraph, list);
        }
        // Occurrences in reading order.
        const order = entity.occurrences.map((o) => cable.paragraphs.findIndex((p) => p.anchor === o.paragraph) * 1e6 + o.start);
        expect(order, where).toEqual([...order].sort((a, b) => a - b));
      }
      // Marks of different entities never overlap, so the page can nest them.
      for (const list of spans.values()) {
        list.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < list.length; i++) expect(list[i]![0], where).toBeGreaterThanOrEqual(list[i - 1]![1]);
      }
    }
    expect(entityCount).toBeGreaterThan(0);
    expect(occurrenceCount).toBeGreaterThan(0);
    expect(cables).toHaveLength(251);
  });

  const glossary = loadGlossary();
  const linked: AnnotatedCable[] = linkCables(
    await Promise.all(
      files.map(async (file) => {
        const { text, cable, sidecar } = await readCableSource(file);
        return annotateCable(cable, { text, sidecar, glossary, renderNote: (markdown) => markdown });
      }),
    ),
  );

  test('linked: one name per slug across the site, and the variant pairs of the corpus are one entity', () => {
    const names = new Map<string, Set<string>>();
    for (const cable of linked) {
      expect(new Set(cable.annotations.entities.map((e) => e.slug)).size, cable.id).toBe(cable.annotations.entities.length);
      for (const entity of cable.annotations.entities) names.set(entity.slug, (names.get(entity.slug) ?? new Set()).add(entity.name));
    }
    for (const [slug, forms] of names) expect([...forms], slug).toHaveLength(1);
    const slugOf = (id: string, written: string): string | undefined => {
      const cable = linked.find((c) => c.id === id)!;
      return cable.annotations.entities.find((e) => e.occurrences.some((o) => cable.paragraphs.find((p) => p.anchor === o.paragraph)!.text.slice(o.start, o.end) === written))?.slug;
    };
    expect(slugOf('10MAPUTO86', 'Guebuza')).toBe('armando-guebuza');
    expect(slugOf('05TELAVIV1580', 'al-Qaeda')).toBe(slugOf('04PARIS8983', 'al-Qaida'));
  });

  test.each(linked.map((cable) => [cable.id, cable] as const))('%s: the names found', async (id, cable) => {
    const lines = cable.annotations.entities.map((e) => `${e.kind.padEnd(12)} ${e.name} (${e.occurrences.length}${e.sources.filter((s) => s !== 'text').map((s) => `, ${s}`).join('')})`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/names/${id}.txt`);
  });
});
