import { describe, expect, it } from 'vitest';
import { stats } from './sizes';

describe('stats', () => {
  it('gives the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(stats([5, 1, 3])).toEqual({ median: 3, max: 5 });
    expect(stats([4, 1, 3, 2])).toEqual({ median: 2.5, max: 4 });
  });

  it('is zero for no values', () => {
    expect(stats([])).toEqual({ median: 0, max: 0 });
  });
});
