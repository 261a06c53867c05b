/**
 * Bodies named together by a plural head word are no one body's name (issue 7, the nineteenth
 * round; dev's labels: `the Ministries of Interior and Finance`, `the Russian Power Ministries`, a
 * class of bodies): `the Ministries of Interior`, `Power Ministries`. Only an organisation the run
 * reader found is asked; `Meta Departments` (Colombia's provinces) is a place's.
 */
import type { Mention } from './runs.ts';

/** A plural body's head word, first (`Ministries of …`) or last (`Power Ministries`). */
const PLURAL_HEAD = /^(?:Ministries|Departments|Agencies|Embassies)\b|\b(?:Ministries|Departments|Agencies|Embassies)$/;

/** A body's name the run reader found that names several bodies at once. */
export function isPluralBodies(mention: Mention): boolean {
  return mention.kind === 'organization' && PLURAL_HEAD.test(mention.text);
}
