/**
 * What the study tools show, gathered from a guide's own content at build time: exam tips from its callouts,
 * flashcards from its glossary (both ways round where a term asks for it), from pages marked `cards: h2-sections` and
 * from its numbers to memorise (limits.yaml).
 */
import { getCollection, getEntry, render } from 'astro:content';
import { getGuidePages, getGuides, type Page } from './guides';
import { getPageData } from './page-data';
import { oncePerBuild } from './once-per-build';
import { pageDataOf } from '../../plugins/page-data';
import { pageHref } from '../shared/urls';
import { studyTools, type StudyTool } from '../shared/study-tools';
import type { ExamTip } from '../../plugins/remark-collect-exam-tips';
import type { CollectedQuiz } from '../../plugins/remark-quiz';
import { getLimits } from './limits';
import { formatLimit } from '../shared/limit-quotes';

export interface TipWithSource extends ExamTip {
  page: Page;
  href: string;
}

export interface Card {
  /** Unique within the guide; keys the reader's known/again marks, so it must not change between builds. */
  key: string;
  front: string;
  back: string[];
  /** Where the card's content lives in the guide. */
  href: string;
  source: string;
}

/** getStaticPaths for a study tool page: the guides that have content for it (`collect` returns some). */
export async function guidesWith(collect: (guideId: string) => Promise<unknown[]>) {
  const guides = await getGuides();
  const withContent = await Promise.all(
    guides.map(async (guide) => ((await collect(guide.id)).length > 0 ? [guide] : [])),
  );
  return withContent.flat().map((guide) => ({ params: { guide: guide.id }, props: { guide } }));
}

/** Which study tools a guide gets: practice, flashcards, exam tips and numbers only when its content has some; print always. */
export async function getStudyTools(guideId: string): Promise<StudyTool[]> {
  const [questions, cards, tips, limits] = await Promise.all([
    getPracticeQuestions(guideId),
    getFlashcards(guideId),
    getExamTips(guideId),
    getLimits(guideId),
  ]);
  const has = {
    practice: questions.length,
    flashcards: cards.length,
    'exam-tips': tips.length,
    numbers: limits.length,
    print: 1,
  };
  return studyTools(guideId, (slug) => has[slug] > 0);
}

export interface PracticeQuestion extends CollectedQuiz {
  /** The reader's saved answer is kept under this key: the practice page's id and the question's id. */
  key: string;
}

/** The guide's practice.mdx, if it has one. */
export const getPractice = (guideId: string) => getEntry('practice', guideId);

/** The questions of the guide's practice.mdx (collected by remark-quiz), or none. */
export async function getPracticeQuestions(guideId: string): Promise<PracticeQuestion[]> {
  const practice = await getPractice(guideId);
  if (!practice) return [];
  const { remarkPluginFrontmatter } = await render(practice);
  const { quizzes } = pageDataOf(remarkPluginFrontmatter);
  return quizzes.map((quiz) => ({ ...quiz, key: `${guideId}/practice#${quiz.id}` }));
}

export async function getExamTips(guideId: string): Promise<TipWithSource[]> {
  const pages = await getGuidePages(guideId);
  const perPage = await Promise.all(
    pages.map(async (page) =>
      (await getPageData(page)).examTips.map((tip) => ({ ...tip, page, href: `${pageHref(page.id)}#${tip.id}` })),
    ),
  );
  return perPage.flat();
}

// Looked up in the collection rather than with getEntry, which warns about every guide without a glossary.
const glossaries = oncePerBuild(
  async () => new Map((await getCollection('glossary')).map((entry) => [entry.id, entry])),
);

export async function getFlashcards(guideId: string): Promise<Card[]> {
  const glossary = (await glossaries()).get(guideId);
  const glossaryHref = pageHref(`${guideId}/glossary`);
  const terms = glossary?.data.terms ?? [];
  const termCards: Card[] = terms.map((term) => ({
    key: `term:${term.id}`,
    front: term.term,
    back: [term.definition, ...(term.examples ? [`Examples: ${term.examples.join(', ')}.`] : [])],
    href: `${glossaryHref}#${term.id}`,
    source: 'Glossary',
  }));
  // Recall the other way round: the definition asks for the term (only where the definition does not name it).
  const reverseCards: Card[] = terms
    .filter((term) => term.reverse)
    .map((term) => ({
      key: `term-reverse:${term.id}`,
      front: `Which term? ${term.definition}`,
      back: [term.term],
      href: `${glossaryHref}#${term.id}`,
      source: 'Glossary',
    }));
  // Each number to memorise, from the same data file as the numbers page, so a card can never quote another value.
  const numbersHref = pageHref(`${guideId}/numbers`);
  const limitCards: Card[] = (await getLimits(guideId)).map((limit) => ({
    key: `limit:${limit.id}`,
    front: `${limit.topic}: ${limit.what}?`,
    back: [formatLimit(limit.value, limit.unit), ...(limit.note ? [limit.note] : [])],
    href: `${numbersHref}#${limit.id}`,
    source: 'Numbers to memorise',
  }));
  const pages = await getGuidePages(guideId);
  const sections = await Promise.all(
    pages.map(async (page) =>
      (await getPageData(page)).flashcards.map((card) => ({
        key: `${page.id.slice(guideId.length + 1)}:${card.id}`,
        front: card.front,
        back: card.back,
        href: `${pageHref(page.id)}#${card.id}`,
        source: page.data.sidebarLabel ?? page.data.title,
      })),
    ),
  );
  return [...termCards, ...reverseCards, ...sections.flat(), ...limitCards];
}
