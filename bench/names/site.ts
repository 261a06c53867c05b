/**
 * The names as the site shows them: every cable of seeds/ annotated, then linked to the others
 * (`linkCable`), so a scored cable's entities have their site names and a guessed one-word name
 * is kept only when another cable identifies it (src/lib/names/site.ts).
 */
import { annotateCable, linkCable, linkFacts, siteLinks } from '../../src/lib/annotate.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { listCableFiles, readCable, readCableSource } from '../../src/lib/read.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';

/** Every cable of seeds/, annotated and linked, by file path (`seeds/cablegate/<ID>.txt`). */
export async function linkedSite(): Promise<Map<string, AnnotatedCable>> {
  const glossary = loadGlossary();
  const annotated = new Map<string, AnnotatedCable>();
  for (const path of await listCableFiles('seeds')) {
    const source = await readCableSource(path);
    annotated.set(path, annotateCable(await readCable(path), { text: source.text, sidecar: null, glossary, renderNote: (m) => m }));
  }
  const links = siteLinks([...annotated.values()].map(linkFacts));
  return new Map([...annotated].map(([path, cable]) => [path, linkCable(cable, links)]));
}
