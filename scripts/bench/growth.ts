/**
 * How build time grows with the page count, from the scale run's points: the cost per added page between each pair
 * of neighbouring runs, and a verdict. Growth is linear when each page costs about the same however large the site
 * already is; a later segment that costs much more per page means some step does work per page that grows with the
 * site (O(n²)), which is what this check is for.
 */
export interface GrowthPoint {
  pages: number;
  seconds: number;
}

/** Per-page costs within ±35% of each other count as linear: warm builds on a shared machine jitter that much. */
const TOLERANCE = 1.35;

export function growthOf(points: GrowthPoint[]) {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  const segments = sorted.slice(1).flatMap((to, i) => {
    const from = sorted[i]!;
    return to.pages > from.pages
      ? [{ from: from.pages, to: to.pages, msPerPage: ((to.seconds - from.seconds) * 1000) / (to.pages - from.pages) }]
      : [];
  });
  const first = segments.at(0);
  const last = segments.at(-1);
  let verdict: 'linear' | 'faster than linear' | 'slower than linear' | 'unknown (needs three scale runs)' =
    'unknown (needs three scale runs)';
  if (first && last && segments.length >= 2) {
    const ratio = last.msPerPage / first.msPerPage;
    verdict = ratio > TOLERANCE ? 'faster than linear' : ratio < 1 / TOLERANCE ? 'slower than linear' : 'linear';
  }
  return { segments, verdict };
}
