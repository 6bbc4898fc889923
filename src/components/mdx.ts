/**
 * The components every guide page can use without importing them. Passing them to <Content components>
 * keeps MDX files free of import boilerplate, so authors write `<Answer n={1}>` and nothing else.
 */
import { createComponent, type AstroComponentFactory } from 'astro/runtime/server/index.js';
import { htmlTagNames } from 'html-tag-names';
import Answer from './Answer.astro';
import AnswerControls from './AnswerControls.astro';
import Callout from './Callout.astro';
import Choice from './Choice.astro';
import Explanation from './Explanation.astro';
import Glossary from './Glossary.astro';
import PrintElement from './PrintElement.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import ShardCalculator from './ShardCalculator.astro';
import Term from './Term.astro';
import UpdateNote from './UpdateNote.astro';
import Why from './Why.astro';
import Xref from './Xref.astro';

export const mdxComponents = {
  Answer,
  AnswerControls,
  Callout,
  Choice,
  Explanation,
  Glossary,
  Question,
  Quiz,
  ShardCalculator,
  Term,
  UpdateNote,
  Why,
  Xref,
};

/**
 * What the print edition adds to mdxComponents: every HTML element of a page renders through PrintElement, which
 * gives ids the page's prefix, points links into the edition and opens <details> (MDX routes each element of
 * Markdown through these; rehype-html-through-components does the same for HTML written in a page). The project's
 * own components print themselves (Astro.locals.print).
 *
 * Not SVG or MathML: a drawing's or formula's inner ids would need its whole tree rewritten, so they are made
 * unique per drawing when the site is built instead (a Mermaid drawing's ids start with the hash of its source, so
 * only the same drawing twice in one guide would repeat them, which the unique-id check of `npm run test:html` finds);
 * KaTeX and TikZ output has no ids.
 *
 * Each tag is bound as an Astro component (what the compiler makes of an .astro file), not as a function returning
 * JSX: Astro drops a function component's children when they are only whitespace, such as KaTeX's `&nbsp;` spans.
 */
const printElement = PrintElement as unknown as AstroComponentFactory;
export const printComponents = Object.fromEntries(
  htmlTagNames
    .filter((tag) => tag !== 'svg' && tag !== 'math')
    .map((tag) => [tag, createComponent((result, props, slots) => printElement(result, { ...props, as: tag }, slots))]),
);
