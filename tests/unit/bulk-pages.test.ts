/**
 * Pages written from a frame (src/site/bulk-pages.ts, issue 7): the frame's tokens and its own
 * path are replaced by the page's, escaped as Astro escapes text and attribute values.
 */
import { expect, test } from 'vitest';
import { compileFrame, FRAME_TOKENS, queueBulkFiles, queueBulkPages, takeBulkPages } from '../../src/site/bulk-pages.ts';

const { title, description, head, main } = FRAME_TOKENS;
const frame =
  `<head><title>${title} · Cable Reader</title><meta name="description" content="${description}">` +
  `<meta property="og:title" content="${title}"><link rel="canonical" href="https://x.org/entities/_frame/">${head}</head>` +
  `<main id="cr-main">${main}</main>`;

test('a page fills the frame: text escaped as text, attributes as attributes, head and main as given, the path everywhere', () => {
  const fill = compileFrame(frame, '/entities/_frame/');
  const html = fill({ path: '/entities/bg-o-reilly/', title: `BG O'Reilly & "Co" <x>`, description: `O'Reilly: every cable`, head: '<link rel="next" href="/entities/bg-o-reilly/2/">', main: '<h1>BG</h1>' });
  expect(html).toBe(
    `<head><title>BG O&#39;Reilly &amp; &quot;Co&quot; &lt;x&gt; · Cable Reader</title><meta name="description" content="O'Reilly: every cable">` +
      `<meta property="og:title" content="BG O'Reilly &amp; &quot;Co&quot; <x>"><link rel="canonical" href="https://x.org/entities/bg-o-reilly/"><link rel="next" href="/entities/bg-o-reilly/2/"></head>` +
      `<main id="cr-main"><h1>BG</h1></main>`,
  );
});

test('a frame without its title or main token is refused', () => {
  expect(() => compileFrame('<main></main>', '/entities/_frame/')).toThrow(/no CRBULKFRAMETITLE/);
});

test('the queue holds one set per frame and is emptied when taken', () => {
  queueBulkPages({ frame: '/a/_frame/', pages: () => [] });
  queueBulkPages({ frame: '/a/_frame/', pages: () => [] });
  queueBulkPages({ frame: '/b/_frame/', pages: () => [] });
  queueBulkFiles({ route: '/c/[x].json', files: () => [] });
  const taken = takeBulkPages();
  expect(taken.pages.map((set) => set.frame)).toEqual(['/a/_frame/', '/b/_frame/']);
  expect(taken.files.map((set) => set.route)).toEqual(['/c/[x].json']);
  expect(takeBulkPages()).toEqual({ pages: [], files: [] });
});
