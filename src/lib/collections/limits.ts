/**
 * A guide's numbers to memorise (`content/<guide>/limits.yaml`), and the check that the guide's own text quotes
 * each of them as the data file gives it. The numbers page, the flashcards and the shard calculator read the
 * limits from here; the check runs when the numbers page is built, so a misquote fails the build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { oncePerBuild } from './once-per-build';
import { getGuidePages } from './guides';
import { findMisquotes, type QuoteSource } from '../shared/limit-quotes';
import type { Limit } from '../../schemas/limits';

export type { Limit };

const limitsByGuide = oncePerBuild(
  async () => new Map((await getCollection('limits')).map((entry) => [entry.id, entry])),
);

/** The guide's limits in the data file's order, or none when it has no limits.yaml. */
export async function getLimits(guideId: string): Promise<Limit[]> {
  return (await limitsByGuide()).get(guideId)?.data.limits ?? [];
}

/** The guide's limits.yaml, for error messages. */
const limitsFileOf = async (guideId: string) =>
  (await limitsByGuide()).get(guideId)?.filePath ?? `content/${guideId}/limits.yaml`;

/** A limit by id: the build fails, naming the file, when the guide's data file lacks it. */
export async function requireLimit(guideId: string, id: string, neededBy: string): Promise<Limit> {
  const limit = (await getLimits(guideId)).find((entry) => entry.id === id);
  if (!limit) throw new Error(`${await limitsFileOf(guideId)}: ${neededBy} needs a limit with id "${id}".`);
  return limit;
}

/** Groups the limits under their topics, topics in the order they first appear. */
export function limitsByTopic(limits: readonly Limit[]): { topic: string; limits: Limit[] }[] {
  const topics = new Map<string, Limit[]>();
  for (const limit of limits) topics.set(limit.topic, [...(topics.get(limit.topic) ?? []), limit]);
  return [...topics].map(([topic, entries]) => ({ topic, limits: entries }));
}

/**
 * Fails the build when any text of the guide (its pages' MDX, its glossary and practice files) quotes a limit with
 * another number than limits.yaml gives, or when a limit's `quoted` pattern has stopped matching anything. Files
 * are read whole, frontmatter included, so the error's line is the line in the editor.
 */
export async function checkLimitQuotes(guideId: string): Promise<void> {
  const limits = await getLimits(guideId);
  if (!limits.some((limit) => limit.quoted?.length)) return;
  const files = [
    ...(await getGuidePages(guideId)).map((page) => page.filePath),
    (await getCollection('glossary')).find((entry) => entry.id === guideId)?.filePath,
    (await getEntry('practice', guideId))?.filePath,
  ].filter((file): file is string => file !== undefined);
  const sources: QuoteSource[] = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const problems = findMisquotes(limits, sources);
  if (problems.length > 0) {
    throw new Error(
      `${await limitsFileOf(guideId)}: the guide quotes limits differently from this file:\n` +
        problems.map(({ limit, message }) => `  - ${limit}: ${message}`).join('\n'),
    );
  }
}
