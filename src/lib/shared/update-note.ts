/**
 * Checks the props of an <UpdateNote>. A note is the reader's only evidence that a fact was re-checked, so a
 * missing or malformed date or source must stop the build rather than ship a note nobody can verify.
 */

/** What an <UpdateNote> renders once its props have been checked. */
export interface UpdateNoteDetails {
  /** The ISO date (YYYY-MM-DD), for `<time datetime>`. */
  isoDate: string;
  /** The same date for people, e.g. "25 November 2026". */
  readableDate: string;
  /** The source page's address. */
  sourceUrl: string;
  /** The link text: the page title if given, otherwise the host and path. */
  sourceLabel: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const readable = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Validates the props of one note and returns what to render. Throws an error naming `where` (the page) and
 * the bad value: the date must be a real calendar date in ISO form and not in the future (`today`), and the
 * source must be an https URL.
 */
export function checkUpdateNote(
  props: { date?: unknown; source?: unknown; sourceTitle?: unknown },
  where: string,
  today: Date = new Date(),
): UpdateNoteDetails {
  const fail = (problem: string): never => {
    throw new Error(`<UpdateNote> on ${where}: ${problem}`);
  };
  const { date, source, sourceTitle } = props;

  if (typeof date !== 'string') return fail('the "date" prop is required, as YYYY-MM-DD.');
  const parts = ISO_DATE.exec(date);
  if (!parts) return fail(`date="${date}" is not an ISO date; write it as YYYY-MM-DD.`);
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const when = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March; a round trip that changes the date means it does not exist.
  if (when.getUTCFullYear() !== year || when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) {
    fail(`date="${date}" is not a real calendar date.`);
  }
  if (when.getTime() > today.getTime()) fail(`date="${date}" is in the future.`);

  if (typeof source !== 'string' || source === '')
    return fail('the "source" prop is required: the https URL of the documentation page.');
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return fail(`source="${source}" is not an absolute URL.`);
  }
  if (url.protocol !== 'https:') fail(`source="${source}" must use https.`);

  if (sourceTitle !== undefined && (typeof sourceTitle !== 'string' || sourceTitle.trim() === '')) {
    fail('"sourceTitle", when given, must be the non-empty title of the source page.');
  }
  const sourceLabel = typeof sourceTitle === 'string' ? sourceTitle.trim() : `${url.host}${url.pathname}`;

  return { isoDate: date, readableDate: readable.format(when), sourceUrl: url.href, sourceLabel };
}
