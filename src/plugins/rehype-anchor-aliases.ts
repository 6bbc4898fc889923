/**
 * rehypeAnchorAliases(): `<Anchor id="old-id" />` keeps an old #anchor working after a rename. It becomes an empty
 * `<span id="old-id" class="anchor-alias">`, so the old link lands in the same place with or without JavaScript.
 *
 *   ## Reading with enhanced fan-out <Anchor id="enhanced-fan-out" />
 *   →  <h2 id="reading-with-enhanced-fan-out"><span id="enhanced-fan-out" class="anchor-alias"></span>Reading…</h2>
 *
 * Inside a heading the alias moves to the start of the heading and the space before it is dropped, so the
 * heading's own id (made by rehype-slug, which runs next) comes from its text alone. Anywhere else the span stays
 * where it was written. An `<Anchor>` without a literal id fails the compile, naming the file and the line.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type JsxHast = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const isAnchor = (node: { type: string; name?: unknown }): node is JsxHast =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Anchor';

const isHeading = (node: Element) => /^h[1-6]$/.test(node.tagName);

function aliasSpan(node: JsxHast, file: VFile): Element {
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  if (typeof id !== 'string' || !/^[^\s#]+$/.test(id)) {
    file.fail(
      `${file.path}:${node.position?.start.line ?? '?'}: <Anchor> needs a literal id="old-id" (no spaces, no #).`,
    );
  }
  return { type: 'element', tagName: 'span', properties: { id, className: ['anchor-alias'] }, children: [] };
}

export function rehypeAnchorAliases() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (heading: Element) => {
      if (!isHeading(heading) || !heading.children.some(isAnchor)) return;
      const aliases = heading.children.filter(isAnchor).map((node) => aliasSpan(node, file));
      const text = heading.children.filter((child) => !isAnchor(child));
      const first = text[0];
      const last = text.at(-1);
      if (first?.type === 'text') first.value = first.value.trimStart();
      if (last?.type === 'text') last.value = last.value.trimEnd();
      heading.children = [...aliases, ...text] as ElementContent[];
    });
    visit(tree, (node, index, parent) => {
      if (!isAnchor(node) || !parent || index === undefined) return;
      parent.children[index] = aliasSpan(node, file);
    });
  };
}
