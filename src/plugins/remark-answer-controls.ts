/**
 * remarkAnswerControls(): a page with checkpoint answers gets the answer toolbar (`<AnswerControls />`: show all,
 * hide all, progress, reset) without the author writing it, placed just before the block that holds its first
 * `<Question>` or `<Answer>`. A page that already has the tag keeps it where it is. The answers' numbers land in
 * the page's data (`answers`, see page-data.ts), so the sidebar counts them without reading the MDX again.
 *
 *   <Question n={1}>…</Question>            <AnswerControls />
 *   <Answer n={1}>…</Answer>          →     <Question n={1}>…</Question>
 *                                           <Answer n={1}>…</Answer>          data: { answers: [1] }
 *
 * Each `n` must be a literal whole number, unique on the page: it is the answer's address (#answer-N) and the
 * key of the reader's self-check mark.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute } from '../lib/build/content-index.ts';
import { setPageData } from './page-data.ts';

const holdsAnswers = (node: RootContent) => {
  let found = false;
  visit(node, (child) => {
    if (isJsxElement(child) && (child.name === 'Question' || child.name === 'Answer')) found = true;
  });
  return found;
};

export function remarkAnswerControls() {
  return (tree: Root, file: VFile) => {
    const answers: number[] = [];
    let hasControls = false;
    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      if (node.name === 'AnswerControls') hasControls = true;
      if (node.name !== 'Answer') return;
      const n = jsxAttribute(node, 'n') ?? '';
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      if (!/^\d+$/.test(n)) throw new Error(`${where}: <Answer n=…> needs a literal whole number, e.g. n={1}.`);
      if (answers.includes(Number(n))) throw new Error(`${where}: <Answer n={${n}}> appears twice on the page.`);
      answers.push(Number(n));
    });
    setPageData(file, 'answers', answers);
    if (answers.length === 0 || hasControls) return;
    const first = tree.children.findIndex(holdsAnswers);
    const controls: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'AnswerControls',
      attributes: [],
      children: [],
    };
    tree.children.splice(Math.max(first, 0), 0, controls);
  };
}
