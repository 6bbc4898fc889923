/**
 * The reader's last searches, kept in localStorage (a JSON array of strings, newest first) so the empty search box
 * can offer them again, as documentation search does. Storage may be blocked or hold anything: reads validate and
 * writes never throw. Not a localRecordStore (local-record-store.ts): it keeps a list, not a record, in a format
 * readers' browsers already hold, and a search lost to a full storage costs the reader nothing.
 */
import { RECENT_SEARCHES_STORAGE_KEY } from '../../../consts';

/** How many searches are kept. */
export const RECENT_SEARCHES_MAX = 5;

export function readRecent(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_SEARCHES_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string' && q.trim() !== '') : [];
  } catch {
    return [];
  }
}

function write(queries: string[]) {
  try {
    if (queries.length === 0) localStorage.removeItem(RECENT_SEARCHES_STORAGE_KEY);
    else localStorage.setItem(RECENT_SEARCHES_STORAGE_KEY, JSON.stringify(queries));
  } catch {
    // Full or blocked storage: recent searches are a convenience, nothing breaks without them.
  }
}

/** Puts `query` first, without a case-insensitive duplicate, keeping the newest RECENT_SEARCHES_MAX. */
export function rememberSearch(query: string): void {
  const trimmed = query.trim();
  if (!trimmed) return;
  const rest = readRecent().filter((q) => q.toLowerCase() !== trimmed.toLowerCase());
  write([trimmed, ...rest].slice(0, RECENT_SEARCHES_MAX));
}

export const clearRecent = () => write([]);
