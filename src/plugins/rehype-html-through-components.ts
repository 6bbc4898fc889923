/**
 * rehypeHtmlThroughComponents(): HTML that a page writes as JSX goes through the MDX components like the elements
 * Markdown makes. MDX passes `# Heading` through `components.h1` but leaves `<h1>` written in the page alone (it
 * marks such elements `_mdxExplicitJsx`); this clears that mark on plain HTML tags, so the print edition's
 * components (printComponents in src/components/mdx.ts) also prefix the ids of, and open, hand-written markup:
 *
 *   <details><p id="deep-target">…</p></details>   →   _components.details, _components.p, like Markdown's own
 *
 * On every other page no HTML tag has a component, so the output is the same. Components (`<Answer>`), custom
 * elements (`<my-widget>`) and member names (`<x.y>`) are left as they are.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const HTML_TAG = /^[a-z][a-z0-9]*$/;

export function rehypeHtmlThroughComponents() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && HTML_TAG.test(node.name ?? '')) {
        node.data = { ...node.data, _mdxExplicitJsx: false };
      }
    });
  };
}
