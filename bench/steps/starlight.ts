/**
 * Issue 7's yardstick: the same cables as a default Starlight site (`@astrojs/starlight` 0.42,
 * its built-in Pagefind search, nothing configured but a title), built cold on the same machine
 * and measured exactly as our build is (steps/build.ts `measureProcess`: wall time, CPU time and
 * peak RSS of the whole process tree, load before and after). The `sidebar` variant sets one
 * thing more, a sidebar of one link: with none, Starlight links every page from every page's
 * sidebar, so the default site's HTML grows with the square of the pages.
 *
 * The site lives in `<SCRATCH>/starlight-site`, installed once with the machine's npm (astro at
 * the version this project pins, Starlight at the newest 0.42.x) and run with the project's
 * pinned Node, as `npm run build` runs ours. One Markdown page per cable: title = the cable's
 * subject (its id when it has none), body = the paragraphs our reader page publishes, each a plain
 * Markdown paragraph with Markdown's punctuation escaped, so Starlight renders the same words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import { astroEnv, measureProcess, PROJECT_ROOT, SCRATCH, type MeasuredProcess } from './build.ts';

export const STARLIGHT_SITE = join(SCRATCH, 'starlight-site');
/** The Starlight minor issue 7 names. */
const STARLIGHT_RANGE = '0.42';

export type StarlightVariant = 'default' | 'sidebar';
/** Starlight's options per variant: the title only, or the title and a one-link sidebar. */
const STARLIGHT_OPTIONS: Record<StarlightVariant, string> = {
  default: `{ title: 'Cable Reader' }`,
  sidebar: `{ title: 'Cable Reader', sidebar: [{ label: 'Cables', link: '/' }] }`,
};

export interface StarlightRun extends Omit<MeasuredProcess, 'timeline'> {
  label: string;
  variant: StarlightVariant;
  cables: number;
  /** Starlight's Pagefind step, from its `Building search index` line to its `Finished` line. */
  pagefind: { ms: number; cpuSeconds: number } | null;
  starlightVersion: string;
  astroVersion: string;
  /** HTML pages Starlight wrote (the cables, the home page, the 404). */
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  /** Astro's `<n> page(s) built in <t>` line and Starlight's Pagefind line, as logged. */
  logged: string[];
}

const versionOf = (dir: string, name: string): string =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Newest published 0.42.x, asked of the registry once per install check. */
function latestStarlight(): string {
  const raw = execFileSync('npm', ['view', `@astrojs/starlight@${STARLIGHT_RANGE}`, 'version', '--json'], { encoding: 'utf8' });
  const versions = JSON.parse(raw) as string | string[];
  const list = Array.isArray(versions) ? versions : [versions];
  const latest = list.at(-1);
  if (!latest) throw new Error(`npm lists no @astrojs/starlight@${STARLIGHT_RANGE}`);
  return latest;
}

/** Installs astro (our pinned version) and the newest Starlight 0.42.x in the site folder, once. */
function ensureInstalled(dir: string): void {
  const astro = versionOf(PROJECT_ROOT, 'astro');
  const installed = existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'));
  if (installed && versionOf(dir, 'astro') === astro && versionOf(dir, '@astrojs/starlight').startsWith(`${STARLIGHT_RANGE}.`)) return;
  const starlight = latestStarlight();
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': starlight } }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}

/** Markdown's ASCII punctuation, each escaped with a backslash (CommonMark allows it on any of them). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]<>()#+\-.!|~&]/g;
/** Runs of whitespace (line wraps are already joined; tabs and doubled spaces fold to one). */
const WHITESPACE_RUN = /\s+/g;

const markdownText = (text: string): string => text.replace(WHITESPACE_RUN, ' ').trim().replace(MARKDOWN_PUNCTUATION, '\\$&');

/** A file name for a cable id: lower-case letters, digits and hyphens (Starlight slugs the same way). */
const FILE_SLUG = /[^a-z0-9]+/g;

/**
 * Rewrites the site's pages from the cables in `cablesDir`: one page per cable under
 * `src/content/docs/cables/`, a home page, and the two files of Starlight's template (config
 * with the variant's options, content collection with Starlight's loader and schema).
 */
async function writeSite(dir: string, cablesDir: string, variant: StarlightVariant): Promise<number> {
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\n` +
      `export default defineConfig({ integrations: [starlight(${STARLIGHT_OPTIONS[variant]})] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'cables'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Cable Reader\n---\n\nThe cables, one page each.\n');
  const taken = new Set<string>();
  let written = 0;
  for (const file of await listCableFiles(cablesDir)) {
    const cable = await readCable(file, { root: cablesDir });
    // Two files can parse to one id (our loader suffixes the second -2): keep both, as ours does.
    const base = cable.id.toLowerCase().replace(FILE_SLUG, '-').replace(/^-|-$/g, '') || 'cable';
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
    taken.add(slug);
    const title = cable.subject ?? cable.id;
    const body = cable.paragraphs.map((paragraph) => markdownText(paragraph.text)).filter(Boolean).join('\n\n');
    // A JSON string is a valid YAML scalar: quotes, colons and # in subjects stay literal.
    writeFileSync(join(docs, 'cables', `${slug}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
    written++;
  }
  return written;
}

function diskUsage(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  if (!existsSync(dir)) return { bytes, html };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** Starlight's Pagefind log lines: the step's start and its end. */
const PAGEFIND_START = /\[starlight:pagefind\] Building search index/;
const PAGEFIND_END = /\[starlight:pagefind\] Finished building search index/;

/** Wall and tree CPU between Starlight's two Pagefind lines (null when either is missing). */
function pagefindStep(measured: MeasuredProcess): StarlightRun['pagefind'] {
  const start = measured.timeline.find((entry) => PAGEFIND_START.test(entry.line))?.ms;
  const end = measured.timeline.find((entry) => PAGEFIND_END.test(entry.line))?.ms;
  if (start === undefined || end === undefined) return null;
  const cpuAt = (ms: number): number => measured.tree.cpuSeries.findLast((point) => point.ms <= ms)?.cpuSeconds ?? 0;
  return { ms: end - start, cpuSeconds: Math.round((cpuAt(end) - cpuAt(start)) * 10) / 10 };
}

/**
 * Writes the Starlight site for `cablesDir` and builds it cold (its `.astro`, `node_modules/.astro`,
 * `node_modules/.vite` and `dist` removed first). Page writing is not timed. The build log goes to
 * `logFile`, each line stamped with its arrival time.
 */
export async function runStarlight(label: string, cablesDir: string, logFile: string, variant: StarlightVariant = 'default'): Promise<StarlightRun> {
  const dir = STARLIGHT_SITE;
  ensureInstalled(dir);
  const cables = await writeSite(dir, cablesDir, variant);
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist']) rmSync(join(dir, cache), { recursive: true, force: true });
  const measured = await measureProcess([join(dir, 'node_modules/.bin/astro'), 'build'], dir, astroEnv(), join(SCRATCH, `time-starlight-${label}.txt`));
  const { timeline, ...rest } = measured;
  writeFileSync(logFile, `${timeline.map((entry) => `${String(entry.ms).padStart(7)} ms  ${entry.line}`).join('\n')}\n`);
  if (!measured.ok) throw new Error(`${measured.error}\n(full log: ${logFile})`);
  const dist = diskUsage(join(dir, 'dist'));
  return {
    ...rest,
    tree: { ...rest.tree, cpuSeries: [] },
    label,
    variant,
    cables,
    pagefind: pagefindStep(measured),
    starlightVersion: versionOf(dir, '@astrojs/starlight'),
    astroVersion: versionOf(dir, 'astro'),
    htmlPages: dist.html,
    distBytes: dist.bytes,
    pagefindBytes: diskUsage(join(dir, 'dist/pagefind')).bytes,
    logged: timeline.map((entry) => entry.line).filter((line) => /page\(s\) built in|pagefind/i.test(line)).slice(0, 6),
  };
}
