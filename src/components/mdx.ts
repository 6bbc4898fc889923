/**
 * The components every guide page can use without importing them. Passing them to <Content components>
 * keeps MDX files free of import boilerplate, so authors write `<Answer n={1}>` and nothing else.
 */
import Answer from './Answer.astro';
import AnswerControls from './AnswerControls.astro';
import Callout from './Callout.astro';
import Choice from './Choice.astro';
import Explanation from './Explanation.astro';
import Glossary from './Glossary.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import ShardCalculator from './ShardCalculator.astro';
import Term from './Term.astro';
import UpdateNote from './UpdateNote.astro';
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
  Xref,
};
