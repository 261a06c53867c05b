/**
 * The article serialiser against hast-util-to-html on what the cables' trees rarely hold: void
 * elements, boolean and list properties, escapes in text and attributes, and the nodes it leaves
 * to the library (comments, raw HTML, `svg`, `script`). Every seed cable's article is compared
 * in the corpus tier (tests/corpus/article-html.test.ts).
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { articleHtml } from '../../src/render/article-html.ts';
import { element, text } from '../../src/render/hast.ts';

const cases: Record<string, Root> = {
  'text escapes': { type: 'root', children: [text(`a < b & c > d "e" 'f' \`g\``)] },
  'attribute escapes': { type: 'root', children: [element('span', { title: `Zapatero's "PSOE" & <co>\`\0` }, [])] },
  'void elements': { type: 'root', children: [element('br', {}), element('img', { src: 'x.png', alt: '' }), element('hr', {}, [text('odd')])] },
  'booleans and lists': {
    type: 'root',
    children: [
      element('button', { type: 'button', hidden: true, disabled: false, ariaPressed: 'false', className: ['a', 'b'], tabIndex: -1 }, [text('x')]),
      element('input', { accept: ['a', 'b'], checked: '', download: '' }),
      element('div', { dataPagefindIgnore: true, dataEmpty: '', dataNone: null, dataUndefined: undefined, dataNaN: Number.NaN, dataList: ['x', ''] }),
    ],
  },
  'left to the library': {
    type: 'root',
    children: [
      { type: 'comment', value: 'note' },
      { type: 'doctype' },
      element('svg', { viewBox: '0 0 1 1' }, [element('path', { strokeWidth: '2' })]),
      element('script', {}, [text('a < b && c')]),
      element('template', {}, []),
    ],
  },
};

describe('articleHtml writes what hast-util-to-html writes', () => {
  test.each(Object.entries(cases))('%s', (_name, tree) => {
    expect(articleHtml(tree)).toBe(toHtml(tree));
  });
});
