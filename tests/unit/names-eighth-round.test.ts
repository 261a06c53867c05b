/**
 * The rules of the eighth held-out round (issue 7), each on a real excerpt of a dev cable (named in
 * the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const glossary = glossaryKnowledge(loadGlossary());
const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);

describe("a glossary acronym whose meaning describes one body", () => {
  test('a body described in lower case is a body (08CASABLANCA81, 05PARIS4749, 08BARCELONA86)', () => {
    // ONA: "Omnium Nord-Africain: Morocco's largest conglomerate, …"
    expect(names('Morocco’s largest conglomerate, the palace-controlled ONA, dismissed its CEO on April 11')).toContain('organization:ONA');
    // DST: "France's internal security service until 2008 (…)"
    expect(names('Pierre de Bousquet de Florian, head of the DST (France’s internal security service), will lead a group')).toContain('organization:DST');
    // ERC: "… the Republican Left of Catalonia, a Catalan pro-independence party."
    expect(names('Comment: Despite falling popularity at the polls, ERC is hoping regional pride will eventually win the day.')).toContain('organization:ERC');
    expect(glossary.organizations.has('DGSE')).toBe(true);
  });

  test('a kind of thing, a role or an operation stays no name (NGO, DG, OEF, COLMIL)', () => {
    for (const acronym of ['NGO', 'DG', 'OEF', 'PRT', 'CEO', 'COLMIL', 'TABD']) expect(glossary.organizations.has(acronym), acronym).toBe(false);
  });
});
