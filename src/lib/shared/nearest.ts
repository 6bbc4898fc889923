/** Suggestions for a mistyped name: the candidates closest to it by edit distance, best first. */
import { distance } from 'fastest-levenshtein';

export function nearest(wanted: string, candidates: Iterable<string>, count = 3): string[] {
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, cost: distance(wanted, candidate) }))
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
