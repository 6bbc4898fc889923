/**
 * remarkGlossaryTerms(): every `<Term id="…">` must name a term of its guide's glossary.yaml (or of the guide
 * given by its `guide` attribute). An unknown id fails the compile with the file, the line and the nearest ids,
 * instead of shipping a link to a glossary entry that does not exist.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  getContentIndex,
  guideOfFile,
  isJsxElement,
  jsxAttribute,
  relativeContentFile,
} from '../lib/build/content-index.ts';
import { nearest } from '../lib/shared/nearest.ts';

export interface GlossaryTermOptions {
  /** The content folder, absolute or relative to the working directory. */
  contentDir: string;
}

export function remarkGlossaryTerms({ contentDir }: GlossaryTermOptions) {
  return () => (tree: Root, file: VFile) => {
    const relativeFile = relativeContentFile(contentDir, file.path);
    if (!relativeFile) return;
    const { glossaries } = getContentIndex(contentDir);
    const problems: string[] = [];
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'Term') return;
      const id = jsxAttribute(node, 'id') ?? '';
      const guide = jsxAttribute(node, 'guide') ?? guideOfFile(relativeFile);
      const terms = glossaries.get(guide);
      const line = node.position?.start.line ?? '?';
      if (!terms) problems.push(`line ${line}: <Term id="${id}"> — the guide "${guide}" has no glossary.yaml`);
      else if (!terms.has(id)) {
        problems.push(
          `line ${line}: <Term id="${id}"> — not in content/${guide}/glossary.yaml. Nearest: ${nearest(id, terms.keys()).join(', ')}`,
        );
      }
    });
    if (problems.length > 0) file.fail(`${relativeFile}: unknown glossary term(s):\n  - ${problems.join('\n  - ')}`);
  };
}
