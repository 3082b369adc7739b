import { describe, expect, it } from 'vitest';
import { interval } from './interval.js';
import { intervalsOverlap } from './intervals-overlap.js';

describe('intervalsOverlap', () => {
  it('respects closedness unless asked for the closure', () => {
    const a = interval('1', '2', '[)');
    const b = interval('2', '3', '[]');
    expect(intervalsOverlap(a, b)).toBe(false);
    expect(intervalsOverlap(b, a)).toBe(false);
    expect(intervalsOverlap(a, b, { closure: true })).toBe(true);
    expect(intervalsOverlap(interval('1', '2', '[]'), b)).toBe(true);
    expect(intervalsOverlap(a, interval('0', '5'))).toBe(true);
    expect(intervalsOverlap(a, interval('2.1', '5'), { closure: true })).toBe(false);
  });
});
