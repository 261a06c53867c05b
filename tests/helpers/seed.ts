/**
 * What the tests know about the seed cable's publisher footer (CONTRACT.md "Inputs": nothing
 * from `© Scoop Media` on is cable text), read from the real seed file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SEED_FILE } from './paths.ts';

const FOOTER_START = '© Scoop Media';

/** The seed file split at the footer: `cable` is what may be rendered, `footer` must never be. */
export function seedParts(): { cable: string; footer: string } {
  const text = readFileSync(path.join(PROJECT_ROOT, SEED_FILE), 'utf8');
  const at = text.indexOf(FOOTER_START);
  if (at < 0) throw new Error(`${SEED_FILE} no longer holds "${FOOTER_START}"`);
  return { cable: text.slice(0, at), footer: text.slice(at) };
}

/**
 * Footer phrases that occur in no other cable of seeds/ (checked by the tests that use them),
 * so finding one anywhere in dist/ can only mean the footer leaked.
 * ("Bachelet" is in the footer but also in real Santiago cables: it is a search test instead.)
 */
export const FOOTER_ONLY_PHRASES = [
  'Scoop Media',
  'World Headlines',
  'Myanmar',
  'Guterres',
  'NDC Synthesis',
  'Merchandise Trade',
  'More>>',
  'More&gt;&gt;',
];

/**
 * Words of the footer (5+ letters) that the seed's cable part never uses: none of them may appear
 * in the seed's page article or JSON.
 */
export function footerOnlyWords(): string[] {
  const { cable, footer } = seedParts();
  const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  const cableWords = words(cable);
  return [...words(footer)].filter((word) => !cableWords.has(word)).sort();
}
