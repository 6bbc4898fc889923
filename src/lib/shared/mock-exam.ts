/**
 * A mock exam's rules, without a browser: how questions are drawn, how long the exam lasts, how the clock reads, and
 * the score per topic. The page's element (components/mock-exam-element.ts) keeps the state in localStorage and
 * renders it; these functions are what the unit tests hold it to.
 */
import { isCorrect } from './quiz-answer';
import { percentOf } from './quiz-score';

/** The exam's pace: DEA-C01 gives 130 minutes for 65 questions. */
export const SECONDS_PER_QUESTION = 120;
export const DEFAULT_QUESTIONS = 20;

/** One exam in progress or finished, as saved in this browser. */
export interface ExamState {
  /** The questions drawn, by key ("<guide>/practice#<id>"), in the order asked. */
  keys: string[];
  /** When it started (ms since the epoch) and how long it may last (ms). */
  started: number;
  limit: number;
  /** The options picked, by question key (authored letters). */
  answers: Record<string, string[]>;
  /** Keys flagged for review. */
  flags: string[];
  /** The question on screen (index into keys). */
  index: number;
  /** When it was submitted (ms since the epoch), by the reader or by the clock. */
  submitted?: number;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether a stored value is a usable exam (anything else is dropped, never trusted). */
export function isExamState(value: unknown): value is ExamState {
  if (!value || typeof value !== 'object') return false;
  const exam = value as Partial<ExamState>;
  return (
    isStringList(exam.keys) &&
    exam.keys.length > 0 &&
    Number.isFinite(exam.started) &&
    Number.isFinite(exam.limit) &&
    exam.limit! > 0 &&
    !!exam.answers &&
    typeof exam.answers === 'object' &&
    Object.values(exam.answers).every(isStringList) &&
    isStringList(exam.flags) &&
    Number.isInteger(exam.index) &&
    exam.index! >= 0 &&
    exam.index! < exam.keys.length &&
    (exam.submitted === undefined || Number.isFinite(exam.submitted))
  );
}

/**
 * How many questions a reader may ask for: a whole number from 1 to all of them. Anything else is refused with a
 * message saying what to enter, so the form never starts an exam the reader did not ask for.
 */
export function parseQuestionCount(text: string, available: number): { count: number } | { error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { error: `Enter a whole number of questions, from 1 to ${available}.` };
  const count = Number(trimmed);
  if (count < 1 || count > available) return { error: `Choose from 1 to ${available} questions.` };
  return { count };
}

/** `count` keys drawn at random from `keys`, each at most once (Fisher–Yates with the given random source). */
export function drawQuestions(keys: readonly string[], count: number, random: () => number = Math.random): string[] {
  const pool = [...keys];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export function startExam(keys: readonly string[], count: number, now: number, random?: () => number): ExamState {
  return {
    keys: drawQuestions(keys, count, random),
    started: now,
    limit: count * SECONDS_PER_QUESTION * 1000,
    answers: {},
    flags: [],
    index: 0,
  };
}

/** Whole seconds left (never below 0); time runs out at the limit, whatever the clock says after. */
export const secondsLeft = (exam: ExamState, now: number) =>
  Math.max(0, Math.ceil((exam.started + exam.limit - now) / 1000));

/** "1:05:09", "37:12", "0:09": hours only when there are any. */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** What the exam needs to know of each question to score it. */
export interface ExamQuestion {
  key: string;
  correct: string[];
  /** The topic it is scored under (the section that teaches it) and where that is. */
  topic: string;
  href: string;
}

export interface TopicScore {
  topic: string;
  href: string;
  right: number;
  total: number;
  percent: number;
}

/** The exam's score overall and per topic (topics in the order they were first asked); unanswered is wrong. */
export function scoreExam(exam: ExamState, questions: ReadonlyMap<string, ExamQuestion>) {
  const topics = new Map<string, TopicScore>();
  let right = 0;
  for (const key of exam.keys) {
    const question = questions.get(key);
    if (!question) continue;
    const ok = isCorrect(question.correct, exam.answers[key] ?? []);
    if (ok) right += 1;
    const topic = topics.get(question.topic) ?? {
      topic: question.topic,
      href: question.href,
      right: 0,
      total: 0,
      percent: 0,
    };
    topic.total += 1;
    if (ok) topic.right += 1;
    topic.percent = percentOf(topic.right, topic.total);
    topics.set(question.topic, topic);
  }
  const total = exam.keys.filter((key) => questions.has(key)).length;
  return { right, total, percent: percentOf(right, total), topics: [...topics.values()] };
}
