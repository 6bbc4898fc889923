/**
 * The study tools every guide gets for free, generated from its content: practice questions (from its practice.mdx),
 * flashcards, the exam-tips index, the numbers to memorise (from its limits.yaml) and the one-page print edition. Their slugs are reserved inside a guide folder
 * (lib/collections/guides.ts refuses an MDX page with
 * the same name, which would otherwise shadow the tool's URL).
 */
import { pageHref } from './urls';

export const STUDY_TOOLS = [
  { slug: 'practice', label: 'Practice questions' },
  { slug: 'flashcards', label: 'Flashcards' },
  { slug: 'exam-tips', label: 'Exam tips' },
  { slug: 'numbers', label: 'Numbers to memorise' },
  { slug: 'print', label: 'Print edition' },
] as const;

export type StudyToolSlug = (typeof STUDY_TOOLS)[number]['slug'];

export interface StudyTool {
  id: string;
  slug: StudyToolSlug;
  label: string;
  href: string;
}

/** The tools of a guide, leaving out those it has no content for (see getStudyTools in study-content.ts). */
export const studyTools = (guideId: string, has: (slug: StudyToolSlug) => boolean): StudyTool[] =>
  STUDY_TOOLS.filter(({ slug }) => has(slug)).map(({ slug, label }) => ({
    id: `${guideId}/${slug}`,
    slug,
    label,
    href: pageHref(`${guideId}/${slug}`),
  }));

export const isReservedSlug = (slug: string) => STUDY_TOOLS.some((tool) => tool.slug === slug);
