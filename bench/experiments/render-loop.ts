/**
 * Renders every cable of a build's page files through `renderCable` (src/render/pipeline.ts), three
 * rounds of two passes in one process, and prints the CPU of each round; writes the HTML and
 * headings of the last pass to a file, so two trees can be compared byte for byte (`cmp`).
 * Issue 7: the render's cost without the rest of the build.
 *
 *   npx tsx bench/experiments/render-loop.ts <cacheDir>/cable-pages/<folder> /tmp/render.txt
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/experiments/render-loop.ts …   # where it goes
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCable } from '../../src/render/pipeline.ts';
import { parsePageFile } from '../../src/lib/page-file.ts';

const [folder, output] = process.argv.slice(2);
if (!folder || !output) throw new Error('usage: render-loop.ts <page-files folder> <output file>');
const cables = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => parsePageFile(readFileSync(join(folder, name), 'utf8')).cable);
let rendered: string[] = [];
for (let round = 1; round <= 3; round += 1) {
  const before = process.cpuUsage();
  rendered = cables.map((cable) => {
    renderCable(cable);
    const { html, headings } = renderCable(cable);
    return html + JSON.stringify(headings);
  });
  const used = process.cpuUsage(before);
  console.log(`round ${round}: two renders of ${cables.length} cables in ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}
writeFileSync(output, rendered.join('\n'));
