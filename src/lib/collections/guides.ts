/**
 * Reads the content collections and answers navigation questions: which pages a guide has, in which order,
 * and what comes before and after a page. Duplicate `order` values fail the build, naming both files.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { isReservedSlug } from '../shared/study-tools';

export type Page = CollectionEntry<'pages'>;
export type Guide = CollectionEntry<'guides'>;

/** The guide a page belongs to is the first folder of its id. */
export const guideIdOf = (pageId: string) => pageId.split('/')[0]!;

export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order);
}

export async function getGuide(guideId: string): Promise<Guide> {
  const guide = await getEntry('guides', guideId);
  if (!guide) throw new Error(`content/${guideId}/: missing guide.yaml (every guide folder needs one).`);
  return guide;
}

/** The guide's pages in reading order. */
export async function getGuidePages(guideId: string): Promise<Page[]> {
  const pages = (await getCollection('pages')).filter((page) => guideIdOf(page.id) === guideId);
  pages.sort((a, b) => a.data.order - b.data.order);
  for (const page of pages) {
    if (isReservedSlug(page.id.slice(guideId.length + 1))) {
      throw new Error(`${page.filePath}: "${page.id}" is the URL of a generated study tool; rename the file.`);
    }
  }
  for (const [i, page] of pages.entries()) {
    const before = pages[i - 1];
    if (before && page.data.order === before.data.order) {
      throw new Error(
        `${page.filePath}: order ${page.data.order} is already used by ${before.filePath}; ` +
          'give each page of a guide its own order.',
      );
    }
  }
  return pages;
}

/** The label used in the sidebar and the previous/next links. */
export const navLabel = (page: Page) => page.data.sidebarLabel ?? page.data.title;

export function neighbours(pages: Page[], current: Page) {
  const index = pages.findIndex((page) => page.id === current.id);
  return { previous: pages[index - 1], next: pages[index + 1] };
}
