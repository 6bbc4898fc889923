/**
 * Every page carries a Content-Security-Policy that forbids inline scripts it did not hash, and still works under
 * it: every custom element on the page was defined by its script, and the fixture fails the test on any console
 * error, which is how Chromium reports a blocked script or style.
 */
import { test, expect } from './support/fixtures';
import { NOT_FOUND_PATH, PAGES } from './support/site';

/** `"script-src 'self' 'sha256-…'; …"` → Map { 'script-src' => ["'self'", "'sha256-…'"], … } */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );

// Every page, and the 404 page that unknown addresses get.
for (const path of [...PAGES, NOT_FOUND_PATH]) {
  test(`${path} carries a strict script policy and runs under it`, async ({ page }, testInfo) => {
    if (path === NOT_FOUND_PATH) testInfo.annotations.push({ type: 'expect-error-status' });
    await page.goto(path);
    const metas = page.locator('head meta[http-equiv="content-security-policy" i]');
    await expect(metas, `Content-Security-Policy <meta> on ${path}`).toHaveCount(1);
    const policy = directives((await metas.getAttribute('content')) ?? '');
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSrc, `script-src of ${path}`).toBeDefined();
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      expect(scriptSrc, `script-src of ${path} allows ${forbidden}`).not.toContain(forbidden);
    }
    expect(policy.get('object-src'), `object-src of ${path}`).toEqual(["'none'"]);

    // The theme script ran before first paint, and every widget's script upgraded its element. Search loads
    // its results widget only when opened, so open it: that also runs Pagefind (WebAssembly) under the policy.
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
    await page.keyboard.press('/');
    await page.waitForFunction(() => customElements.get('search-box'));
    await page.keyboard.press('Escape');
    // Some widgets load their script on first use (scrolled to, touched): use each such element once, so its
    // lazily loaded script also has to run under the policy, then wait for it to be defined.
    const lazy = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter(
        (name) => name.includes('-') && !customElements.get(name),
      ),
    );
    for (const name of lazy) {
      const element = page.locator(name).first();
      if (await element.isVisible()) {
        await element.scrollIntoViewIfNeeded();
        await element.dispatchEvent('pointerdown');
      }
      await page.waitForFunction((n) => customElements.get(n), name, { timeout: 5000 }).catch(() => undefined);
    }
    const undefinedElements = await page.evaluate(async () => {
      const names = new Set(
        [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')),
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return [...names].filter((name) => !customElements.get(name));
    });
    expect(undefinedElements, `custom elements whose script did not run on ${path}`).toEqual([]);
  });
}

test('a script the build did not hash is blocked and reported', async ({ page, problems }) => {
  const home = PAGES[0]!;
  // Only the page itself is rewritten, so no interception outlives the test.
  await page.route(
    (url) => url.pathname === home,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</body>',
        '<script>document.body.dataset.injected = "ran"</script></body>',
      );
      await route.fulfill({ response, body });
    },
  );
  await page.goto(home);
  await expect.poll(() => problems.join('\n')).toMatch(/console error .*Content Security Policy/i);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected');
  // The violation was expected here; every other test fails on it.
  problems.length = 0;
});
