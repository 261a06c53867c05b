/**
 * The seed's publisher footer (from `© Scoop Media` on) is never rendered and never indexed:
 * not in any HTML or JSON file of dist/, and not in the (gzip-compressed) Pagefind index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { PROJECT_ROOT, SEED_FILE } from '../helpers/paths.ts';
import { FOOTER_ONLY_PHRASES, seedParts } from '../helpers/seed.ts';
import { cableFiles, distDir, filesUnder } from '../helpers/site.ts';

/** Every meaning the glossary gives (general and per place), as written in data/glossary.yaml. */
function glossaryMeanings(): string[] {
  return loadGlossary(path.join(PROJECT_ROOT, 'data/glossary.yaml')).entries.flatMap((entry) => [
    entry.meaning,
    ...entry.contexts.map((context) => context.meaning),
  ]);
}

/** Text as Astro writes it into HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text of a built file; Pagefind's gzip files are inflated first. */
function contentOf(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe('footer text', () => {
  test('the phrases checked are footer-only: in the seed footer, nowhere else in seeds/', () => {
    const { cable, footer } = seedParts();
    for (const phrase of FOOTER_ONLY_PHRASES.filter((candidate) => !candidate.includes('&'))) {
      expect(footer, phrase).toContain(phrase);
      expect(cable, phrase).not.toContain(phrase);
    }
    for (const file of cableFiles().filter((candidate) => candidate !== SEED_FILE)) {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'latin1');
      expect(FOOTER_ONLY_PHRASES.filter((phrase) => text.includes(phrase)), file).toEqual([]);
    }
  });

  test('no HTML, JSON, JS, CSS or Pagefind file of dist/ holds a footer phrase', () => {
    // `/cables/<ID>.txt` is the source text as read, publisher furniture included (CONTRACT.md
    // "URLs", issue 10): the one place the footer belongs (see the test below).
    const sourceTexts = path.join(distDir(), 'cables');
    const files = filesUnder(distDir()).filter(
      (file) => /\.(html|json|js|css|xml|txt|pf_\w+)$/.test(file) && !(path.dirname(file) === sourceTexts && file.endsWith('.txt')),
    );
    expect(files.some((file) => file.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    // The glossary's meanings are our own words (BM: "Burma, now Myanmar"): taken out, exactly as
    // each is written into HTML or JSON, before looking; the phrase anywhere else is a leak.
    const ours = glossaryMeanings().filter((meaning) => FOOTER_ONLY_PHRASES.some((phrase) => meaning.includes(phrase)));
    const forms = ours.flatMap((meaning) => [meaning, JSON.stringify(meaning).slice(1, -1), escapeHtml(meaning)]);
    const leaks: string[] = [];
    for (const file of files) {
      const content = forms.reduce((text, form) => text.split(form).join(''), contentOf(file));
      for (const phrase of FOOTER_ONLY_PHRASES) {
        if (content.includes(phrase)) leaks.push(`${path.relative(distDir(), file)}: ${phrase}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('only the seed’s source download holds the footer, verbatim', () => {
    const { footer } = seedParts();
    const holders = filesUnder(path.join(distDir(), 'cables'))
      .filter((file) => file.endsWith('.txt'))
      .filter((file) => FOOTER_ONLY_PHRASES.some((phrase) => contentOf(file).includes(phrase)));
    expect(holders.map((file) => path.basename(file))).toEqual(['guatemala-mexico-border-issues-staffdel-meacham.txt']);
    expect(contentOf(holders[0] ?? '').endsWith(footer)).toBe(true);
  });

  test('the inflated Pagefind index does hold cable words (so the check above can see text)', () => {
    const fragments = filesUnder(path.join(distDir(), 'pagefind')).filter((file) => file.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some((file) => contentOf(file).includes('helicopter'))).toBe(true);
  });
});
