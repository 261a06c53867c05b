/**
 * The glossary of cable language (`data/glossary.yaml`, docs/glossary.md): its data and loading
 * (glossary-data.ts), finding its terms in text (glossary-match.ts) and portion markings
 * (markings.ts). Import from here.
 */
export * from './glossary-data.ts';
export * from './glossary-match.ts';
export * from './markings.ts';
