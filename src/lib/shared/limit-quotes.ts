/**
 * Numbers to memorise, checked against the prose that quotes them. A guide's `limits.yaml` is the one place a
 * quota or default is written down; the numbers page, the flashcards and the shard calculator read it, and prose
 * that quotes a limit in words is checked here, so the page, the cards and the text cannot disagree.
 *
 * Pure: runs in the build (lib/collections/limits.ts) and in the unit tests, with no file access.
 */

/** What the check needs of one limit (a subset of the schema in src/schemas/limits.ts). */
export interface QuotedLimit {
  id: string;
  value: number;
  /** Regular expressions with one capture group around the quoted number. */
  quoted?: string[] | undefined;
}

/** One file's text and the name errors give it ("content/streaming-sources/muddy-points.mdx"). */
export interface QuoteSource {
  file: string;
  text: string;
}

/** A quote of a limit whose number differs from the data file, or a pattern that finds nothing to check. */
export interface QuoteProblem {
  limit: string;
  message: string;
}

/** "1,000" → 1000, "2.5" → 2.5; undefined for anything that is not a plain decimal number. */
export function parseQuotedNumber(text: string): number | undefined {
  const plain = text.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/** The 1-based line of `index` in `text`. */
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Every quote of every limit across `sources`. A match whose captured number is not the limit's value, a pattern
 * that is not a valid regular expression or has no capture group, and a pattern that matches nowhere (a check
 * that can no longer fail) are each a problem naming the limit, and the file and line where there is one.
 */
export function findMisquotes(limits: readonly QuotedLimit[], sources: readonly QuoteSource[]): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const limit of limits) {
    for (const pattern of limit.quoted ?? []) {
      let regex: RegExp;
      try {
        regex = new RegExp(pattern, 'g');
      } catch (error) {
        problems.push({ limit: limit.id, message: `quoted /${pattern}/ is not a regular expression: ${error}` });
        continue;
      }
      let found = 0;
      for (const { file, text } of sources) {
        for (const match of text.matchAll(regex)) {
          found += 1;
          const captured = match[1];
          const where = `${file}:${lineOf(text, match.index)}`;
          if (captured === undefined) {
            problems.push({ limit: limit.id, message: `quoted /${pattern}/ has no capture group around the number` });
            break;
          }
          const quoted = parseQuotedNumber(captured);
          if (quoted !== limit.value) {
            problems.push({
              limit: limit.id,
              message: `${where}: "${match[0]}" quotes ${captured}, but limits.yaml gives ${limit.value}`,
            });
          }
        }
      }
      if (found === 0) {
        problems.push({
          limit: limit.id,
          message: `quoted /${pattern}/ matches nothing in the guide: update or remove the pattern`,
        });
      }
    }
  }
  return problems;
}

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** How the numbers page and the flashcards show a limit: "1,000 records/s", "−1", "5 MiB". */
export function formatLimit(value: number, unit: string): string {
  const number = grouping.format(value).replace('-', '−');
  return unit ? `${number} ${unit}` : number;
}
