import type { Element, ElementContent, Properties } from 'hast';

/**
 * A hast element, built directly. hastscript's `h()` parses selectors and normalises every
 * property on each call; across 10,000 cables that cost more than the rest of the pipeline.
 * Property names are hast's (`className`, `dataPagefindTitle`, `ariaLabel`).
 */
export function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** A hast text node. */
export function text(value: string): ElementContent {
  return { type: 'text', value };
}
