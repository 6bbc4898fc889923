/**
 * No page jumps while it loads on a phone: the cumulative layout shift of the first load stays under 0.1 (the
 * "good" threshold of Core Web Vitals). Scripts that change the layout must do it before first paint.
 */
import { test, expect } from './support/fixtures';
import { PAGES } from './support/site';

test.use({ viewport: { width: 360, height: 740 } });

type Shifts = { shifts?: { value: number; sources: string[] }[] };

for (const path of PAGES) {
  test(`${path} loads without layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      const record = ((window as unknown as Shifts).shifts = [] as NonNullable<Shifts['shifts']>);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          const sources = (entry.sources ?? []).map((s) => {
            const el = s.node as Element | undefined;
            return el?.localName
              ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
              : '?';
          });
          record.push({ value: entry.value, sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Layout-shift entries are delivered after the frame that caused them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as Shifts).shifts ?? []);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    const moved = shifts.flatMap((shift) => shift.sources).join(', ');
    expect(total, `layout shift on ${path} (elements that moved: ${moved})`).toBeLessThan(0.1);
  });
}
