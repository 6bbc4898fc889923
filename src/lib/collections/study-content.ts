/**
 * What the study tools show, gathered from a guide's own content at build time: exam tips from its callouts,
 * flashcards from its glossary and from pages marked `cards: h2-sections`.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { getGuidePages, getGuides, type Page } from './guides';
import { getPageData } from './page-data';
import { pageDataOf } from '../../plugins/page-data';
import { pageHref } from '../shared/urls';
import { studyTools, type StudyTool } from '../shared/study-tools';
import type { ExamTip } from '../../plugins/remark-collect-exam-tips';
import type { CollectedQuiz } from '../../plugins/remark-quiz';

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

/** Which study tools a guide gets: practice, flashcards and exam tips only when its content has some; print always. */
export async function getStudyTools(guideId: string): Promise<StudyTool[]> {
  const [questions, cards, tips] = await Promise.all([
    getPracticeQuestions(guideId),
    getFlashcards(guideId),
    getExamTips(guideId),
  ]);
  const has = { practice: questions.length, flashcards: cards.length, 'exam-tips': tips.length, print: 1 };
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

export async function getFlashcards(guideId: string): Promise<Card[]> {
  // Looked up in the collection rather than with getEntry, which warns about every guide without a glossary.
  const glossary = (await getCollection('glossary')).find((entry) => entry.id === guideId);
  const glossaryPage = `${guideId}/glossary`;
  const terms: Card[] = (glossary?.data.terms ?? []).map((term) => ({
    key: `term:${term.id}`,
    front: term.term,
    back: [term.definition, ...(term.examples ? [`Examples: ${term.examples.join(', ')}.`] : [])],
    href: `${pageHref(glossaryPage)}#${term.id}`,
    source: 'Glossary',
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
  return [...terms, ...sections.flat()];
}
