/**
 * <mock-exam>: the mock exam page's behaviour (pages/mock-exam.astro), loaded on the reader's first use of the page
 * (scripts/mock-exam-boot.ts), or at once when an exam is saved. It draws N questions at random from every guide's
 * practice page (fetched as the pages are built, so each question exists once, in its practice.mdx), asks them one
 * at a time against a visible clock of 2 minutes a question, lets the reader flag questions and jump with a
 * question map, and on submit (or when time is up) scores them overall and per topic, with links to the sections
 * to reread and every question's explanation. The exam is saved in this browser after every change, so closing the
 * tab or reloading keeps the answers and the clock (which counts from the exam's start, not from the page load).
 */
import { MOCK_EXAM_STORAGE_KEY } from '../consts';
import { localRecordStore } from '../lib/browser/local-record-store';
import { orderQuizOptions } from '../lib/shared/quiz-order';
import { markChoices } from '../lib/browser/quiz-marks';
import { isCorrect, optionIndexForKey } from '../lib/shared/quiz-answer';
import {
  clock,
  isExamState,
  parseQuestionCount,
  scoreExam,
  secondsLeft,
  startExam,
  type ExamQuestion,
  type ExamState,
} from '../lib/shared/mock-exam';

const store = localRecordStore(MOCK_EXAM_STORAGE_KEY, isExamState, 'mock-exam-change');
const read = () => store.read().exam;
const save = (exam: ExamState | undefined) =>
  store.update((record) => {
    if (exam) record.exam = exam;
    else delete record.exam;
  });

class MockExam extends HTMLElement {
  #nodes = new Map<string, HTMLElement>();
  #meta = new Map<string, ExamQuestion>();
  #loaded: Promise<void> | undefined;
  #tick = 0;

  connectedCallback() {
    this.querySelector('form')!.onsubmit = (event) => {
      event.preventDefault();
      void this.#start();
    };
    this.onclick = (event) => this.#onClick((event.target as Element).closest('button'));
    this.onchange = (event) => this.#onPick(event.target as HTMLInputElement);
    this.onkeydown = (event) => this.#onKey(event);
    if (read()) void this.#render();
  }

  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  /** Fetches every guide's practice page once and keeps its questions, each with the topic it is scored under. */
  #load() {
    return (this.#loaded ??= (async () => {
      const sources: { href: string; title: string }[] = JSON.parse(this.dataset.sources!);
      for (const { href, title } of sources) {
        const response = await fetch(href);
        if (!response.ok) throw new Error(`${href} answered ${response.status}`);
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const found of page.querySelectorAll<HTMLElement>('quiz-question')) {
          const node = document.importNode(found, true);
          node.querySelector('script')?.remove();
          const reread = node.querySelector<HTMLAnchorElement>('.quiz-reread a');
          const key = node.dataset.key!;
          this.#nodes.set(key, node);
          this.#meta.set(key, {
            key,
            correct: node.dataset.correct!.split(' '),
            topic: reread?.textContent ?? title,
            href: reread?.getAttribute('href') ?? href,
          });
        }
      }
    })());
  }

  async #start() {
    const input = this.#part<HTMLInputElement>('input[name="count"]');
    const parsed = parseQuestionCount(input.value, Number(input.max));
    const error = this.#part('.mock-error');
    error.textContent = 'error' in parsed ? parsed.error : '';
    input.setAttribute('aria-invalid', String('error' in parsed));
    if ('error' in parsed) return input.focus();
    try {
      await this.#load();
    } catch (failure) {
      error.textContent = `The questions could not be loaded (${(failure as Error).message}). Check the connection and try again.`;
      this.#loaded = undefined;
      return;
    }
    save(startExam([...this.#nodes.keys()], Math.min(parsed.count, this.#nodes.size), Date.now()));
    await this.#render(true);
  }

  #onClick(button: HTMLButtonElement | null) {
    const exam = read();
    const action = button?.dataset.action;
    if (!button || !action) return;
    if (action === 'new') {
      save(undefined);
      void this.#render();
      this.#part('input[name="count"]').focus();
      return;
    }
    if (!exam || exam.submitted) return;
    if (action === 'go') exam.index = Number(button.dataset.index);
    if (action === 'previous') exam.index = Math.max(0, exam.index - 1);
    if (action === 'next') exam.index = Math.min(exam.keys.length - 1, exam.index + 1);
    if (action === 'flag') {
      const key = exam.keys[exam.index]!;
      exam.flags = exam.flags.includes(key) ? exam.flags.filter((k) => k !== key) : [...exam.flags, key];
    }
    if (action === 'submit') {
      const open = exam.keys.filter((key) => !exam.answers[key]?.length).length;
      this.#part('.mock-confirm-text').textContent =
        open > 0 ? `${open} of ${exam.keys.length} questions have no answer. Submit anyway?` : 'Submit your answers?';
      this.#part('.mock-confirm').hidden = false;
      this.#part('[data-action="confirm"]').focus();
      return;
    }
    if (action === 'cancel') this.#part('.mock-confirm').hidden = true;
    if (action === 'confirm') exam.submitted = Date.now();
    save(exam);
    void this.#render(action !== 'flag' && action !== 'cancel');
  }

  /** Keeps the current question's picks, for radios and checkboxes alike. */
  #onPick(input: HTMLInputElement) {
    const exam = read();
    if (!exam || exam.submitted || !input.closest('.mock-stage')) return;
    const key = exam.keys[exam.index]!;
    const picks = [...this.#nodes.get(key)!.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
    exam.answers[key] = picks;
    save(exam);
    void this.#render();
  }

  /** Number keys pick an option of the question on screen, in the order shown; not while typing a number. */
  #onKey(event: KeyboardEvent) {
    const exam = read();
    if (!exam || exam.submitted || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element).closest('input[type="number"]')) return;
    const inputs = [...this.#part('.mock-stage').querySelectorAll('input')];
    const input = inputs[optionIndexForKey(event.key, inputs.length) ?? -1];
    if (!input) return;
    event.preventDefault();
    input.checked = input.type === 'radio' || !input.checked;
    input.focus();
    this.#onPick(input);
  }

  /** Shows the setup, the exam in progress or the result, as the saved exam says; `moved` focuses what changed. */
  async #render(moved = false): Promise<void> {
    const exam = read();
    const setup = this.#part('.mock-setup');
    const run = this.#part('.mock-run');
    const result = this.#part('.mock-result');
    clearInterval(this.#tick);
    if (!exam) {
      [setup.hidden, run.hidden, result.hidden] = [false, true, true];
      return;
    }
    try {
      await this.#load();
    } catch (failure) {
      this.#part('.mock-error').textContent =
        `The saved exam's questions could not be loaded (${(failure as Error).message}).`;
      return;
    }
    // Questions removed from the guides since the exam was saved cannot be asked or scored.
    exam.keys = exam.keys.filter((key) => this.#nodes.has(key));
    if (exam.keys.length === 0) return (save(undefined), this.#render());
    exam.index = Math.min(exam.index, exam.keys.length - 1);
    if (!exam.submitted && secondsLeft(exam, Date.now()) === 0) {
      exam.submitted = exam.started + exam.limit;
      save(exam);
    }
    setup.hidden = true;
    run.hidden = !!exam.submitted;
    result.hidden = !exam.submitted;
    if (exam.submitted) this.#showResult(exam, moved);
    else this.#showQuestion(exam, moved);
  }

  #showQuestion(exam: ExamState, moved: boolean) {
    const key = exam.keys[exam.index]!;
    const node = this.#nodes.get(key)!;
    const stage = this.#part('.mock-stage');
    if (stage.firstElementChild !== node) {
      if (node.dataset.ordered === undefined) orderQuizOptions(node);
      stage.replaceChildren(node);
    }
    node.querySelector('legend a')!.textContent = `Question ${exam.index + 1}`;
    for (const input of node.querySelectorAll('input')) {
      input.checked = !!exam.answers[key]?.includes(input.value);
      input.disabled = false;
    }
    this.#part('.mock-position').textContent = `Question ${exam.index + 1} of ${exam.keys.length}`;
    const flag = this.#part('[data-action="flag"]');
    flag.ariaPressed = String(exam.flags.includes(key));
    flag.textContent = exam.flags.includes(key) ? 'Flagged for review' : 'Flag for review';
    this.#part<HTMLButtonElement>('[data-action="previous"]').disabled = exam.index === 0;
    this.#part<HTMLButtonElement>('[data-action="next"]').disabled = exam.index === exam.keys.length - 1;
    this.#part('.mock-map ol').innerHTML = exam.keys
      .map((k, i) => {
        const state = [exam.answers[k]?.length ? 'answered' : 'open', exam.flags.includes(k) ? 'flagged' : ''];
        const label = `Question ${i + 1}, ${state[0] === 'answered' ? 'answered' : 'not answered'}${state[1] ? ', flagged' : ''}`;
        return `<li><button type="button" class="button-secondary mock-map-item" data-action="go" data-index="${i}" data-state="${state.join(' ').trim()}" aria-label="${label}"${i === exam.index ? ' aria-current="step"' : ''}>${i + 1}</button></li>`;
      })
      .join('');
    const answered = exam.keys.filter((k) => exam.answers[k]?.length).length;
    this.#part('.mock-summary').textContent =
      `${answered} answered, ${exam.flags.length} flagged, ${exam.keys.length - answered} to go.`;
    this.#part('.mock-confirm').hidden = true;
    const timer = this.#part('.mock-timer');
    const update = () => {
      const left = secondsLeft(exam, Date.now());
      timer.textContent = `${clock(left)} left`;
      if (left === 0) void this.#render(true);
    };
    update();
    this.#tick = window.setInterval(update, 1000);
    if (moved) {
      node.tabIndex = -1;
      node.focus();
    }
  }

  #showResult(exam: ExamState, moved: boolean) {
    const score = scoreExam(exam, this.#meta);
    const used = Math.round(((exam.submitted ?? exam.started) - exam.started) / 1000);
    this.#part('.mock-score').textContent =
      `You got ${score.right} of ${score.total} right (${score.percent} %) in ${clock(Math.min(used, exam.limit / 1000))}.`;
    const rows = this.#part('.mock-topics tbody');
    rows.replaceChildren(
      ...score.topics.map((topic) => {
        const row = document.createElement('tr');
        const name = document.createElement('th');
        name.scope = 'row';
        const link = document.createElement('a');
        link.href = topic.href;
        link.textContent = topic.topic;
        name.append(link);
        const mark = document.createElement('td');
        mark.textContent = `${topic.right} of ${topic.total} (${topic.percent} %)`;
        row.append(name, mark);
        return row;
      }),
    );
    // Every question, answered as the reader left it, with its answer and explanation open.
    const review = this.#part('.mock-review');
    review.replaceChildren(
      ...exam.keys.map((key, i) => {
        const node = this.#nodes.get(key)!;
        if (node.dataset.ordered === undefined) orderQuizOptions(node);
        const picks = exam.answers[key] ?? [];
        const correct = this.#meta.get(key)!.correct;
        node.dataset.result = isCorrect(correct, picks) ? 'right' : 'wrong';
        node.querySelector('legend a')!.textContent = `Question ${i + 1}`;
        const inputs = [...node.querySelectorAll('input')];
        for (const input of inputs) {
          input.checked = picks.includes(input.value);
          input.disabled = true;
        }
        markChoices(inputs, correct, true);
        node.querySelector('details')!.open = true;
        return node;
      }),
    );
    if (moved) this.#part('#mock-result-heading').focus();
  }
}

customElements.define('mock-exam', MockExam);
