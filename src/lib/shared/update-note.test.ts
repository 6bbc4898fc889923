/** The checks behind <UpdateNote>: good props render, and each kind of bad prop fails naming the page. */
import { describe, expect, it } from 'vitest';
import { checkUpdateNote } from './update-note';

const page = '/streaming-sources/kinesis-vs-firehose/';
const today = new Date(Date.UTC(2026, 10, 25));
const source = 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html';

describe('checkUpdateNote', () => {
  it('returns the ISO date, a readable date and the source title', () => {
    expect(checkUpdateNote({ date: '2026-11-25', source, sourceTitle: 'BufferingHints' }, page, today)).toEqual({
      isoDate: '2026-11-25',
      readableDate: '25 November 2026',
      sourceUrl: source,
      sourceLabel: 'BufferingHints',
    });
  });

  it('labels the link with host and path when no title is given', () => {
    expect(checkUpdateNote({ date: '2024-02-29', source }, page, today).sourceLabel).toBe(
      'docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
    );
  });

  it.each([
    [{ source }, /the "date" prop is required/],
    [{ date: '25/11/2026', source }, /date="25\/11\/2026" is not an ISO date/],
    [{ date: '2026-02-30', source }, /date="2026-02-30" is not a real calendar date/],
    [{ date: '2026-11-26', source }, /date="2026-11-26" is in the future/],
    [{ date: '2026-11-25' }, /the "source" prop is required/],
    [{ date: '2026-11-25', source: 'docs.aws.amazon.com/streams' }, /is not an absolute URL/],
    [{ date: '2026-11-25', source: 'http://docs.aws.amazon.com/streams/' }, /must use https/],
    [{ date: '2026-11-25', source, sourceTitle: ' ' }, /"sourceTitle", when given, must be/],
  ])('rejects %j', (props, problem) => {
    expect(() => checkUpdateNote(props, page, today)).toThrow(problem);
    expect(() => checkUpdateNote(props, page, today)).toThrow(`<UpdateNote> on ${page}:`);
  });
});
