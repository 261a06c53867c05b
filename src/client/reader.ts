/**
 * The reader page's client code (loaded by src/components/ReaderScript.astro): copy link and
 * copy citation, term tooltips, paragraph ranges and selection, and Pagefind's highlighter when
 * the page is reached from search. Reading never needs it: every feature is an addition.
 */
import { announce, copyText, flashCopied } from './clipboard.ts';
import { citationText, labelOf, pageUrl, paragraphById, safeDecode } from './paragraphs.ts';
import { initParagraphKeys } from './paragraph-keys.ts';
import { initRanges, landOnHash } from './ranges.ts';
import { initNamesLayer } from './names-layer.ts';
import { initTermTips } from './term-tip.ts';

declare global {
  /** Set by /pagefind/pagefind-highlight.js. */
  var PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean; markOptions: Record<string, unknown> }) => unknown;
}

/** Where the search highlighter lives (written by the build, so not bundled). */
const HIGHLIGHT_SCRIPT = '/pagefind/pagefind-highlight.js';
/** The address parameter that carries the searched words. */
const HIGHLIGHT_PARAM = 'pagefind-highlight';
/**
 * Longest highlight value marked (characters): a search result's words are far fewer; a longer
 * value (a crafted link with 20,000 words) would freeze the page while every word is marked.
 */
const MAX_HIGHLIGHT_CHARS = 500;
/**
 * mark.js options for the highlighter: Pagefind's own (its class, nothing it was told to ignore)
 * and whole words. Pagefind finds "helicopters" for "helicopter" by its stem; marked as
 * "complementary", the whole word is marked, not the letters typed. Punctuation ends a word.
 */
const MARK_OPTIONS = {
  className: 'pagefind-highlight',
  exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
  accuracy: { value: 'complementary', limiters: [...'.,;:!?()[]{}"\'“”‘’«»/\\'] },
};

// Styles for what only works with this script (paragraph tools, copy buttons) key on this class.
document.documentElement.classList.add('js');

// The printed and cited address: absolute, as it will be pasted (already so when SITE_URL set it).
for (const element of document.querySelectorAll('.page-url')) {
  if (element.textContent?.startsWith('/')) element.textContent = pageUrl();
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy-link, button.copy-cite') : null;
  if (button) void copyFrom(button);
});

initNamesLayer();
initTermTips();
initParagraphKeys();
initRanges();

// URLSearchParams never throws on bad percent-encoding; an empty or overlong value is ignored.
const highlight = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim() ?? '';
if (highlight !== '' && highlight.length <= MAX_HIGHLIGHT_CHARS) {
  void import(/* @vite-ignore */ HIGHLIGHT_SCRIPT).then(() => {
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: MARK_OPTIONS });
    // Marks change the layout: land on the linked paragraph (or range) again.
    const target = location.hash && document.getElementById(safeDecode(location.hash.slice(1)));
    if (target) target.scrollIntoView();
    else landOnHash();
  });
}

/** Copy link (`<url>#parN`) or copy citation (`<citation>, ¶N, <url>#parN`; the whole cable without data-anchor). */
async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const anchor = button.dataset['anchor'] ?? '';
  const para = anchor ? paragraphById(anchor) : undefined;
  const place = para ? labelOf(para) : anchor;
  const url = anchor ? `${pageUrl()}#${anchor}` : pageUrl();
  const citing = button.classList.contains('copy-cite');
  const text = citing ? `${citationText()}, ${anchor ? `${place}, ` : ''}${url}` : url;
  if (!(await copyText(text, button))) return;
  const what = citing ? (anchor ? `citation of ${place}` : 'citation of this cable') : `link to ${place}`;
  announce(`Copied ${what}: ${text}`);
  flashCopied(button);
}
