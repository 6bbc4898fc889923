/**
 * A crawl of every built page: each internal link leads to a built page (or, for files such as the sitemap, answers
 * 200), and each #fragment names an id on its target page.
 */
import { test, expect } from './support/fixtures';
import { ORIGIN, PAGES } from './support/site';

test('no internal link or fragment anchor is broken', async ({ page, problems }) => {
  void problems;
  const idsByPage = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    idsByPage.set(path, new Set(await page.locator('[id]').evaluateAll((all) => all.map((element) => element.id))));
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
    links.push(...hrefs.map((href) => ({ from: path, href })));
  }
  const broken: string[] = [];
  const fileStatus = new Map<string, number>();
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== ORIGIN) continue;
    const ids = idsByPage.get(url.pathname);
    if (!ids) {
      if (!fileStatus.has(url.pathname)) fileStatus.set(url.pathname, (await page.request.get(url.pathname)).status());
      if (fileStatus.get(url.pathname) !== 200) broken.push(`${from}: ${href} (HTTP ${fileStatus.get(url.pathname)})`);
    } else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${from}: ${href} (no such anchor)`);
  }
  expect(links.length).toBeGreaterThan(PAGES.length);
  expect(broken).toEqual([]);
});
