/** The self-check store never throws: it validates what storage holds and survives storage that is blocked or full. */
import { describe, expect, it } from 'vitest';
import { useFakeStorage } from './support/fake-storage.ts';
import { SELF_CHECK_STORAGE_KEY } from '../src/consts.ts';

const fakes = useFakeStorage();

const store = () => import('../src/lib/browser/self-check-store.ts');

describe('self-check store', () => {
  it('saves marks as JSON and announces each change', async () => {
    const { readMarks, updateMarks } = await store();
    updateMarks((marks) => (marks['g/p#1'] = 'known'));
    updateMarks((marks) => (marks['g/p#2'] = 'review'));
    expect(JSON.parse(fakes.storage.items.get(SELF_CHECK_STORAGE_KEY)!)).toEqual({
      'g/p#1': 'known',
      'g/p#2': 'review',
    });
    expect(readMarks()).toEqual({ 'g/p#1': 'known', 'g/p#2': 'review' });
    expect(fakes.changes).toBe(2);
  });

  it.each([
    ['text that is not JSON', '{"broken'],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
  ])('reads %s as no marks, and the next change repairs it', async (_label, stored) => {
    fakes.storage.items.set(SELF_CHECK_STORAGE_KEY, stored);
    const { readMarks, updateMarks } = await store();
    expect(readMarks()).toEqual({});
    updateMarks((marks) => (marks['g/p#1'] = 'known'));
    expect(JSON.parse(fakes.storage.items.get(SELF_CHECK_STORAGE_KEY)!)).toEqual({ 'g/p#1': 'known' });
  });

  it('drops values that are not marks', async () => {
    fakes.storage.items.set(SELF_CHECK_STORAGE_KEY, '{"a#1":"known","a#2":"maybe","a#3":42}');
    const { readMarks } = await store();
    expect(readMarks()).toEqual({ 'a#1': 'known' });
  });

  it('keeps marks in memory when storage is blocked', async () => {
    fakes.storage.getItem.mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    fakes.storage.setItem.mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { readMarks, updateMarks } = await store();
    expect(readMarks()).toEqual({});
    updateMarks((marks) => (marks['g/p#1'] = 'review'));
    expect(readMarks()).toEqual({ 'g/p#1': 'review' });
    expect(fakes.changes).toBe(1);
  });

  it('keeps the marks made on the page readable when storage is full', async () => {
    fakes.storage.items.set(SELF_CHECK_STORAGE_KEY, '{"g/p#1":"known"}');
    fakes.storage.setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { readMarks, updateMarks } = await store();
    updateMarks((marks) => (marks['g/p#2'] = 'review'));
    expect(readMarks()).toEqual({ 'g/p#1': 'known', 'g/p#2': 'review' });
    updateMarks((marks) => delete marks['g/p#1']);
    expect(readMarks()).toEqual({ 'g/p#2': 'review' });
    // Nothing reached storage, and every change was still announced so the page redraws.
    expect(fakes.storage.items.get(SELF_CHECK_STORAGE_KEY)).toBe('{"g/p#1":"known"}');
    expect(fakes.changes).toBe(2);
  });
});
