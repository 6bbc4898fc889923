/**
 * A stand-in for the browser's localStorage and document in unit tests of the stores in src/lib/browser/. Each test
 * gets a fresh Map-backed storage whose methods can be made to throw (as in private modes or under a policy), a
 * count of the change events the stores announce, and freshly imported modules.
 */
import { afterEach, beforeEach, vi } from 'vitest';

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
  };
}

/** Installs the fakes around every test of the calling file; read `storage` and `changes` inside a test. */
export function useFakeStorage() {
  const state = { storage: fakeStorage(), changes: 0 };
  beforeEach(() => {
    vi.resetModules();
    state.storage = fakeStorage();
    state.changes = 0;
    vi.stubGlobal('localStorage', state.storage);
    vi.stubGlobal('document', { dispatchEvent: () => void state.changes++ });
  });
  afterEach(() => vi.unstubAllGlobals());
  return state;
}
