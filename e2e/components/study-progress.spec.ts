/**
 * Coming back to study: flashcards due today on a Leitner schedule, and the reader's progress on the guide's
 * overview (checkpoint marks, practice score, cards due) with one reset that asks first. On the fixture site; pages
 * are found by their built HTML and reached through the panel's own links.
 */
import { test, expect } from '../support/fixtures';
import { htmlOf, pagesContaining } from '../support/fixture-site';

const deckPages = pagesContaining('<flash-cards');
const PARTS = ['answers', 'practice', 'cards'] as const;
/** Overviews of guides with checkpoint answers, practice questions and flashcards: the panel shows all three. */
const overviews = pagesContaining('<study-progress').filter((path) =>
  PARTS.every((part) => htmlOf(path).includes(`data-part="${part}"`)),
);

/** Noon, so that moving the clock by whole days never crosses a midnight twice. */
const DAY_ONE = new Date('2026-03-02T12:00:00');
const daysAfter = (days: number) => new Date(DAY_ONE.getTime() + days * 86_400_000);

test('the fixture site has a deck and an overview whose progress panel shows all three parts', () => {
  expect(deckPages.length).toBeGreaterThan(0);
  expect(overviews.length).toBeGreaterThan(0);
});

test('a card marked Known comes back when its interval is over; Again brings a due card round in the session', async ({
  page,
}) => {
  const path = deckPages[0]!;
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto(path);
  const total = await page.locator('.card-list > li').count();
  expect(total, 'the schedule needs two cards to show a queue').toBeGreaterThan(1);
  await expect(page.locator('.deck-due')).toHaveText(`Cards due today: ${total}.`);

  // Known moves the first card away for a day.
  const first = await page.locator('.deck-face').textContent();
  await page.getByRole('button', { name: 'Known' }).click();
  await expect(page.locator('.deck-due')).toHaveText(`Cards due today: ${total - 1}.`);

  // Studying due cards: the first card is not among them; Again sends the front card to the back of the queue.
  await page.getByRole('button', { name: 'Study due cards' }).click();
  await expect(page.locator('.deck-due')).toHaveText(`Due cards left: ${total - 1}.`);
  await expect(page.locator('.deck-face')).not.toHaveText(first!);
  const front = await page.locator('.deck-face').textContent();
  await page.getByRole('button', { name: 'Again' }).click();
  await expect(page.locator('.deck-due')).toHaveText(`Due cards left: ${total - 1}.`);
  if (total > 2) await expect(page.locator('.deck-face')).not.toHaveText(front!);
  // Known on every card left empties the queue; the card marked Again last is among them, so it came round.
  const seen = new Set<string>();
  for (let left = total - 1; left > 0; left--) {
    seen.add((await page.locator('.deck-face').textContent())!);
    await page.getByRole('button', { name: 'Known' }).click();
    await expect(page.locator('.deck-due')).toHaveText(left > 1 ? `Due cards left: ${left - 1}.` : /./);
  }
  expect(seen.has(front!)).toBe(true);

  // Kept across a reload: nothing due for the rest of the day.
  await page.reload();
  await expect(page.locator('.deck-due')).toHaveText('Cards due today: 0.');
  await expect(page.getByRole('button', { name: 'Study due cards' })).toBeDisabled();

  // The next day every card is due again (Known once = one day); after another Known, not for 3 more days. The
  // page's own count says every card is due until the schedule has loaded, so each day is read from the queue that
  // "Study due cards" builds from the schedule.
  const dueQueue = async (day: number, due: number) => {
    await page.clock.setFixedTime(daysAfter(day));
    await page.reload();
    await page.getByRole('button', { name: 'Study due cards' }).click();
    await expect(page.locator('.deck-due'), `cards due on day ${day + 1}`).toHaveText(`Due cards left: ${due}.`);
  };
  await dueQueue(1, total);
  await page.getByRole('button', { name: 'Known' }).click();
  await expect(page.locator('.deck-due')).toHaveText(`Due cards left: ${total - 1}.`);
  await dueQueue(3, total - 1);
  await dueQueue(4, total);
});

for (const path of overviews) {
  test(`${path}: progress shows marks, practice and cards due, and resets only when confirmed`, async ({ page }) => {
    await page.goto(path);
    const panel = page.locator('study-progress');
    await panel.scrollIntoViewIfNeeded();
    const part = (name: string) => panel.locator(`[data-part="${name}"]`);
    await expect(part('answers')).toHaveText(/^0 of \d+ known\.$/);
    await expect(part('practice')).toHaveText(/^\d+ questions, none answered yet\.$/);
    await expect(part('cards')).toHaveText(/^(\d+) of \1 due today\.$/);
    const before = {
      answers: await part('answers').textContent(),
      practice: await part('practice').textContent(),
      cards: await part('cards').textContent(),
    };

    // One of each, through the panel's links: a checkpoint answer known, a practice question right, a card known.
    await panel.getByRole('link', { name: 'Checkpoint questions' }).click();
    await page.locator('answer-block summary').first().click();
    await page.getByRole('button', { name: 'I knew it' }).first().click();
    await page.goBack();
    await panel.getByRole('link', { name: 'Practice questions' }).click();
    const question = page.locator('quiz-question').first();
    await question.locator('input').first().focus();
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeVisible();
    for (const letter of (await question.getAttribute('data-correct'))!.split(' ')) {
      await question.locator(`input[value="${letter}"]`).check();
    }
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('.quiz-feedback')).toHaveText('Correct.');
    await page.goBack();
    await panel.getByRole('link', { name: 'Flashcards' }).click();
    await page.getByRole('button', { name: 'Known' }).click();
    await expect(page.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
    // The mark shows at once; the schedule is written once its module has loaded, which under load comes later.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('flashcard-schedule') ?? '{}')).length),
      )
      .toBe(1);
    await page.goBack();

    await panel.scrollIntoViewIfNeeded();
    await expect(part('answers')).toHaveText(/^1 of \d+ known\.$/);
    await expect(part('practice')).toHaveText(/^1 of \d+ answered, 1 right \(100 % of those answered\)\.$/);
    await expect(part('cards')).toHaveText(/^(\d+) of (\d+) due today\.$/);
    const [, due, cards] = (await part('cards').textContent())!.match(/^(\d+) of (\d+)/)!;
    expect(Number(due)).toBe(Number(cards) - 1);

    // The reset asks first; Cancel keeps everything.
    await panel.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(panel.getByRole('button', { name: 'Yes, reset everything' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('button', { name: 'Reset all progress…' })).toBeFocused();
    await expect(part('answers')).toHaveText(/^1 of/);

    await panel.getByRole('button', { name: 'Reset all progress…' }).click();
    await panel.getByRole('button', { name: 'Yes, reset everything' }).click();
    for (const name of PARTS) await expect(part(name)).toHaveText(before[name]!);
    // And the pages themselves agree after a reload.
    await page.reload();
    await panel.scrollIntoViewIfNeeded();
    for (const name of PARTS) await expect(part(name)).toHaveText(before[name]!);
  });
}
