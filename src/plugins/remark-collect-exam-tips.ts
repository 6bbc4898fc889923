/**
 * Collects every `<Callout type="exam-tip">` of a page so the guide's exam-tips index is built from the callouts
 * themselves, never retyped. Each tip gets a stable id (`tip-` + its title's slug) that the plugin also passes to
 * the Callout as its `id`, so the index can link back to the exact tip. The tips land in the page's data
 * (`examTips`, see page-data.ts).
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';

export interface ExamTip {
  /** Fragment id of the tip on its page. */
  id: string;
  title: string;
  /** The tip's text, without markup. */
  text: string;
}

const attribute = (node: MdxJsxFlowElement, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);

export function remarkCollectExamTips() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const tips: ExamTip[] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Callout' || attribute(node, 'type')?.value !== 'exam-tip') return;
      const title = attribute(node, 'title')?.value;
      if (typeof title !== 'string' || title.trim() === '') {
        throw new Error(`${file.path}:${node.position?.start.line}: an exam-tip <Callout> needs a title="…".`);
      }
      const existing = attribute(node, 'id')?.value;
      const id = typeof existing === 'string' ? existing : `tip-${slugger.slug(title)}`;
      if (!existing) node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      tips.push({ id, title, text: toString(node.children).replace(/\s+/g, ' ').trim() });
    });
    setPageData(file, 'examTips', tips);
  };
}
