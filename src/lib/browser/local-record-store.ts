/**
 * A record of values kept in localStorage under one key (from src/consts.ts), for the reader's study state
 * (self-check marks, practice answers, flashcard schedule, the mock exam). Storage may be blocked, full or hold
 * anything: reads keep only the entries that pass `isValue`, writes never throw, and when storage is unusable the
 * record lives in memory for the page's lifetime.
 * Every change fires `event` on document so the widgets on the page can redraw.
 */
export interface LocalRecordStore<T> {
  read(): Record<string, T>;
  update(change: (record: Record<string, T>) => void): void;
}

export function localRecordStore<T>(
  key: string,
  isValue: (value: unknown) => value is T,
  event: string,
): LocalRecordStore<T> {
  let inMemory: Record<string, T> = {};
  // Once a write has failed, storage no longer holds this page's changes, so reads come from memory.
  let writeFailed = false;
  const read = (): Record<string, T> => {
    if (writeFailed) return { ...inMemory };
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isValue(value))) as Record<string, T>;
    } catch {
      // Unreadable storage (blocked, or not JSON): fall back to what this page has written.
      return { ...inMemory };
    }
  };
  const update = (change: (record: Record<string, T>) => void) => {
    const record = read();
    change(record);
    inMemory = record;
    try {
      localStorage.setItem(key, JSON.stringify(record));
    } catch {
      // Full or blocked storage: the change still applies to this page.
      writeFailed = true;
    }
    document.dispatchEvent(new Event(event));
  };
  return { read, update };
}
