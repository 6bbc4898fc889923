import { describe, expect, it } from 'vitest';
import { growthOf } from './growth.ts';

describe('growthOf', () => {
  it('calls a constant cost per page linear', () => {
    const points = [1, 10, 100].map((n) => ({ pages: 20 * n, seconds: 5 + 0.04 * 20 * n }));
    const { segments, verdict } = growthOf(points);
    expect(verdict).toBe('linear');
    expect(segments.map((s) => Math.round(s.msPerPage))).toEqual([40, 40]);
  });

  it('flags a per-page cost that grows with the site (quadratic) as faster than linear', () => {
    const points = [1, 10, 100].map((n) => ({ pages: 20 * n, seconds: 5 + 0.00005 * (20 * n) ** 2 }));
    expect(growthOf(points).verdict).toBe('faster than linear');
  });

  it('needs three runs for a verdict, and sorts them by size', () => {
    expect(
      growthOf([
        { pages: 200, seconds: 10 },
        { pages: 20, seconds: 2 },
      ]).verdict,
    ).toBe('unknown (needs three scale runs)');
    expect(
      growthOf([
        { pages: 200, seconds: 10 },
        { pages: 20, seconds: 2 },
      ]).segments[0]!.from,
    ).toBe(20);
  });
});
