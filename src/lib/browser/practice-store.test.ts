/** The practice stores never throw: they keep only well-formed entries and survive storage that is blocked or full. */
import { describe, expect, it } from 'vitest';
import { useFakeStorage } from '../../../test/support/fake-storage';
import { PRACTICE_STORAGE_KEY, SCHEDULE_STORAGE_KEY } from '../../consts';

const fakes = useFakeStorage();

const stores = async () => ({ ...(await import('./practice-store')), ...(await import('./card-schedule-store')) });

describe('practice answers', () => {
  it('saves the checked options under the question key, and announces each change', async () => {
    const { practiceAnswers } = await stores();
    practiceAnswers.update((answers) => (answers['g/practice#q1'] = ['b']));
    practiceAnswers.update((answers) => (answers['g/practice#q2'] = ['a', 'c']));
    expect(JSON.parse(fakes.storage.items.get(PRACTICE_STORAGE_KEY)!)).toEqual({
      'g/practice#q1': ['b'],
      'g/practice#q2': ['a', 'c'],
    });
    expect(practiceAnswers.read()).toEqual({ 'g/practice#q1': ['b'], 'g/practice#q2': ['a', 'c'] });
    expect(fakes.changes).toBe(2);
  });

  it.each([
    ['text that is not JSON', '{"broken'],
    ['a JSON array', '[["a"]]'],
    ['JSON null', 'null'],
  ])('reads %s as no answers, and the next change repairs it', async (_label, stored) => {
    fakes.storage.items.set(PRACTICE_STORAGE_KEY, stored);
    const { practiceAnswers } = await stores();
    expect(practiceAnswers.read()).toEqual({});
    practiceAnswers.update((answers) => (answers['g:q1'] = ['a']));
    expect(JSON.parse(fakes.storage.items.get(PRACTICE_STORAGE_KEY)!)).toEqual({ 'g:q1': ['a'] });
  });

  it('drops entries that are not lists of option letters, and keeps a revealed answer (an empty list)', async () => {
    fakes.storage.items.set(
      PRACTICE_STORAGE_KEY,
      JSON.stringify({ ok: ['a', 'd'], empty: [], word: ['yes'], number: [1], text: 'a', upper: ['A'] }),
    );
    const { practiceAnswers } = await stores();
    expect(practiceAnswers.read()).toEqual({ ok: ['a', 'd'], empty: [] });
  });

  it('keeps answers in memory when storage is blocked', async () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    fakes.storage.getItem.mockImplementation(blocked);
    fakes.storage.setItem.mockImplementation(blocked);
    const { practiceAnswers } = await stores();
    expect(practiceAnswers.read()).toEqual({});
    practiceAnswers.update((answers) => (answers['g:q1'] = ['c']));
    expect(practiceAnswers.read()).toEqual({ 'g:q1': ['c'] });
    expect(fakes.changes).toBe(1);
  });
});

describe('card schedule', () => {
  it('keeps well-formed card states and drops the rest', async () => {
    fakes.storage.items.set(
      SCHEDULE_STORAGE_KEY,
      JSON.stringify({ 'd:a': { box: 2, due: 20_500 }, 'd:b': { box: 9, due: 1 }, 'd:c': 'known', 'd:e': {} }),
    );
    const { cardSchedule } = await stores();
    expect(cardSchedule.read()).toEqual({ 'd:a': { box: 2, due: 20_500 } });
  });

  it('survives a full storage: the write fails, the state still applies to the page', async () => {
    fakes.storage.setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { cardSchedule } = await stores();
    cardSchedule.update((states) => (states['d:a'] = { box: 1, due: 3 }));
    expect(cardSchedule.read()).toEqual({ 'd:a': { box: 1, due: 3 } });
    expect(fakes.changes).toBe(1);
  });
});
