/** The self-check store never throws: it validates what storage holds and survives storage that is blocked or full. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SELF_CHECK_STORAGE_KEY } from '../src/consts.ts';

/** A Map-backed localStorage whose methods can be made to throw, as in private modes or under a policy. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
  };
}

let storage: ReturnType<typeof fakeStorage>;
let changes: number;

beforeEach(() => {
  vi.resetModules();
  storage = fakeStorage();
  changes = 0;
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('document', { dispatchEvent: () => void changes++ });
});
afterEach(() => vi.unstubAllGlobals());

const store = () => import('../src/lib/browser/self-check-store.ts');

describe('self-check store', () => {
  it('saves marks as JSON and announces each change', async () => {
    const { readMarks, updateMarks } = await store();
    updateMarks((marks) => (marks['g/p#1'] = 'known'));
    updateMarks((marks) => (marks['g/p#2'] = 'review'));
    expect(JSON.parse(storage.items.get(SELF_CHECK_STORAGE_KEY)!)).toEqual({ 'g/p#1': 'known', 'g/p#2': 'review' });
    expect(readMarks()).toEqual({ 'g/p#1': 'known', 'g/p#2': 'review' });
    expect(changes).toBe(2);
  });

  it.each([
    ['text that is not JSON', '{"broken'],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
  ])('reads %s as no marks, and the next change repairs it', async (_label, stored) => {
    storage.items.set(SELF_CHECK_STORAGE_KEY, stored);
    const { readMarks, updateMarks } = await store();
    expect(readMarks()).toEqual({});
    updateMarks((marks) => (marks['g/p#1'] = 'known'));
    expect(JSON.parse(storage.items.get(SELF_CHECK_STORAGE_KEY)!)).toEqual({ 'g/p#1': 'known' });
  });

  it('drops values that are not marks', async () => {
    storage.items.set(SELF_CHECK_STORAGE_KEY, '{"a#1":"known","a#2":"maybe","a#3":42}');
    const { readMarks } = await store();
    expect(readMarks()).toEqual({ 'a#1': 'known' });
  });

  it('keeps marks in memory when storage is blocked', async () => {
    storage.getItem.mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    storage.setItem.mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { readMarks, updateMarks } = await store();
    expect(readMarks()).toEqual({});
    updateMarks((marks) => (marks['g/p#1'] = 'review'));
    expect(readMarks()).toEqual({ 'g/p#1': 'review' });
    expect(changes).toBe(1);
  });
});
