import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closureContains,
  q,
  qAdd,
  qOf,
  qSub,
  roundedArbitrary,
  roundedInterval,
  roundTo,
} from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { type Interval, interval } from './interval.js';
import { tradeConflict, tradeIntervals } from './trade-intervals.js';

const show = (range: Interval) => formatInterval(range);

// Nine months of 2024 (seed 004), in millions: $491.9 million, "$1 billion", $1.5 billion.
const exports2024 = interval('491.85', '491.95', '[)');
const imports2024 = interval('500', '1500', '[)');
const turnover2024 = interval('1450', '1550', '[)');

describe('tradeIntervals', () => {
  it('narrows the balance of nine months 2024 (seed 004) with its published turnover', () => {
    const known = tradeIntervals({
      exports: [exports2024],
      imports: [imports2024],
      turnover: [turnover2024],
    });
    expect(known && Object.values(known).map(show)).toEqual([
      '[491.85, 491.95]',
      '[958.05, 1058.15]',
      '[1450, 1550]',
      '[-566.3, -466.1]',
    ]);
  });

  it('without a turnover gives exports + imports and exports − imports', () => {
    const known = tradeIntervals({ exports: [exports2024], imports: [imports2024] });
    expect(known && [show(known.turnover), show(known.balance)]).toEqual([
      '[991.85, 1991.95]',
      '[-1008.15, -8.05]',
    ]);
  });

  it('narrows the imports and balance of Q1 2021 (seed 003): US$338.6 million of turnover', () => {
    const known = tradeIntervals({
      exports: [interval('159.55', '159.65', '[)')],
      imports: [interval('178.5', '179.5', '[)')],
      turnover: [interval('338.55', '338.65', '[)')],
    });
    expect(known && Object.values(known).map(show)).toEqual([
      '[159.55, 159.65]',
      '[178.9, 179.1]',
      '[338.55, 338.65]',
      '[-19.55, -19.25]',
    ]);
  });

  it('keeps what every published figure of a side allows', () => {
    const known = tradeIntervals({
      exports: [interval('0', '10'), interval('4', '20')],
      imports: [interval('0', '10')],
      turnover: [interval('0', '30'), interval('12', '14')],
    });
    expect(known && Object.values(known).map(show)).toEqual([
      '[4, 10]',
      '[2, 10]',
      '[12, 14]',
      '[-6, 8]',
    ]);
  });

  it('counts a rounding boundary as reachable, as reconcile does', () => {
    const known = tradeIntervals({
      exports: [interval('1', '2', '[)')],
      imports: [interval('1', '2', '[)')],
      turnover: [interval('4', '5', '[)')],
    });
    expect(known && [show(known.turnover), show(known.balance)]).toEqual(['[4, 4]', '[0, 0]']);
  });

  it('is null when the figures do not meet', () => {
    expect(
      tradeIntervals({
        exports: [exports2024],
        imports: [imports2024],
        turnover: [interval('2450', '2550', '[)')],
      }),
    ).toBeNull();
    expect(
      tradeIntervals({ exports: [interval('1', '2'), interval('3', '4')], imports: [imports2024] }),
    ).toBeNull();
    expect(
      tradeIntervals({
        exports: [exports2024],
        imports: [imports2024],
        turnover: [interval('1000', '1100'), interval('1200', '1300')],
      }),
    ).toBeNull();
  });

  it('needs a published exports and imports', () => {
    expect(() => tradeIntervals({ exports: [], imports: [imports2024] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['exports'] })],
      }),
    );
    expect(() => tradeIntervals({ exports: [exports2024], imports: [] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['imports'] })] }),
    );
  });

  it('contains the true values and reaches both ends of the balance', () => {
    const figure = roundedArbitrary({ min: 0n, max: 10n ** 9n, maxStep: 8 });
    const step = fc.integer({ min: -3, max: 9 });
    fc.assert(
      fc.property(figure, figure, step, (x, m, power) => {
        const exact = qAdd(x.exact, m.exact);
        const unit = power < 0 ? q(1n, 10n ** BigInt(-power)) : q(10n ** BigInt(power));
        const published = roundedInterval(roundTo(exact, unit, 'half-up'), unit, 'half-up');
        const known = tradeIntervals({
          exports: [x.range],
          imports: [m.range],
          turnover: [published],
        });
        expect(known).not.toBeNull();
        if (known === null) return;
        expect(closureContains(known.exports, x.exact)).toBe(true);
        expect(closureContains(known.imports, m.exact)).toBe(true);
        expect(closureContains(known.turnover, exact)).toBe(true);
        expect(closureContains(known.balance, qSub(x.exact, m.exact))).toBe(true);
        // Each end of the balance is a pair of allowed exports and imports within the turnover.
        const least = qAdd(qOf(known.exports.lo), qOf(known.imports.hi));
        const most = qAdd(qOf(known.exports.hi), qOf(known.imports.lo));
        expect(closureContains(known.turnover, least)).toBe(true);
        expect(closureContains(known.turnover, most)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('tradeConflict', () => {
  // 2017 in millions: $524.5 million of exports, $368.4 million of imports, $892.9 million.
  const exports2017 = interval('524.45', '524.55', '[)');
  const imports2017 = interval('368.35', '368.45', '[)');
  const turnover2017 = interval('892.85', '892.95', '[)');

  it('is null where the figures meet', () => {
    expect(
      tradeConflict({ exports: [exports2017], imports: [imports2017], turnover: [turnover2017] }),
    ).toBeNull();
    expect(tradeConflict({ exports: [exports2024], imports: [imports2024] })).toBeNull();
  });

  it('names a side whose published figures differ, though the turnover meets the sum', () => {
    const sixHundred = interval('599.5', '600.5', '[)');
    expect(
      tradeConflict({
        exports: [exports2017, sixHundred],
        imports: [imports2017],
        turnover: [turnover2017],
      }),
    ).toBe('exports');
    expect(
      tradeConflict({
        exports: [exports2017],
        imports: [imports2017, interval('400', '401')],
        turnover: [turnover2017],
      }),
    ).toBe('imports');
  });

  it('names the turnover when it lies outside the sum or two turnovers differ', () => {
    const far = interval('2450', '2550', '[)');
    expect(tradeConflict({ exports: [exports2024], imports: [imports2024], turnover: [far] })).toBe(
      'turnover',
    );
    expect(
      tradeConflict({
        exports: [exports2024],
        imports: [imports2024],
        turnover: [interval('1000', '1100'), interval('1200', '1300')],
      }),
    ).toBe('turnover');
  });

  it('needs a published exports and imports, as tradeIntervals', () => {
    expect(() => tradeConflict({ exports: [], imports: [imports2024] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
