/**
 * What a reader downloads when a page first loads, before any interaction: every response recorded until the
 * network is idle, sized as gzip would send it (level 6, the common server default). The budgets suite and
 * `npm run bench` both measure with this.
 *
 * Inline <script> and <style> count twice: inside the HTML (they are part of that download) and again as JS or
 * CSS, so that inlining cannot dodge the JS and CSS budgets. Fonts are reported on their own; the budgets add them
 * to CSS, since a stylesheet is what asks for them.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { attribute, elements, parseHtml, rawText } from '../../src/lib/build/html-tree.ts';

export type Kind = 'html' | 'css' | 'js' | 'fonts' | 'other';
export type Download = { url: string; kind: Kind; gzipBytes: number; body: string };
export type FirstLoad = Record<Kind, number> & { downloads: Download[] };

const KB = 1024;
/** Gzipped first-load limits for a page with no figure and no math. README.md ("Budgets") lists the same. */
export const PLAIN_PAGE_BUDGET = { js: 4 * KB, css: 12 * KB, html: 12 * KB };
/**
 * The search page is search already open: it loads the results code on arrival, which every other page loads only
 * when the reader opens search. That code (about 4.4 KB since it widens questions, corrects spelling, places results
 * on questions and terms and keeps recent searches) is allowed on top of the plain-page JavaScript budget.
 */
export const SEARCH_PAGE_JS_BUDGET = 9 * KB;
/**
 * A page with study widgets (checkpoint answers with self-check marks, practice questions, or a flashcard deck) ships their script on
 * top of the page chrome: opening answers from links (with the question in view), the marks shown on folded
 * answers, a reset that can be undone, the drill's keys. About 1.5 KB over a plain page.
 */
export const STUDY_PAGE_JS_BUDGET = 5.5 * KB;
/**
 * The HTML of a page of practice questions, which is as long as its question set (15 or more for a guide) by design:
 * the page around the questions (header, sidebar, introduction: about 3.5 KB gzipped) plus each question: a
 * scenario, four or five options, why the right one is right with its AWS source, a reason for each wrong option
 * with a link to the section, and the section to reread (about 0.70 KB gzipped on average, measured over the 61
 * questions of 4 December 2026; it was 0.55 KB before every wrong option carried its own reason). Per question, so a
 * longer set is allowed for and markup that grows with every question is not.
 */
export const PRACTICE_PAGE_HTML_BUDGET = { page: 4 * KB, perQuestion: 0.75 * KB };

const kindOf: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };
const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

export async function measureFirstLoad(page: Page, path: string): Promise<FirstLoad> {
  const pending: Promise<Download | undefined>[] = [];
  const record = (response: import('@playwright/test').Response) =>
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          kind: kindOf[response.request().resourceType()] ?? 'other',
          gzipBytes: gzipSize(body),
          body: body.toString('latin1'),
        }),
        // A redirect or aborted response has no body to download.
        () => undefined,
      ),
    );
  page.on('response', record);
  // "networkidle" is exactly the measurement's definition of first load: everything fetched before the reader acts.
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', record);
  const downloads = (await Promise.all(pending)).filter((d): d is Download => d !== undefined);

  const total = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  for (const download of downloads) total[download.kind] += download.gzipBytes;
  const document = downloads.find((d) => d.kind === 'html');
  if (document) {
    for (const el of elements(parseHtml(Buffer.from(document.body, 'latin1').toString('utf8')))) {
      if (el.tagName === 'script' && attribute(el, 'src') === undefined) total.js += gzipSize(rawText(el));
      if (el.tagName === 'style') total.css += gzipSize(rawText(el));
    }
  }
  return { ...total, downloads };
}
