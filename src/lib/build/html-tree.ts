/**
 * Reading built HTML as a hast tree, the one HTML representation the project uses (the plugins and the print
 * edition work on hast too): the build's CSP step, the dist checks and the e2e byte counts read pages this way.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { stringify as commaSeparated } from 'comma-separated-tokens';
import { find, html as htmlSchema } from 'property-information';
import { stringify as spaceSeparated } from 'space-separated-tokens';

export type HtmlElement = Element;

/** A whole document, with source positions (`node.position.start.offset`) on every node. */
export const parseHtml = (html: string): Root => fromHtml(html);

/** Every element under `node`, in document order, including those inside <template>. */
export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (node.content) yield* elements(node.content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** An attribute's value as written in HTML, or undefined when the element does not have it. */
function attributeValue(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) {
    return find(htmlSchema, name).commaSeparated ? commaSeparated(value) : spaceSeparated(value.map(String));
  }
  return String(value);
}

/** Every attribute of an element by its HTML name ("http-equiv", not hast's "httpEquiv"). */
export const attributes = (element: Element) =>
  Object.entries(element.properties).flatMap(([property, raw]) => {
    const value = attributeValue(property, raw);
    return value === undefined ? [] : [{ name: find(htmlSchema, property).attribute, value }];
  });

/** An attribute's value by its HTML name, or undefined when the element does not have it. */
export const attribute = (element: Element, name: string) =>
  attributeValue(find(htmlSchema, name).property, element.properties[find(htmlSchema, name).property]);

/** The raw text of a <script> or <style>: exactly what the browser hashes or parses. */
export const rawText = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
