/**
 * rehype plugin: lets long camel-case identifiers wrap between their words instead of between any two letters.
 * A <wbr> (a line-break opportunity, invisible and not copied) goes before each hump of an identifier of at least
 * MIN_LENGTH letters:
 *
 *   <code>ProvisionedThroughputExceededException</code>
 *   → <code>Provisioned<wbr>Throughput<wbr>Exceeded<wbr>Exception</code>
 *
 * CSS lets `code` break mid-word only as a last resort (overflow-wrap: break-word), so on a phone, or in a
 * narrow table column, the identifier wraps at "Throughput|Exceeded" rather than "Throughp|utExce". Shorter words
 * are left alone: they fit on any line. Preformatted blocks, math and SVG keep their text exactly.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Identifiers shorter than this fit on a phone's line at body size, so they never need a break. */
export const MIN_LENGTH = 20;

/** Elements whose text must stay byte-for-byte: code blocks, math, drawings, scripts. */
const KEEP = new Set(['pre', 'script', 'style', 'svg', 'math', 'textarea', 'title']);
const isKatex = (node: Element) => ([] as unknown[]).concat(node.properties['className']).includes('katex');

/** An identifier-like run with at least one lower→upper hump (also after digits: "Kinesis2Stream"). */
const IDENTIFIER = new RegExp(`[A-Za-z0-9_]{${MIN_LENGTH},}`, 'g');
const HUMP = /(?<=[a-z0-9])(?=[A-Z])/g;

/** The parts of `text` with a <wbr> at every hump of each long identifier; undefined when nothing changes. */
export function splitAtHumps(text: string): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(IDENTIFIER)) {
    const words = match[0].split(HUMP);
    if (words.length < 2) continue;
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: text.slice(last, start) });
    words.forEach((word, i) => {
      if (i > 0) parts.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
      parts.push({ type: 'text', value: word });
    });
    last = start + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

export function rehypeBreakIdentifiers() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (KEEP.has(node.tagName) || isKatex(node))) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = splitAtHumps((node as Text).value);
      if (!parts) return undefined;
      (parent.children as ElementContent[]).splice(index, 1, ...parts);
      // Continue after the inserted parts, which need no second look.
      return [SKIP, index + parts.length];
    });
  };
}
