/**
 * Glossary terms on every page that marks them: each links to its glossary entry and shows its definition as a
 * tooltip on keyboard focus and on hover (announced through aria-describedby); Escape dismisses it (WCAG 1.4.13).
 */
import { test, expect } from '../support/fixtures';
import { BASE, htmlOf, pagesContaining } from '../support/fixture-site';
import { attribute, elements, parseHtml } from '../../src/lib/build/html-tree.ts';

const pagesWithTerms = pagesContaining('<term-tip');

test('some pages mark glossary terms', () => {
  expect(pagesWithTerms.length).toBeGreaterThan(0);
});

test("every term links to an entry on its own guide's glossary page", () => {
  let checked = 0;
  for (const path of pagesWithTerms) {
    const glossaryPage = `${BASE}${path.slice(BASE.length).split('/')[0]}/glossary/`;
    const glossaryIds = [...elements(parseHtml(htmlOf(glossaryPage)))].flatMap((el) =>
      el.tagName === 'dt' ? [attribute(el, 'id')] : [],
    );
    for (const tip of [...elements(parseHtml(htmlOf(path)))].filter((el) => el.tagName === 'term-tip')) {
      const link = [...elements(tip)].find((el) => el.tagName === 'a')!;
      const [target, id] = (attribute(link, 'href') ?? '').split('#');
      expect(target, `a term on ${path}`).toBe(glossaryPage);
      expect(glossaryIds, `${glossaryPage} lists #${id}`).toContain(id);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(0);
});

for (const path of pagesWithTerms) {
  test(`${path}: term tooltips show on focus and hover and dismiss with Escape`, async ({ page }) => {
    await page.goto(path);
    const terms = await page.locator('term-tip').all();
    const ids = new Set<string>();
    for (const term of terms) {
      // A term inside a checkpoint answer needs the answer open first.
      await term.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
      const link = term.locator('a');
      const tooltip = term.getByRole('tooltip', { includeHidden: true });
      const href = (await link.getAttribute('href'))!;
      expect(href, 'a term links to its glossary entry').toMatch(/\/glossary\/#[a-z0-9-]+$/);
      const id = href.split('#')[1] ?? '';
      expect(ids.has(id), `#${id} is marked once per page, at its first mention`).toBe(false);
      ids.add(id);
      await expect(link).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
      await expect(link).toHaveAccessibleDescription(/\w{3,}.*\w{3,}/);
      await expect(tooltip).toBeHidden();

      await link.focus();
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
      await expect(link, 'Escape leaves focus where it was').toBeFocused();
      await link.blur();
      await link.focus();
      await expect(tooltip, 'a new focus shows it again').toBeVisible();
      await link.blur();

      await link.hover();
      await expect(tooltip).toBeVisible();
      // The pointer can move onto the tooltip without it vanishing.
      await tooltip.hover();
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
      await page.mouse.move(0, 0);
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to the glossary and shows no tooltip it could not dismiss', async ({ page }) => {
    await page.goto(pagesWithTerms[0]!);
    const term = page.locator('term-tip').first();
    await term.locator('a').focus();
    await expect(term.getByRole('tooltip', { includeHidden: true })).toBeHidden();
    await term.locator('a').click();
    await expect(page).toHaveURL(/\/glossary\/#[a-z0-9-]+$/);
  });
});

test("a term's update note sits in that term's own definition, not after the glossary", async ({ page }) => {
  let checked = 0;
  for (const path of pagesContaining('<dl class="glossary"')) {
    await page.goto(path);
    await expect(page.locator('dl.glossary ~ .update-note'), `${path}: no note after the whole glossary`).toHaveCount(
      0,
    );
    for (const note of await page.locator('dl.glossary .update-note').all()) {
      const term = await note.evaluate((element) => element.closest('dd')?.previousElementSibling?.id ?? '');
      expect(term, `${path}: the note follows its term's <dt id>`).not.toBe('');
      checked++;
    }
  }
  expect(checked, 'glossary update notes found').toBeGreaterThan(0);
});
