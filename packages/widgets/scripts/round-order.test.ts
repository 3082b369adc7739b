import { describe, expect, it } from 'vitest';
import { roundOrder } from './round-order.js';

describe('roundOrder', () => {
  it('opens each folder once a round, starting one folder later each round', () => {
    expect([0, 1, 2, 3].map((round) => roundOrder(3, round))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
      [0, 1, 2],
    ]);
  });

  it('alternates two folders, and puts each first in as many rounds of an even count', () => {
    const firsts = Array.from({ length: 6 }, (_, round) => roundOrder(2, round)[0]);
    expect(firsts).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('starts the warm-up round (-1) as the first counted one, and one folder in place', () => {
    expect(roundOrder(2, -1)).toEqual([0, 1]);
    expect(roundOrder(1, 5)).toEqual([0]);
  });
});
