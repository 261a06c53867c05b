import type { Nodes, Properties, Root } from 'hast';
import type { Plugin, Processor } from 'unified';
import { toHtml } from 'hast-util-to-html';
import { htmlVoidElements } from 'html-void-elements';
import { find, html as htmlSchema, type Info } from 'property-information';

/**
 * The article's hast as HTML: byte for byte what hast-util-to-html (rehype-stringify's
 * serialiser, default options) writes for it, with less CPU (issues 7 and 12: it took ≈ 3 of a
 * 2,510-cable build's 4.6 s of rendering; docs/benchmarks.md, branch gencpu). hast-util-to-html
 * looks every property up in the schema and builds an options object and a regular expression
 * pass per attribute and per text; the article holds only elements and text with ≈ 20 property
 * names, so each name is looked up once and the escapes are single passes. The value rules
 * below are its `serializeAttribute`'s for the html schema; anything else (a comment, raw HTML,
 * an `svg`, `script`, `style` or `template` element, an attribute name needing escapes) goes to
 * hast-util-to-html itself. Tests hold the two equal on every seed cable
 * (tests/corpus/article-html.test.ts) and on what the cables rarely hold (tests/unit/).
 */
export function articleHtml(node: Nodes): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type === 'root') return node.children.map(articleHtml).join('');
  if (node.type !== 'element' || LIBRARY_ELEMENTS.has(node.tagName)) return toHtml(node);
  const attributes = serializeProperties(node.properties);
  if (attributes === null) return toHtml(node);
  const content = node.children.map(articleHtml).join('');
  const open = `<${node.tagName}${attributes}>`;
  // A void element with no content has no end tag (`<br>`), as hast-util-to-html writes it.
  return content === '' && VOID_ELEMENTS.has(node.tagName.toLowerCase()) ? open : `${open}${content}</${node.tagName}>`;
}

/** Elements whose content or schema hast-util-to-html treats apart: serialised by it. */
const LIBRARY_ELEMENTS = new Set(['svg', 'script', 'style', 'template']);
const VOID_ELEMENTS = new Set(htmlVoidElements);

/** Characters a text node escapes (hast-util-to-html: `<` and `&`), as hexadecimal references. */
const TEXT_ESCAPES = /[<&]/g;
/** Characters a double-quoted attribute value escapes (hast-util-to-html's safe default): NUL, `"`, `&`, `'`, `` ` ``. */
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
/** Characters hast-util-to-html would escape in an attribute name: such a name goes to the library. */
const NAME_ESCAPES = /[\0\t\n\f\r "&'/<=>`]/;

/** `<` → `&#x3C;`: stringify-entities' default (hexadecimal, upper case, with the semicolon). */
const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeText = (value: string): string => value.replace(TEXT_ESCAPES, reference);

/** A property's schema entry, looked up once per name. */
const infoByName = new Map<string, Info>();
function infoOf(key: string): Info {
  let info = infoByName.get(key);
  if (info === undefined) {
    info = find(htmlSchema, key);
    infoByName.set(key, info);
  }
  return info;
}

/**
 * The attributes, each preceded by a space (` class="para" id="par1"`), or null when one needs
 * what only hast-util-to-html does. The value rules are hast-util-to-html's `serializeAttribute`.
 */
function serializeProperties(properties: Properties): string | null {
  let out = '';
  for (const key in properties) {
    let value = properties[key];
    if (value === null || value === undefined) continue;
    const info = infoOf(key);
    if (NAME_ESCAPES.test(info.attribute)) return null;
    if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
    else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) {
      value = Boolean(value);
    }
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (value === true) {
      out += ` ${info.attribute}`;
      continue;
    }
    const text = Array.isArray(value) ? joinList(value, info.commaSeparated) : String(value);
    out += ` ${info.attribute}="${text.replace(ATTRIBUTE_ESCAPES, reference)}"`;
  }
  return out;
}

/**
 * A list value as comma-separated-tokens (`a, b`; a last empty entry kept) or
 * space-separated-tokens (`a b`) write it for hast-util-to-html, trimmed.
 */
function joinList(values: readonly (string | number)[], commaSeparated: boolean): string {
  if (!commaSeparated) return values.join(' ').trim();
  return (values[values.length - 1] === '' ? [...values, ''] : values).join(', ').trim();
}

/** The serialiser as a unified compiler plugin, in rehype-stringify's place. */
export const rehypeArticleHtml: Plugin<[], Root, string> = function () {
  // As rehype-stringify types its `this`: the processor whose tree is hast.
  (this as unknown as Processor<undefined, undefined, undefined, Root, string>).compiler = articleHtml;
};
