/**
 * Which pages this build writes (issue 12; src/loader/shard-mode.ts sets the modes up): a shard
 * build (`CABLE_SHARD`) writes its cables' reader pages, JSON and text; a merge build
 * (`CABLE_MERGE`) writes the list pages over every shard; a whole build writes both.
 */

/** Reader pages, `/cables/<ID>.json` and `.txt`: not in a merge build. */
export function readerPages(): boolean {
  return !process.env['CABLE_MERGE'];
}

/** Browse, names, glossary pages, the id redirects and the vocabulary: not in a shard build. */
export function listPages(): boolean {
  return !process.env['CABLE_SHARD'];
}

/** A merge build: its list pages take the corpus's listing from every shard's facts, not from a `cables` collection. */
export function mergeBuild(): boolean {
  return Boolean(process.env['CABLE_MERGE']);
}

/** A shard build: its content store holds its own cables; what must hold for the corpus comes from the shard's links (the `ownFilterTags` collection). */
export function shardBuild(): boolean {
  return Boolean(process.env['CABLE_SHARD']);
}
