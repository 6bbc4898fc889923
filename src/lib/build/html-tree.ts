/** Small helpers for walking a parse5 document: the build's CSP step and the dist checks read HTML this way. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element under `node`, in document order, including those inside <template>. */
export function* elements(node: HtmlNode): Generator<HtmlElement> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node) yield* elements(node.content);
}

/** An attribute's value, or undefined when the element does not have it. */
export const attribute = (element: HtmlElement, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;

/** The raw text of a <script> or <style>: exactly what the browser hashes or parses. */
export const rawText = (element: HtmlElement) =>
  element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
