/**
 * The study tools every guide gets for free, generated from its content: flashcards, the exam-tips index and the
 * one-page print edition. Their slugs are reserved inside a guide folder (lib/guides.ts refuses an MDX page with
 * the same name, which would otherwise shadow the tool's URL).
 */
import { pageHref } from './urls';

export const STUDY_TOOLS = [
  { slug: 'flashcards', label: 'Flashcards' },
  { slug: 'exam-tips', label: 'Exam tips' },
  { slug: 'print', label: 'Print edition' },
] as const;

export type StudyToolSlug = (typeof STUDY_TOOLS)[number]['slug'];

export const studyTools = (guideId: string) =>
  STUDY_TOOLS.map(({ slug, label }) => ({ id: `${guideId}/${slug}`, label, href: pageHref(`${guideId}/${slug}`) }));

export const isReservedSlug = (slug: string) => STUDY_TOOLS.some((tool) => tool.slug === slug);
