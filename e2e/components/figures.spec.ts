/**
 * Build-time figures and math, on every page that carries them (found in dist/): TikZ SVGs, Mermaid diagrams and
 * KaTeX formulas render, are named for screen readers and follow the theme; pages without them load none of their
 * styles, fonts or scripts.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { PAGES, pagesWith } from '../support/fixture-site';

const TIKZ = /<svg[^>]*class="tikz"/;
const MERMAID = /<pre class="mermaid"/;
const KATEX = /class="katex"/;
const tikzPages = pagesWith(TIKZ);
const mermaidPages = pagesWith(MERMAID);
const mathPages = pagesWith(KATEX);

test('the guide has at least one page of each kind, so the checks below check something', () => {
  expect(tikzPages.length).toBeGreaterThan(0);
  expect(mermaidPages.length).toBeGreaterThan(0);
  expect(mathPages.length).toBeGreaterThan(0);
});

for (const path of tikzPages) {
  test(`${path}: TikZ figures are visible, named, in Computer Modern and in the theme's text colour`, async ({
    page,
    problems,
  }) => {
    void problems;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const figures = page.locator('svg.tikz');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const svg = figures.nth(i);
      await expect(svg).toBeVisible();
      const box = await svg.boundingBox();
      expect(box?.width, 'figure width').toBeGreaterThan(100);
      expect(box?.height, 'figure height').toBeGreaterThan(20);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(/\w{3,}.{20,}/);
      await expect(svg.locator('xpath=ancestor::figure[1]/figcaption')).toHaveText(/^Figure \d+: \S/);
      // Strokes and text use the page's text colour, which differs between themes.
      const colours = await svg.evaluate((element) => ({
        svg: getComputedStyle(element).color,
        text: getComputedStyle(element.closest('article')!).color,
        stroke: getComputedStyle(element.querySelector('[stroke]')!).stroke,
      }));
      expect(colours.svg).toBe(colours.text);
      expect(colours.stroke).toBe(colours.text);
    }
    // Labels are real text, drawn in the self-hosted Computer Modern font.
    const families = await figures
      .first()
      .locator('text')
      .evaluateAll((texts) => [...new Set(texts.map((t) => getComputedStyle(t).fontFamily))]);
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) {
      await expect
        .poll(() =>
          page.evaluate(
            (f) =>
              document.fonts.check(`10px ${f}`) &&
              [...document.fonts].some((face) => face.family === f && face.status === 'loaded'),
            family,
          ),
        )
        .toBe(true);
    }
  });
}

for (const path of mermaidPages) {
  test(`${path}: Mermaid diagrams become named SVGs, and redraw in the dark theme`, async ({ page, problems }) => {
    void problems;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const diagrams = page.locator('pre.mermaid');
    const count = await diagrams.count();
    expect(count).toBeGreaterThan(0);
    const drawn = async () => {
      for (let i = 0; i < count; i++) {
        const diagram = diagrams.nth(i);
        await expect(diagram).toHaveAttribute('data-processed', 'true');
        await expect(diagram.locator('> svg')).toBeVisible();
        // astro-mermaid's error box, or Mermaid's own "Syntax error in text" drawing.
        await expect(diagram.getByText(/error rendering diagram|syntax error/i)).toHaveCount(0);
        await expect(diagram.locator('.error-icon, .error-text, [aria-roledescription="error"]')).toHaveCount(0);
        await expect(diagram.locator('> svg')).toHaveAccessibleName(/\S/);
        await expect(diagram.locator('xpath=ancestor::figure[1]/figcaption')).toHaveText(/^Figure \d+: \S/);
      }
    };
    await drawn();
    const lightFill = await diagrams
      .first()
      .locator('.node rect, .node path')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await drawn();
    await expect
      .poll(() =>
        diagrams
          .first()
          .locator('.node rect, .node path')
          .first()
          .evaluate((node) => getComputedStyle(node).fill),
      )
      .not.toBe(lightFill);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test(`${path}: each diagram is a caption and a list of flows, not Mermaid source`, async ({ page, problems }) => {
      void problems;
      await page.goto(path);
      const figures = page.locator('figure.mermaid-figure');
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        await expect(figure.locator('pre.mermaid')).toBeHidden();
        await expect(figure.locator('figcaption')).toHaveText(/^Figure \d+: \S/);
        // Shown straight away, without opening anything.
        const flows = figure.locator('xpath=following-sibling::details[1]').getByRole('listitem');
        expect(await flows.count()).toBeGreaterThan(0);
        for (const flow of await flows.all()) {
          await expect(flow).toBeVisible();
          await expect(flow).toHaveText(/^[^[\]"{}]+ → [^[\]"{}]+$/);
        }
      }
    });
  });
}

for (const path of mathPages) {
  test(`${path}: KaTeX formulas are typeset with self-hosted fonts, with no errors`, async ({ page, problems }) => {
    void problems;
    await page.goto(path);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    const formulas = page.locator('.katex');
    expect(await formulas.count()).toBeGreaterThan(0);
    await expect(formulas.first().locator('.katex-html')).toBeVisible();
    // KaTeX's stylesheet hides the MathML copy (kept for screen readers) and loads its own fonts.
    await expect(formulas.first().locator('.katex-mathml')).toHaveCSS('position', 'absolute');
    await expect
      .poll(() =>
        page.evaluate(() => [...document.fonts].some((f) => f.family === 'KaTeX_Main' && f.status === 'loaded')),
      )
      .toBe(true);
  });
}

for (const path of [...new Set([...tikzPages, ...mermaidPages, ...mathPages])].sort()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path}: figures and math meet WCAG 2.1 AA in the ${scheme} theme`, async ({ page, problems }) => {
      void problems;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const diagrams = page.locator('pre.mermaid');
      for (const diagram of await diagrams.all()) await expect(diagram.locator('> svg')).toBeVisible();
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      for (const selector of ['.figure', '.figure-text', '.katex']) {
        if ((await page.locator(selector).count()) > 0) axe.include(selector);
      }
      const { violations } = await axe.analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('pages without math or figures load none of their styles, fonts or scripts', async ({ page, problems }) => {
  void problems;
  const plain = PAGES.filter(
    (path) => !tikzPages.includes(path) && !mermaidPages.includes(path) && !mathPages.includes(path),
  );
  expect(plain.length).toBeGreaterThan(0);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const path of plain) {
    requested.length = 0;
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    expect(
      requested.filter((url) => /\/vendor\/(katex|tikz)\/|mermaid/i.test(url)),
      `figure/math assets on ${path}`,
    ).toEqual([]);
  }
  // And a page with one kind loads only that kind's assets.
  for (const path of mathPages.filter((p) => !tikzPages.includes(p) && !mermaidPages.includes(p))) {
    requested.length = 0;
    await page.goto(path);
    expect(
      requested.filter((url) => /\/vendor\/tikz\/|mermaid/i.test(url)),
      `TikZ/Mermaid assets on ${path}`,
    ).toEqual([]);
  }
});
