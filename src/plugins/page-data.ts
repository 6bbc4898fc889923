/**
 * The data the plugins hand to the pages: one typed record per MDX page. Each plugin writes its own field with
 * setPageData(file, key, value), typed through vfile's DataMap (the pattern of Starlight's rehype-tabs.ts), and
 * the last rehype plugin, rehypeExportPageData, copies the record into the frontmatter Astro exports from the
 * compiled MDX: `remarkPluginFrontmatter` is the only channel from a compile to a page. Pages read it back through
 * pageDataOf() (in src/lib/collections/page-data.ts), so no page casts frontmatter itself.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { ExamTip } from './remark-collect-exam-tips.ts';
import type { Flashcard } from './remark-collect-flashcards.ts';
import type { PageAsset } from './rehype-page-assets.ts';
import type { CollectedQuiz } from './remark-quiz.ts';

export interface PageData {
  /** The page's exam-tip callouts in reading order (remark-collect-exam-tips). */
  examTips: ExamTip[];
  /** The page's h2 sections as flashcards, when it says `cards: h2-sections` (remark-collect-flashcards). */
  flashcards: Flashcard[];
  /** The numbers of the page's checkpoint answers, in reading order (remark-answer-controls). */
  answers: number[];
  /** The optional stylesheets and scripts the page's markup needs (rehype-page-assets). */
  pageAssets: PageAsset[];
  /** The page's practice questions in reading order, each with its correct letters (remark-quiz). */
  quizzes: CollectedQuiz[];
}

declare module 'vfile' {
  interface DataMap {
    /** Filled in by the plugins while the page compiles; exported by rehypeExportPageData. */
    pageData: Partial<PageData>;
  }
}

/** The frontmatter key the record travels under. */
export const PAGE_DATA_KEY = 'pageData';

export function setPageData<Key extends keyof PageData>(file: VFile, key: Key, value: PageData[Key]): void {
  (file.data.pageData ??= {})[key] = value;
}

/** Last in the pipeline: hands the page's record to Astro, which exports it with the compiled page. */
export function rehypeExportPageData() {
  return (_tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {})[PAGE_DATA_KEY] = file.data.pageData ?? {};
  };
}

/** A page's record, with every field a plugin left out (no tips, no cards…) empty. */
export function pageDataOf(frontmatter: Record<string, unknown>): PageData {
  const data = (frontmatter[PAGE_DATA_KEY] ?? {}) as Partial<PageData>;
  return { examTips: [], flashcards: [], answers: [], pageAssets: [], quizzes: [], ...data };
}
