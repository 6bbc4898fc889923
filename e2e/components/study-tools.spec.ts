/**
 * The generated study tools: flashcards, the exam-tips index and the print edition, with JavaScript on and off
 * (the shard calculator has its own spec). Pages are found by what their built HTML contains, so a new guide is
 * covered too.
 */
import { test, expect } from '../support/fixtures';
import { BASE, PAGES, htmlOf, isGuidePage, pagesContaining } from '../support/fixture-site';

const deckPages = pagesContaining('<flash-cards');
const tipPages = PAGES.filter((path) => path.endsWith('/exam-tips/'));
const printPages = PAGES.filter((path) => path.endsWith('/print/'));
const calculatorPages = pagesContaining('<shard-calculator');
const numbersPages = PAGES.filter((path) => path.endsWith('/numbers/'));

test('guides get flashcards and an exam-tips index when they have the content, and always a print edition', () => {
  const guideLandings = PAGES.filter(
    (path) => htmlOf(path).includes('class="sidebar-title"') && /^[^/]+\/$/.test(path.slice(BASE.length)),
  );
  // The fixture site has a guide without a glossary and one without exam tips: they get no such page.
  expect(deckPages.length).toBeGreaterThan(0);
  expect(deckPages.length).toBeLessThan(guideLandings.length);
  expect(tipPages.length).toBeGreaterThan(0);
  expect(tipPages.length).toBeLessThan(guideLandings.length);
  expect(printPages.length).toBe(guideLandings.length);
  expect(calculatorPages.length).toBeGreaterThan(0);
  // Only a guide with a limits.yaml gets a numbers page.
  expect(numbersPages.length).toBeGreaterThan(0);
  expect(numbersPages.length).toBeLessThan(guideLandings.length);
});

test.describe('flashcards', () => {
  test('hold a card per glossary term (two for a reversed one), per definition section and per number', async ({
    page,
  }) => {
    const decks = { withSections: 0, glossaryOnly: 0, withReverse: 0, withNumbers: 0 };
    for (const path of deckPages) {
      const guide = path.replace(/flashcards\/$/, '');
      // Glossary terms as the guide's own pages show them (the print edition repeats them under other ids).
      const guideHtml = PAGES.filter((p) => p.startsWith(guide) && !/\/(print|flashcards)\/$/.test(p)).map(htmlOf);
      const terms = guideHtml.reduce((sum, html) => sum + (html.match(/<dt id=/g)?.length ?? 0), 0);
      const numbersPage = PAGES.find((p) => p === `${guide}numbers/`);
      const limits = numbersPage ? (htmlOf(numbersPage).match(/<div class="limit" id=/g)?.length ?? 0) : 0;
      await page.goto(path);
      const cards = page.locator('.card-list > li');
      const glossaryCards = cards.filter({ has: page.locator('.card-source a[href*="/glossary/"]') });
      const reverseCards = cards.filter({ has: page.locator('.card-front', { hasText: /^Which term\? / }) });
      const numberCards = cards.filter({ has: page.locator('.card-source a[href*="/numbers/#"]') });
      const reversed = await reverseCards.count();
      // Every reverse card asks for a term that also has its forward card.
      await expect(glossaryCards).toHaveCount(terms + reversed);
      await expect(numberCards).toHaveCount(limits);
      const sections = (await cards.count()) - terms - reversed - limits;
      expect(sections, `section cards on ${path}`).toBeGreaterThanOrEqual(0);
      expect(terms + sections, `cards on ${path}`).toBeGreaterThan(0);
      await expect(page.locator('.deck-progress')).toHaveText(new RegExp(`of ${await cards.count()},`));
      decks[sections > 0 ? 'withSections' : 'glossaryOnly'] += 1;
      if (reversed > 0) decks.withReverse += 1;
      if (limits > 0) decks.withNumbers += 1;
    }
    // Every kind of deck was checked: with section cards, of glossary cards only, with reverse and number cards.
    for (const [kind, count] of Object.entries(decks)) expect(count, `decks ${kind}`).toBeGreaterThan(0);
  });

  test('a reverse card asks with the definition and answers with the term', async ({ page }) => {
    for (const path of deckPages) {
      await page.goto(path);
      const reverse = page.locator('.card-list > li', {
        has: page.locator('.card-front', { hasText: /^Which term\? / }),
      });
      for (const card of await reverse.all()) {
        const href = await card.locator('.card-source a').getAttribute('href');
        const term = page.locator('.card-list > li', { has: page.locator(`.card-source a[href="${href}"]`) }).first();
        // The forward card of the same term: its front is the reverse card's answer, its back the question.
        await expect(card.locator('.card-back p').first()).toHaveText(
          (await term.locator('.card-front').textContent())!,
        );
        await expect(card.locator('.card-front')).toContainText(
          (await term.locator('.card-back p').first().textContent())!,
        );
      }
    }
  });

  test('flip with Space and Enter, move with the arrow keys, shuffle keeps every card', async ({ page }) => {
    await page.goto(deckPages[0]!);
    const card = page.locator('.deck-card');
    const face = page.locator('.deck-face');
    const firstFront = await face.textContent();
    await card.focus();
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('data-flipped', '');
    await expect(face).not.toHaveText(firstFront!);
    await expect(page.locator('.deck-announce')).toContainText('Answer:');
    await page.keyboard.press('Enter');
    await expect(face).toHaveText(firstFront!);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-progress')).toHaveText(/^Card 2 of/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.deck-progress')).toHaveText(/^Card (\d+) of \1,/);

    const fronts = new Set<string>();
    await page.getByRole('button', { name: 'Shuffle' }).click();
    const total = await page.locator('.card-list > li').count();
    for (let i = 0; i < total; i++) {
      fronts.add((await face.textContent())!);
      await page.getByRole('button', { name: 'Next →' }).click();
    }
    expect(fronts.size).toBe(total);
  });

  test('the keys work as soon as the page loads, but not while typing in a form field', async ({ page }) => {
    await page.goto(deckPages[0]!);
    const card = page.locator('.deck-card');
    await expect(page.locator('.deck-progress')).toHaveText(/^Card 1 of/);
    await expect(card).not.toBeFocused();
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('data-flipped', '');
    await page.keyboard.press('Enter');
    await expect(card).not.toHaveAttribute('data-flipped');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-progress')).toHaveText(/^Card 2 of/);
    // A form field keeps its keys (the page's own search box, or any field a later feature adds).
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<input id="field">'));
    await page.locator('#field').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#field')).toHaveValue(' ');
    await expect(card).not.toHaveAttribute('data-flipped');
    await expect(page.locator('.deck-progress')).toHaveText(/^Card 2 of/);
  });

  test('a pressed button keeps its size, and Known and Again share a row on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(deckPages[0]!);
    const known = page.getByRole('button', { name: 'Known' });
    const again = page.getByRole('button', { name: 'Again' });
    // In view first: the click would otherwise scroll the page, which moves the button without resizing it.
    await known.scrollIntoViewIfNeeded();
    const before = await known.boundingBox();
    await known.click();
    await expect(known).toHaveAttribute('aria-pressed', 'true');
    expect(await known.boundingBox()).toEqual(before);
    expect((await again.boundingBox())!.y).toBe(before!.y);
  });

  test('known marks survive a reload and reset clears them', async ({ page }) => {
    await page.goto(deckPages[0]!);
    await page.getByRole('button', { name: 'Known' }).click();
    await expect(page.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('.deck-progress')).toHaveText(/, 1 known\./);
    await page.getByRole('button', { name: 'Reset marks' }).click();
    await expect(page.locator('.deck-progress')).toHaveText(/, 0 known\./);
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(page.locator('.deck-progress')).toHaveText(/, 1 known\./);
    await page.getByRole('button', { name: 'Reset marks' }).click();
    await expect(page.locator('.deck-progress')).toHaveText(/, 0 known\./);
    await page.reload();
    await expect(page.locator('.deck-progress')).toHaveText(/, 0 known\./);
  });

  test('corrupt storage is ignored', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('self-check', '{not json');
    });
    await page.goto(deckPages[0]!);
    await expect(page.locator('.deck-progress')).toHaveText(/, 0 known\./);
  });
});

test('the exam-tips index lists every exam tip of its guide and links back to each', async ({ page }) => {
  for (const path of tipPages) {
    const guide = path.replace(/exam-tips\/$/, '');
    const tipIds = PAGES.filter(
      (p) => p.startsWith(guide) && isGuidePage(p) && !/\/(exam-tips|print)\/$/.test(p),
    ).flatMap((p) =>
      [...htmlOf(p).matchAll(/class="callout callout-exam-tip"[^>]*id="([^"]+)"/g)].map((m) => `${p}#${m[1]}`),
    );
    // A guide gets the index only when it has tips.
    expect(tipIds.length, `exam tips in ${guide}`).toBeGreaterThan(0);
    await page.goto(path);
    const links = page.locator('.exam-tip-source a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(tipIds);
    await links.first().click();
    await expect(page.locator(`[id="${tipIds[0]!.split('#')[1]}"]`)).toBeInViewport();
  }
});

test.describe('the numbers to memorise', () => {
  test('list each limit with its own link, its value and a dated source', async ({ page }) => {
    for (const path of numbersPages) {
      await page.goto(path);
      const limits = page.locator('.limit');
      expect(await limits.count(), `limits on ${path}`).toBeGreaterThan(0);
      for (const limit of await limits.all()) {
        const id = (await limit.getAttribute('id'))!;
        await expect(limit.locator('dt a.heading-anchor')).toHaveAttribute('href', `#${id}`);
        await expect(limit.locator('.limit-value')).toHaveText(/^−?\d[\d,.]*( \S.*)?$/);
        await expect(limit.locator('.limit-source a')).toHaveAttribute('href', /^https:\/\//);
        await expect(limit.locator('.limit-source time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  test('the flashcards ask each number and answer with the value the numbers page shows', async ({ page }) => {
    for (const path of numbersPages) {
      await page.goto(path);
      const values = new Map<string, string>();
      for (const limit of await page.locator('.limit').all()) {
        values.set((await limit.getAttribute('id'))!, (await limit.locator('.limit-value').textContent())!);
      }
      await page.goto(path.replace(/numbers\/$/, 'flashcards/'));
      const cards = page.locator('.card-list > li', { has: page.locator('.card-source a[href*="/numbers/#"]') });
      await expect(cards).toHaveCount(values.size);
      for (const card of await cards.all()) {
        const id = (await card.locator('.card-source a').getAttribute('href'))!.split('#')[1]!;
        await expect(card.locator('.card-back p').first()).toHaveText(values.get(id)!);
      }
    }
  });
});

test.describe('the print edition', () => {
  test('holds every page of its guide in order, every answer open, with unique ids', async ({ page }) => {
    let answersPrinted = 0;
    for (const path of printPages) {
      await page.goto(path);
      const sidebarTitles = await page
        .getByRole('navigation', { name: 'Guide pages' })
        .locator('ol > li > a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      const sectionTitles = await page.locator('.print-section-title').allTextContents();
      expect(sectionTitles.length).toBe(sidebarTitles.length);
      for (const [i, href] of sidebarTitles.entries()) {
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(htmlOf(href))?.[1];
        expect(h1).toBe(sectionTitles[i]!.replace(/#$/, '').trim().replace(/&/g, '&amp;'));
      }
      // Every answer of the guide's pages is printed as a plain, always-visible block.
      const answersInGuide = sidebarTitles.reduce(
        (sum, href) => sum + (htmlOf(href).match(/<details class="answer"/g)?.length ?? 0),
        0,
      );
      answersPrinted += answersInGuide;
      await expect(page.locator('main .answer-printed')).toHaveCount(answersInGuide);
      expect(
        await page
          .locator('main article details')
          .evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open)),
      ).toBe(true);
      await expect(page.locator('main :is(self-check, answer-controls, term-tip, script)')).toHaveCount(0);
      const duplicateIds = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicateIds).toEqual([]);
      // Every figure of the guide's pages is printed too.
      const figuresInGuide = sidebarTitles.reduce(
        (sum, href) => sum + (htmlOf(href).match(/<figure/g)?.length ?? 0),
        0,
      );
      await expect(page.locator('main figure')).toHaveCount(figuresInGuide);
    }
    // At least one guide had answers, so the count above was checked against something.
    expect(answersPrinted).toBeGreaterThan(0);
  });

  test("keeps each page's anchors under the page's prefix, and its links land in the edition", async ({
    page,
    browser,
  }) => {
    // The pages themselves are read as built, before any script shows or adds anything.
    const asBuilt = await browser.newContext({ javaScriptEnabled: false });
    const builtPage = await asBuilt.newPage();
    let anchors = 0;
    for (const path of printPages) {
      await page.goto(path);
      const pagePaths = await page
        .getByRole('navigation', { name: 'Guide pages' })
        .locator('ol > li > a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      // Per section: its prefix (from its heading's id, "<prefix>top") and every id in it but a drawing's own.
      const sections = await page.locator('.print-section').evaluateAll((all) =>
        all.map((section) => ({
          prefix: section.getAttribute('aria-labelledby')!.replace(/top$/, ''),
          ids: [...section.querySelectorAll('[id]:not(svg *, svg)')].map((el) => el.id),
        })),
      );
      expect(sections.length).toBe(pagePaths.length);
      for (const { prefix, ids } of sections) {
        expect(ids.filter((id) => !id.startsWith(prefix))).toEqual([]);
      }
      const editionIds = new Set(sections.flatMap(({ ids }) => ids));
      const links = await page
        .locator('main .print-section a[href]')
        .evaluateAll((all) =>
          all.map((a) => ({ href: a.getAttribute('href')!, path: new URL((a as HTMLAnchorElement).href).pathname })),
        );
      // Links within the edition land on one of its ids; none leaves it for a page it holds.
      for (const { href } of links.filter((link) => link.href.startsWith('#'))) {
        expect(editionIds.has(decodeURIComponent(href.slice(1))), `${path}: ${href} lands`).toBe(true);
      }
      const leaving = links.filter((link) => !link.href.startsWith('#') && pagePaths.includes(link.path));
      expect(leaving, `links from ${path} to pages it holds`).toEqual([]);
      // Every anchor a link can reach on a page is in the edition under that page's prefix: all but the page title,
      // which the edition replaces with its section heading, what only a screen shows (a tooltip, a form, a panel
      // hidden until its script runs) and the reader's progress panel, which an overview adds after its content.
      for (const [i, pagePath] of pagePaths.entries()) {
        await builtPage.goto(new URL(pagePath, page.url()).href);
        const ids = await builtPage
          .locator(
            'main article [id]:not(svg *, svg, #page-title, [role="tooltip"], form *, [hidden], [hidden] *, study-progress *)',
          )
          .evaluateAll((all) => all.map((el) => el.id));
        anchors += ids.length;
        const missing = ids.filter((id) => !editionIds.has(`${sections[i]!.prefix}${id}`));
        expect(missing, `anchors of ${pagePath} missing from ${path}`).toEqual([]);
      }
    }
    expect(anchors).toBeGreaterThan(0);
    await asBuilt.close();
  });

  test('prints without navigation, with link addresses', async ({ page }) => {
    await page.goto(printPages[0]!);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.sidebar', '.site-footer', '.breadcrumbs']) {
      await expect(page.locator(chrome).first()).toBeHidden();
    }
    const links = page.locator('main a[data-print-url]');
    expect(await links.count(), 'links that leave the edition').toBeGreaterThan(0);
    const external = links.first();
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    // An address: absolute for other sites, a path for this one unless SITE_URL gives its origin.
    expect(after).toMatch(/\((https?:\/\/|\/)\S+\)/);
  });

  test('is linked from every page', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: /^Print edition/ }).first(), `print link on ${path}`).toBeAttached();
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('flashcards are a readable list whose answers open', async ({ page }) => {
    await page.goto(deckPages[0]!);
    await expect(page.locator('.deck')).toBeHidden();
    const first = page.locator('.card-list details').first();
    await first.locator('summary').click();
    await expect(first.locator('.card-back')).toBeVisible();
  });
});
