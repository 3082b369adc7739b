import { describe, expectTypeOf, it } from 'vitest';
import type { LowerBound } from './published-amount.js';
import { type PublishedAmountJson, parseStatement } from './statement.js';

const figure = { text: 'US$565 million', value: '565000000', currency: 'USD' } as const;

describe('a published amount as the readers return it', () => {
  it('records its bound beside a truncated figure: code that forgets it does not compile', () => {
    const recorded: PublishedAmountJson = { ...figure, rounding: 'truncate', bound: 'more-than' };
    const rounded: PublishedAmountJson = { ...figure, rounding: 'nearest' };
    // @ts-expect-error: a truncated figure ("US$565 million", 565 to 566 million) gives its bound
    const unrecorded: PublishedAmountJson = { ...figure, rounding: 'truncate' };
    // @ts-expect-error: a bound is a figure rounded 'truncate', never 'nearest'
    const nearest: PublishedAmountJson = { ...figure, rounding: 'nearest', bound: 'at-least' };
    expectTypeOf([recorded, rounded, unrecorded, nearest]).toBeArray();
  });

  it("gives a parsed statement's truncated amount a bound", () => {
    const statement = parseStatement({});
    if (statement.kind === 'level' && statement.amount.rounding === 'truncate') {
      expectTypeOf(statement.amount.bound).toEqualTypeOf<LowerBound>();
    }
  });
});
