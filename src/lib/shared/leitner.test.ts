/** The flashcard schedule over simulated days: Known spaces a card out, Again brings it back the same session. */
import { describe, expect, it } from 'vitest';
import { TOP_BOX, dayNumber, dueKeys, isCardState, type CardState } from './card-due';
import { INTERVALS, nextQueue, schedule } from './leitner';

describe('schedule', () => {
  it('moves a card one box up on Known, due after that box interval', () => {
    let state: CardState | undefined;
    let today = 100;
    const seen: number[] = [];
    for (let i = 0; i < INTERVALS.length + 2; i++) {
      seen.push(today);
      state = schedule(state, 'known', today);
      expect(state.box).toBe(Math.min(i + 1, TOP_BOX));
      today = state.due;
    }
    // Days 100, 101, 104, 111, 125, 155, then every 30 days from the top box.
    expect(seen).toEqual([100, 101, 104, 111, 125, 155, 185]);
  });

  it('sends a card back to box 0, due the same day, on Again', () => {
    const learnt = schedule(schedule(schedule(undefined, 'known', 0), 'known', 1), 'known', 4);
    expect(learnt.box).toBe(3);
    expect(schedule(learnt, 'review', 11)).toEqual({ box: 0, due: 11 });
  });
});

describe('a student over 60 simulated days', () => {
  it('brings each card back after 1, 3, 7, 14 and 30 days, and a missed card again the same session', () => {
    const keys = ['a', 'b', 'c', 'd'];
    const states: Record<string, CardState> = {};
    const dueOn: Record<number, number> = {};
    const seenOn: Record<number, string[]> = {};
    for (let today = 0; today < 60; today++) {
      let queue = dueKeys(keys, states, today);
      if (queue.length > 0) dueOn[today] = queue.length;
      while (queue.length > 0) {
        const key = queue[0]!;
        (seenOn[today] ??= []).push(key);
        // The student misses "c" the first time they see it on days 0 and 11, and knows everything else.
        const missed = key === 'c' && (today === 0 || today === 11) && !seenOn[today]!.slice(0, -1).includes('c');
        const mark = missed ? 'review' : 'known';
        states[key] = schedule(states[key], mark, today);
        queue = nextQueue(queue, key, mark);
        expect(seenOn[today]!.length).toBeLessThan(20);
      }
      // A session ends with every card scheduled for a later day.
      expect(dueKeys(keys, states, today)).toEqual([]);
    }
    // a, b and d: days 0, 1, 4, 11, 25, 55. c restarts on day 11: then 12, 15, 22 and 36.
    expect(dueOn).toEqual({ 0: 4, 1: 4, 4: 4, 11: 4, 12: 1, 15: 1, 22: 1, 25: 3, 36: 1, 55: 3 });
    // Missed cards come round again in the same session, after the others.
    expect(seenOn[0]).toEqual(['a', 'b', 'c', 'd', 'c']);
    expect(seenOn[11]).toEqual(['a', 'b', 'c', 'd', 'c']);
  });

  it('counts only the cards that are due: new ones, and scheduled ones whose day has come', () => {
    const states = { a: { box: 1, due: 5 }, b: { box: 2, due: 7 } };
    expect(dueKeys(['a', 'b', 'c'], states, 4)).toEqual(['c']);
    expect(dueKeys(['a', 'b', 'c'], states, 5)).toEqual(['a', 'c']);
    expect(dueKeys(['a', 'b', 'c'], states, 9)).toEqual(['a', 'b', 'c']);
  });
});

describe('nextQueue', () => {
  it('puts Again at the back and takes Known out', () => {
    expect(nextQueue(['a', 'b', 'c'], 'a', 'review')).toEqual(['b', 'c', 'a']);
    expect(nextQueue(['a', 'b', 'c'], 'a', 'known')).toEqual(['b', 'c']);
    expect(nextQueue(['a'], 'a', 'review')).toEqual(['a']);
  });

  it('ignores a mark for a card that is not at the front', () => {
    expect(nextQueue(['a', 'b'], 'b', 'known')).toEqual(['a', 'b']);
  });
});

describe('dayNumber', () => {
  it('counts every calendar day once, across daylight-saving changes and leap days', () => {
    for (let day = 0; day < 3 * 366; day++) {
      const morning = new Date(2027, 0, 1 + day, 0, 30);
      const night = new Date(2027, 0, 1 + day, 23, 30);
      expect(dayNumber(night)).toBe(dayNumber(morning));
      expect(dayNumber(new Date(2027, 0, 2 + day, 0, 30))).toBe(dayNumber(morning) + 1);
    }
    expect(dayNumber(new Date(1970, 0, 1, 12))).toBe(0);
  });
});

describe('isCardState', () => {
  it('accepts only whole boxes in range and whole days', () => {
    expect(isCardState({ box: 0, due: 20_000 })).toBe(true);
    expect(isCardState({ box: TOP_BOX, due: 1 })).toBe(true);
    expect(isCardState({ box: TOP_BOX + 1, due: 1 })).toBe(false);
    expect(isCardState({ box: -1, due: 1 })).toBe(false);
    expect(isCardState({ box: 1.5, due: 1 })).toBe(false);
    expect(isCardState({ box: 1, due: '2026-11-26' })).toBe(false);
    expect(isCardState(null)).toBe(false);
    expect(isCardState('known')).toBe(false);
  });
});
