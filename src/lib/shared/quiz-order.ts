/**
 * The order a reader sees a practice question's options in. Options are shuffled per reader, so a score measures
 * knowledge and not where right answers tend to stand; the order is stable across reloads and changes only when the
 * reader retries the question.
 *
 * `orderQuizOptions` runs three ways: inlined once after a practice set's questions by PracticeSet.astro (as its
 * source text), so the options are in their final order before they are shown and nothing moves under the reader's
 * finger (quiz.css keeps a question's options invisible until it has run); from quiz-question-element.ts when a
 * retry asks for a new order; and from the mock exam for the questions it fetches. Being inlined, it must stay
 * self-contained: no imports, no helpers from outside its body, nothing but what a browser runs as it is.
 *
 * What it keeps in localStorage under "practice-order": `{ "*": <reader seed>, "<question key>": <seed> }`. The
 * reader seed is made on the first question the reader ever sees; a question's own seed is set by a retry. Storage
 * that is blocked or corrupt gives a fresh order on each load, which is still a fair one.
 *
 * Input values keep their authored letters ("a", "b"…), so saved answers and the answer key do not depend on the
 * order; only what the reader reads changes: the letters shown, the answer line ("Answer: C") and the order and
 * letters of the reasons each wrong option is wrong.
 */
export function orderQuizOptions(quiz: HTMLElement, reshuffle?: boolean): void {
  // PRACTICE_ORDER_STORAGE_KEY in src/consts.ts, written out because this function can import nothing (see above);
  // test/storage-keys.test.ts checks that the two agree.
  const STORE = 'practice-order';
  const key = quiz.dataset.key || '';
  let saved: Record<string, number> = {};
  try {
    const parsed = JSON.parse(localStorage.getItem(STORE) || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) saved = parsed;
  } catch {
    // Blocked or corrupt storage: start from nothing.
  }
  const random = () => Math.floor(Math.random() * 4294967296);
  if (typeof saved['*'] !== 'number') saved['*'] = random();
  if (reshuffle) saved[key] = random();
  try {
    localStorage.setItem(STORE, JSON.stringify(saved));
  } catch {
    // Full or blocked storage: the order holds for this visit only.
  }
  // A 32-bit seed from the reader's (or the question's own) seed and the question key (FNV-1a), then mulberry32.
  let state = typeof saved[key] === 'number' ? saved[key] : saved['*'];
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 16777619) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const list = quiz.querySelector('.quiz-choices');
  if (!list) return;
  // Authored order first, so the same seed always gives the same order, whatever order the page is in now.
  const options = Array.from(list.children as HTMLCollectionOf<HTMLElement>).sort((a, b) =>
    (a.dataset.option || '') < (b.dataset.option || '') ? -1 : 1,
  );
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = options[i]!;
    options[i] = options[j]!;
    options[j] = swap;
  }
  const shown: Record<string, string> = {};
  options.forEach((option, i) => {
    const letter = String.fromCharCode(65 + i);
    shown[option.dataset.option || ''] = letter;
    const label = option.querySelector('.quiz-letter');
    if (label) label.textContent = letter;
    list.appendChild(option);
  });
  const answer = quiz.querySelector('.quiz-answer-letters');
  if (answer) {
    answer.textContent = (quiz.dataset.correct || '')
      .split(' ')
      .map((letter) => shown[letter] || letter.toUpperCase())
      .sort()
      .join(', ');
  }
  const reasons = quiz.querySelector('.quiz-reasons');
  if (reasons) {
    const items = Array.from(reasons.children as HTMLCollectionOf<HTMLElement>);
    items.sort((a, b) => ((shown[a.dataset.option || ''] || '') < (shown[b.dataset.option || ''] || '') ? -1 : 1));
    for (const item of items) {
      const label = item.querySelector('.quiz-reason-letter');
      if (label) label.textContent = shown[item.dataset.option || ''] || '';
      reasons.appendChild(item);
    }
  }
  quiz.dataset.ordered = '';
}
