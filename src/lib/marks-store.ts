/**
 * A reader's "known" / "again" marks, kept in localStorage under one key per deck or page. Storage may be blocked
 * (private mode, policy) or hold anything (an old format, a hand edit): reads then yield no marks and writes are
 * skipped, so a study page never throws because of storage.
 */
export type Mark = 'known' | 'again';
export type Marks = Record<string, Mark>;

export function readMarks(storageKey: string): Marks {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, Mark] => entry[1] === 'known' || entry[1] === 'again'),
    );
  } catch {
    return {};
  }
}

export function writeMarks(storageKey: string, marks: Marks): void {
  try {
    if (Object.keys(marks).length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(marks));
  } catch {
    // Blocked or full storage: the marks last for this visit only.
  }
}
