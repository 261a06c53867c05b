/**
 * Sources that write apostrophes and quotation marks as a glued capital `Q` (src/lib/names/tokens.ts
 * `Q_MARK_END`, `Q_MARK_START`): the mark is never part of a name. Real excerpts of 07HARARE638.
 */
import { expect, test } from 'vitest';
import { guessedNames } from '../helpers/names.ts';

test('a lone `Q` is a dash or quote: `With few exceptions Q Tendayi Biti, Nelson Chamisa Q the talent is thin`', () => {
  expect(guessedNames('With few exceptions Q Tendayi Biti, Nelson Chamisa Q the talent is thin below the top ranks.')).toEqual(['person?:Tendayi Biti', 'person:Nelson Chamisa']);
});

test('a possessive `Qs` and quotes glued to words: `the PresidentQs freedom Agenda`, `his QGreen BombersQ`', () => {
  expect(guessedNames('helped advance the PresidentQs freedom Agenda.')).toEqual([]);
  expect(guessedNames('his QGreen BombersQ to commit land reform')).toEqual([]);
});

test('a Q that is a letter stays: `Iraq`, `Qatar`', () => {
  expect(guessedNames('Iraq and Qatar signed it.')).toEqual(['place:Iraq', 'place:Qatar']);
});
