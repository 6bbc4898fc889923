/**
 * Every localStorage key lives in src/consts.ts. The one file that cannot import it, lib/shared/quiz-order.ts
 * (inlined into pages as source text), writes its key out: this checks the copy still matches, by what the
 * function actually stores.
 */
import { describe, expect, it } from 'vitest';
import * as consts from '../src/consts.ts';
import { PRACTICE_ORDER_STORAGE_KEY } from '../src/consts.ts';
import { useFakeStorage } from './support/fake-storage.ts';

const fakes = useFakeStorage();

describe('localStorage keys', () => {
  it('are all different, so no two features overwrite each other', () => {
    const keys = Object.entries(consts)
      .filter(([name]) => name.endsWith('_STORAGE_KEY'))
      .map(([, key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("match quiz-order.ts's own copy of the practice-order key", async () => {
    const { orderQuizOptions } = await import('../src/lib/shared/quiz-order.ts');
    // A question with no options: the function saves the reader's seed, then has nothing to reorder.
    orderQuizOptions({ dataset: { key: 'g/practice#q1' }, querySelector: () => null } as unknown as HTMLElement);
    expect([...fakes.storage.items.keys()]).toEqual([PRACTICE_ORDER_STORAGE_KEY]);
  });
});
