/**
 * What the plugins gathered about each page (see src/plugins/page-data.ts), read once per page per build. A
 * guide's pages are asked for by every page of the guide (the sidebar's answer counts, which study tools exist),
 * so the records are kept, keyed by the entry's digest: an edited page in `astro dev` is read again.
 */
import { render } from 'astro:content';
import { pageDataOf, type PageData } from '../../plugins/page-data';
import type { Page } from './guides';
import { selfCheckKey } from '../shared/self-check-key';

const cache = new Map<string, Promise<PageData>>();

export function getPageData(page: Page): Promise<PageData> {
  const key = `${page.id}@${page.digest ?? ''}`;
  let data = cache.get(key);
  if (!data) {
    // render() only imports the compiled page here; nothing is rendered to HTML.
    data = render(page).then(({ remarkPluginFrontmatter }) => pageDataOf(remarkPluginFrontmatter));
    cache.set(key, data);
  }
  return data;
}

/** The self-check keys of each page's checkpoint answers, by page id (for the sidebar's "N of M known"). */
export async function getAnswerKeys(pages: Page[]): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    pages.map(async (page) => [page.id, (await getPageData(page)).answers.map((n) => selfCheckKey(page.id, n))]),
  );
  return Object.fromEntries(entries);
}
