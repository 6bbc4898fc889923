/**
 * Practice questions are complete HTML without JavaScript: options, and the answer with its explanation in a
 * <details>. Their behaviour (practice.ts: checking, scoring, one at a time) loads on first use, or at once when
 * answers are saved in this browser (load-on-first-use.ts).
 */
import { PRACTICE_STORAGE_KEY } from '../consts';
import { loadOnFirstUse } from './load-on-first-use';

loadOnFirstUse('quiz-question, practice-set', PRACTICE_STORAGE_KEY, () => import('./practice'));
