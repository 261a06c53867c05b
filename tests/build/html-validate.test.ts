/**
 * html-validate (recommended rules) on one built page of every type: home, reader pages (the
 * seed with its notes, a corpus cable), glossary and a glossary entry,
 * names and a name, search, 404. Found by it and fixed: the header's search button lacked `type`.
 */
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { SEED_ID } from '../helpers/paths.ts';
import { readDist } from '../helpers/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A reader page's title is the cable's subject, which is often long (it is the cable's own wording).
    'long-title': 'off',
  },
});

const PAGES = [
  '/',
  `/cables/${SEED_ID}/`,
  '/cables/04AMMAN1288/',
  '/glossary/',
  '/glossary/reftel/',
  '/entities/',
  '/entities/abbas/',
  '/search/',
  '/404.html',
];

/** `line:column rule message` per problem. */
function problems(messages: Message[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`);
}

describe('html-validate', () => {
  test.each(PAGES)('%s is valid HTML', async (page) => {
    const report = await validator.validateString(readDist(page), page);
    expect(problems(report.results.flatMap((result) => result.messages))).toEqual([]);
  });
});
