/**
 * Build-time figures and math, on every page that carries them (found in dist/): TikZ SVGs, Mermaid diagrams and
 * KaTeX formulas render, are named for screen readers and follow the theme; pages without them load none of their
 * styles, fonts or scripts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { PAGES, pagesWith } from '../support/fixture-site';

const TIKZ = /<svg[^>]*class="tikz"/;
/** A diagram drawn in the browser (a type the build-time renderer leaves to astro-mermaid). */
const MERMAID = /<pre class="mermaid"/;
/** A diagram drawn when the site was built, inlined as SVG. */
const DIAGRAM = /<svg[^>]*class="diagram[ "]/;
const KATEX = /class="katex"/;
const tikzPages = pagesWith(TIKZ);
const mermaidPages = pagesWith(MERMAID);
const diagramPages = pagesWith(DIAGRAM);
const mathPages = pagesWith(KATEX);

test('the guide has at least one page of each kind, so the checks below check something', () => {
  expect(tikzPages.length).toBeGreaterThan(0);
  expect(diagramPages.length).toBeGreaterThan(0);
  expect(mathPages.length).toBeGreaterThan(0);
});

for (const path of tikzPages) {
  test(`${path}: TikZ figures are visible, named, in Computer Modern and in the theme's text colour`, async ({
    page,
  }) => {
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

/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(29, 35, 43)". */
const luminance = (colour: string) => {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

for (const path of diagramPages) {
  test(`${path}: diagrams are SVG in the page as served, named, with no diagram script`, async ({ page, request }) => {
    // The HTML as the server sends it, before any script could run.
    const served = await (await request.get(path)).text();
    expect(served).toMatch(/<figure[^>]*class="figure mermaid-figure"[^>]*>[\s\S]*?<svg[^>]*class="diagram[ "]/);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(path);
    const diagrams = page.locator('figure.mermaid-figure svg.diagram');
    expect(await diagrams.count()).toBeGreaterThan(0);
    for (const svg of await diagrams.all()) {
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAttribute('aria-label', /\w{3,}.{20,}/);
      // Mermaid's own stylesheet (fixed colours) is gone: the page's CSS themes it.
      await expect(svg.locator('style')).toHaveCount(0);
      const figure = svg.locator('xpath=ancestor::figure[1]');
      // A figure drawn twice (wide and narrow) shows one drawing, the only image assistive technology meets.
      await expect(figure.locator('svg.diagram').filter({ visible: true })).toHaveCount(1);
      await expect(figure.getByRole('img')).toHaveCount(1);
      await expect(figure.getByRole('img')).toHaveAccessibleName(/\w{3,}.{20,}/);
      // #figure-N (the print edition prefixes each page's ids).
      await expect(figure).toHaveAttribute('id', /(^|-)figure-\d+$/);
      await expect(figure.locator('figcaption')).toHaveText(/^Figure \d+: \S/);
      // Described by its text version, the list of flows that follows it.
      const described = await figure.getAttribute('aria-describedby');
      const flows = page.locator(`details[id="${described}"] li`);
      expect(await flows.count()).toBeGreaterThan(0);
      for (const flow of await flows.all()) await expect(flow).toHaveText(/^[^[\]"{}<>]+ → [^[\]"{}<>]+$/);
    }
    // Each drawing's ids (Mermaid's arrowheads are found by id) are the page's only ones by that name.
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Only a diagram type left to the browser brings Mermaid's script.
    if ((await page.locator('pre.mermaid').count()) === 0) {
      expect(
        requested.filter((url) => /mermaid/i.test(url)),
        'diagram scripts',
      ).toEqual([]);
    }
  });

  test(`${path}: on a 390 px phone every diagram label is at least 12 px and on screen or in a scroll box that says it scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    for (const figure of await page.locator('figure.mermaid-figure:has(svg.diagram)').all()) {
      await expect(figure.locator('svg.diagram').filter({ visible: true })).toHaveCount(1);
    }
    // The drawings shown: a figure drawn twice hides one of them (display: none), which has no size to measure.
    const report = await page.locator('svg.diagram').evaluateAll((svgs) =>
      svgs
        .filter((svg) => svg.checkVisibility())
        .flatMap((svg) =>
          [...svg.querySelectorAll('text')]
            .filter((text) => text.textContent?.trim())
            .map((text) => {
              // The label's size on screen: its font size in the drawing's units, times the drawing's scale.
              const px = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0);
              const box = text.getBoundingClientRect();
              const onScreen = box.left >= 0 && box.right <= innerWidth;
              const scroller = text.closest('.diagram-scroll') as HTMLElement | null;
              const scrolls = !!scroller && scroller.scrollWidth > scroller.clientWidth;
              const figure = text.closest('figure');
              const hint = figure?.querySelector<HTMLElement>('.diagram-hint');
              const says =
                scrolls &&
                /scrolls sideways/.test(scroller.getAttribute('aria-label') ?? '') &&
                !!hint &&
                hint.checkVisibility() &&
                /scroll/i.test(hint.textContent ?? '');
              return { label: text.textContent!.trim(), px, onScreen, inScrollBox: says };
            }),
        ),
    );
    expect(report.length).toBeGreaterThan(0);
    for (const { label, px, onScreen, inScrollBox } of report) {
      expect(px, `size of "${label}"`).toBeGreaterThanOrEqual(11.95);
      expect(onScreen || inScrollBox, `"${label}" is off screen outside a scroll box that says it scrolls`).toBe(true);
    }
  });

  test(`${path}: diagram colours follow the theme, switched without redrawing`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const svg = page.locator('svg.diagram').first();
    const colours = () =>
      svg.evaluate((element) => ({
        text: getComputedStyle(element.querySelector('text')!).fill,
        node: getComputedStyle(element.querySelector('.node .label-container')!).fill,
        line: getComputedStyle(element.querySelector('.flowchart-link')!).stroke,
        page: getComputedStyle(document.body).backgroundColor,
      }));
    const light = await colours();
    // Mark the drawing: after the switch it must be the same element, recoloured by CSS, not a new drawing.
    await svg.evaluate((element) => element.setAttribute('data-before-switch', ''));
    // The theme button cycles Auto → Light → Dark; click until it says Dark.
    const toggle = page.getByRole('button', { name: /^Theme: / });
    await expect(async () => {
      await toggle.click();
      await expect(toggle).toHaveAccessibleName('Theme: Dark', { timeout: 1000 });
    }).toPass();
    await expect.poll(async () => (await colours()).text).not.toBe(light.text);
    const dark = await colours();
    await expect(svg).toHaveAttribute('data-before-switch', '');
    // Light on dark after the switch, dark on light before; lines and boxes change with the page.
    expect(luminance(light.text)).toBeLessThan(luminance(light.page));
    expect(luminance(dark.text)).toBeGreaterThan(luminance(dark.page));
    expect(luminance(dark.node)).toBeLessThan(luminance(light.node));
    expect(dark.line).not.toBe(light.line);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test(`${path}: each diagram is drawn, with its flows a click away`, async ({ page }) => {
      await page.goto(path);
      for (const figure of await page.locator('figure.mermaid-figure:has(svg.diagram)').all()) {
        const svg = figure.locator('svg.diagram').filter({ visible: true });
        await expect(svg).toHaveCount(1);
        const box = await svg.boundingBox();
        expect(box?.width, 'diagram width').toBeGreaterThan(100);
        expect(box?.height, 'diagram height').toBeGreaterThan(20);
      }
    });
  });
}

/** Figures drawn twice: a wide drawing and a tall one for narrow screens (a ```mermaid narrow fence). */
const drawnTwicePages = pagesWith(/<svg[^>]*class="diagram diagram-narrow"/);

test('the fixture has a figure drawn twice, so the checks below check something', () => {
  expect(drawnTwicePages.length).toBeGreaterThan(0);
});

for (const path of drawnTwicePages) {
  const figures = (page: Page) => page.locator('figure.mermaid-figure:has(svg.diagram-narrow)');

  test(`${path}: on a 390 px phone a figure drawn twice shows its tall drawing, every label 12 px or more and on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await figures(page).count()).toBeGreaterThan(0);
    for (const figure of await figures(page).all()) {
      await expect(figure.locator('svg.diagram-narrow')).toBeVisible();
      await expect(figure.locator('svg.diagram-wide')).toHaveCSS('display', 'none');
      // The one image in the accessibility tree is the drawing shown, named by the figure's alt.
      await expect(figure.getByRole('img')).toHaveCount(1);
      await expect(figure.getByRole('img')).toHaveAttribute('class', /diagram-narrow/);
      // It fits: nothing to scroll, so no cue that it scrolls.
      await expect(figure.locator('.diagram-hint')).toBeHidden();
      const labels = await figure.locator('svg.diagram-narrow text').evaluateAll((texts) =>
        texts
          .filter((text) => text.textContent?.trim())
          .map((text) => {
            const box = text.getBoundingClientRect();
            return {
              label: text.textContent!.trim(),
              px: parseFloat(getComputedStyle(text).fontSize) * ((text as SVGTextElement).getScreenCTM()?.a ?? 0),
              inside: box.left >= 0 && box.right <= document.documentElement.clientWidth && box.width > 0,
            };
          }),
      );
      expect(labels.length).toBeGreaterThan(0);
      for (const { label, px, inside } of labels) {
        expect(px, `size of "${label}"`).toBeGreaterThanOrEqual(11.95);
        expect(inside, `"${label}" lies inside the viewport`).toBe(true);
      }
      const scroller = figure.locator('.diagram-scroll');
      expect(await scroller.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
    }
  });

  test(`${path}: on a 1440 px desktop and on paper a figure drawn twice shows its wide drawing`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    for (const figure of await figures(page).all()) {
      await expect(figure.locator('svg.diagram-wide')).toBeVisible();
      await expect(figure.locator('svg.diagram-narrow')).toHaveCSS('display', 'none');
      await expect(figure.getByRole('img')).toHaveCount(1);
      await expect(figure.getByRole('img')).toHaveAttribute('class', /diagram-wide/);
    }
    // A page printed from a phone still prints the wide drawing, scaled to the paper.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ media: 'print' });
    for (const figure of await figures(page).all()) {
      await expect(figure.locator('svg.diagram-wide')).toBeVisible();
      await expect(figure.locator('svg.diagram-narrow')).toHaveCSS('display', 'none');
    }
  });
}

// Diagram types the build-time renderer leaves to astro-mermaid, drawn in the browser.
for (const path of mermaidPages) {
  test(`${path}: Mermaid diagrams become named SVGs, and redraw in the dark theme`, async ({ page }) => {
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
      .locator('rect.actor, .node rect, .node path')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    // The theme button cycles Auto → Light → Dark.
    const themeButton = page.getByRole('button', { name: /^Theme: / });
    await themeButton.click();
    await themeButton.click();
    await expect(themeButton).toHaveAccessibleName('Theme: Dark');
    await drawn();
    await expect
      .poll(() =>
        diagrams
          .first()
          .locator('rect.actor, .node rect, .node path')
          .first()
          .evaluate((node) => getComputedStyle(node).fill),
      )
      .not.toBe(lightFill);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test(`${path}: each diagram drawn in the browser is a caption and its source as text, shown straight away`, async ({
      page,
    }) => {
      await page.goto(path);
      const figures = page.locator('figure.mermaid-figure:has(pre.mermaid)');
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        await expect(figure.locator('pre.mermaid')).toBeHidden();
        await expect(figure.locator('figcaption')).toHaveText(/^Figure \d+: \S/);
        // Shown without opening anything, under a plain label.
        const source = figure.locator('xpath=following-sibling::details[1]').locator('pre');
        await expect(source).toBeVisible();
        await expect(source).toHaveText(/\S/);
      }
    });
  });
}

for (const path of mathPages) {
  test(`${path}: KaTeX formulas are typeset with self-hosted fonts, with no errors`, async ({ page }) => {
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

for (const path of [...new Set([...tikzPages, ...mermaidPages, ...diagramPages, ...mathPages])].sort()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path}: figures and math meet WCAG 2.1 AA in the ${scheme} theme`, async ({ page }) => {
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

test('pages without math or figures load none of their styles, fonts or scripts', async ({ page }) => {
  const plain = PAGES.filter(
    (path) =>
      !tikzPages.includes(path) &&
      !mermaidPages.includes(path) &&
      !diagramPages.includes(path) &&
      !mathPages.includes(path),
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
