/**
 * remarkQuiz(): checks every `<Quiz>` of a page and tells its components what they cannot see for themselves. In:
 *
 *   <Quiz id="retention" section="kinesis-vs-msk#retention">    ← `section`: the guide page (#heading) that teaches it
 *     A stream must keep 7 days of data. Which solution…?        ← the stem: everything before the first <Choice>
 *     <Choice>
 *       Enable enhanced fan-out.
 *       <Why>It adds read throughput, not retention.</Why>      ← every wrong option says why it is wrong
 *     </Choice>
 *     <Choice correct>Increase the retention period.</Choice>     ← one or more are marked `correct`
 *     <Explanation>Why the right option is right, with links…</Explanation>
 *   </Quiz>
 *
 * Options are shown shuffled per reader, so no text may name one by its letter: each wrong option's reason travels
 * with it in a <Why>, which this plugin moves out of the option into the Quiz's "reasons" slot (shown with the
 * answer, under the letter the reader saw).
 *
 * Out: the Quiz gets `n` (its number on the page), `correct` ("b") and `answer` ("B"); each Choice gets its `letter`
 * and its input `type` (radio, or checkbox when more than one option is correct), `name` and `slot`; each Why gets
 * its option's `letter` and `slot`. The page's questions go to the page's data (page-data.ts: `quizzes`,
 * { id, correct, section }) for the practice page, the mock exam and the guide's progress. Anything malformed — no
 * id, a repeated id, fewer than two options or more than nine (number keys pick them), no correct option or only
 * correct ones, a wrong option without a <Why> or a right one with one, no explanation, a malformed section —
 * fails the build naming the file and the line.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';

export interface CollectedQuiz {
  /** The question's id, unique on its page; with the page id it keys the reader's saved answer. */
  id: string;
  /** The letters of the correct options, in order ("a", "c"). */
  correct: string[];
  /** The guide page (slug, with an optional #heading id) that teaches the question: "capacity-modes#on-demand". */
  section?: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const LETTERS = 'abcdefghi';
/** A page slug of the same guide, with an optional heading id: "capacity-modes", "index#window-size". */
const SECTION = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const isJsx = (node: { type: string }): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const named = (node: RootContent, name: string) => isJsx(node) && node.name === name;
const attribute = (node: Jsx, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
const set = (node: Jsx, name: string, value: string) => {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

/**
 * Removes the option's <Why> elements and returns them. A <Why> written on the option's own lines sits inside its
 * paragraph (text, then the element); one set apart by blank lines is a block of its own.
 */
function takeWhy(choice: Jsx): Jsx[] {
  const found: Jsx[] = [];
  const strip = (parent: { children: unknown[] }) => {
    parent.children = parent.children.filter((child) => {
      const node = child as RootContent;
      if (named(node, 'Why')) {
        found.push(node as Jsx);
        return false;
      }
      if (node.type === 'paragraph') strip(node);
      return true;
    });
  };
  strip(choice as { children: unknown[] });
  // Text left at the end of the option's paragraph ("option text\n") is trimmed, so the label ends with the option.
  const last = (choice.children as RootContent[]).at(-1);
  if (last?.type === 'paragraph') {
    const tail = last.children.at(-1);
    if (tail?.type === 'text') tail.value = tail.value.trimEnd();
  }
  return found;
}

export function remarkQuiz() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    const quizzes: CollectedQuiz[] = [];
    const fail = (node: { position?: { start: { line: number } } | undefined }, message: string) =>
      problems.push(`line ${node.position?.start.line ?? '?'}: ${message}`);

    visit(tree, (node, _index, parent) => {
      if (!isJsx(node)) return;
      const insideQuiz = parent && isJsx(parent as Jsx) && (parent as Jsx).name === 'Quiz';
      // A <Why> this plugin has already moved out of its option carries the option's letter.
      if (node.name === 'Why' && !(insideQuiz && attribute(node, 'letter'))) {
        fail(node, '<Why> belongs inside a <Choice> of a <Quiz>.');
      }
      if ((node.name === 'Choice' || node.name === 'Explanation') && !insideQuiz) {
        fail(node, `<${node.name}> belongs directly inside a <Quiz>.`);
      }
      if (node.name !== 'Quiz') return;
      const id = attribute(node, 'id')?.value;
      if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        fail(node, '<Quiz> needs id="…" in lower-case words joined by hyphens (it keys the reader\'s saved answer).');
        return;
      }
      if (quizzes.some((quiz) => quiz.id === id)) fail(node, `<Quiz id="${id}"> is used twice on this page.`);
      const section = attribute(node, 'section')?.value;
      if (section !== undefined && (typeof section !== 'string' || !SECTION.test(section))) {
        fail(
          node,
          `<Quiz id="${id}">: section="…" names a page of the guide by its file name, e.g. "capacity-modes#on-demand".`,
        );
      }

      const children = node.children as RootContent[];
      const firstChoice = children.findIndex((child) => named(child, 'Choice'));
      const choices = children.filter((child): child is Jsx => named(child, 'Choice'));
      const explanations = children.filter((child) => named(child, 'Explanation'));
      const label = `<Quiz id="${id}">`;
      if (firstChoice <= 0) fail(node, `${label} needs its question before the first <Choice>.`);
      if (choices.length < 2 || choices.length > LETTERS.length) {
        fail(node, `${label} has ${choices.length} <Choice>; give it 2 to ${LETTERS.length}.`);
      }
      const stray = children
        .slice(Math.max(firstChoice, 0))
        .find((c) => !named(c, 'Choice') && !named(c, 'Explanation'));
      if (firstChoice > 0 && stray) fail(stray, `${label}: after the first <Choice>, only <Choice> and <Explanation>.`);
      if (explanations.length !== 1)
        fail(node, `${label} needs exactly one <Explanation> (it has ${explanations.length}).`);
      if (children.some((child) => named(child, 'Quiz'))) fail(node, `${label} has a <Quiz> inside it.`);

      const correct: string[] = [];
      choices.slice(0, LETTERS.length).forEach((choice, i) => {
        const mark = attribute(choice, 'correct');
        if (mark && mark.value !== null && mark.value !== undefined) {
          fail(choice, `${label}: write \`correct\` on its own to mark a right option, without a value.`);
        }
        if (mark) correct.push(LETTERS[i]!);
      });
      if (choices.length >= 2 && correct.length === 0) fail(node, `${label} marks no <Choice correct>.`);
      if (choices.length >= 2 && correct.length === choices.length) fail(node, `${label} marks every option correct.`);

      const type = correct.length > 1 ? 'checkbox' : 'radio';
      const reasons: Jsx[] = [];
      choices.slice(0, LETTERS.length).forEach((choice, i) => {
        const letter = LETTERS[i]!;
        const why = takeWhy(choice);
        if (why.length > 1) fail(choice, `${label}: an option has one <Why>.`);
        if (why.length === 0 && !correct.includes(letter)) {
          fail(
            choice,
            `${label}: a wrong option needs a <Why> saying why it is wrong (options are shuffled, so no letters).`,
          );
        }
        if (why.length > 0 && correct.includes(letter)) fail(choice, `${label}: a right option takes no <Why>.`);
        for (const reason of why) {
          set(reason, 'letter', letter);
          set(reason, 'slot', 'reasons');
          reasons.push(reason);
        }
        // An option is one line of text inside a <label>: a one-paragraph option loses its <p>, which a label cannot hold.
        const [only, ...more] = choice.children as RootContent[];
        if (only?.type === 'paragraph' && more.length === 0) choice.children = only.children as Jsx['children'];
        else if (choice.children.some((child) => (child as RootContent).type === 'paragraph')) {
          fail(choice, `${label}: an option is one paragraph of text.`);
        }
        set(choice, 'letter', letter);
        set(choice, 'type', type);
        // Radios share a name (one pick); checkboxes each get their own, as HTML expects.
        set(choice, 'name', type === 'radio' ? `quiz-${id}` : `quiz-${id}-${letter}`);
        // Named slots let <Quiz> put the options in its list and the explanation in its "Show answer" details.
        set(choice, 'slot', 'choices');
      });
      // The reasons become direct children of the Quiz, where a named slot can place them.
      (node.children as RootContent[]).push(...(reasons as RootContent[]));
      for (const explanation of explanations) set(explanation as Jsx, 'slot', 'explanation');
      set(node, 'n', String(quizzes.length + 1));
      set(node, 'correct', correct.join(' '));
      set(node, 'answer', correct.map((letter) => letter.toUpperCase()).join(', '));
      quizzes.push({ id, correct, ...(typeof section === 'string' ? { section } : {}) });
    });

    if (problems.length > 0) {
      throw new Error(`${file.path}: ${problems.length} problem(s) with <Quiz>:\n  ${problems.join('\n  ')}`);
    }
    setPageData(file, 'quizzes', quizzes);
  };
}
