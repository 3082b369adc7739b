import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { buildSeries } from './index.js';
import { parseTradeFlow } from './schemas.js';
import { summedUnit } from './summed-unit.js';

/** A flow's unit: none, or 1 to 999 times a power of ten from 1e-35 to 1e30. */
const unit = fc.option(
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -35, max: 30 }))
    .map(([digits, power]) => `${digits}e${power}`),
  { nil: undefined },
);

/** A flow of 0 (a multiple of any unit, so that only the units' sum can need 65 digits). */
const side = fc.record({
  precision: unit,
  derivation: fc.constantFrom(undefined, 'implied by a rate'),
  uncertain: fc.constantFrom(undefined, true),
});

type Side = { [K in 'precision' | 'derivation']: string | undefined } & {
  uncertain: true | undefined;
};

const flowOf = (flow: 'export' | 'import', { precision, derivation, uncertain }: Side) =>
  parseTradeFlow({
    reporter: 'VNM',
    partner: 'LAO',
    flow,
    period: '2024',
    value: '0',
    currency: 'USD',
    status: 'official',
    source: 'a',
    ...(precision === undefined ? {} : { precision: new Decimal(precision).toFixed() }),
    ...(derivation === undefined ? {} : { derivation }),
    ...(uncertain === undefined ? {} : { uncertain }),
  });

/** A value, or the code of the error its call throws. */
const valueOr = (call: () => Decimal | undefined) => {
  let value: string | undefined;
  const code = errorCode(() => {
    value = call()?.toFixed();
  });
  return code === 'no error' ? value : code;
};

describe('summedUnit', () => {
  it("gives the unit buildSeries's turnover writes out, on any two parts (they cannot drift)", () => {
    fc.assert(
      fc.property(side, side, (exported: Side, imported: Side) => {
        const series = () =>
          buildSeries([flowOf('export', exported), flowOf('import', imported)], {
            reporter: 'VNM',
            partner: 'LAO',
            measure: 'turnover',
            periodKind: 'year',
          }).points[0]?.precision;
        // The series' one addition: a part without a unit that is derived or approximate leaves
        // the sum without one.
        const unknown = [exported, imported].some(
          (part) => part.precision === undefined && (part.derivation || part.uncertain),
        );
        const rule = () =>
          unknown
            ? undefined
            : summedUnit(
                exported.precision === undefined ? undefined : new Decimal(exported.precision),
                imported.precision === undefined ? undefined : new Decimal(imported.precision),
              );
        expect(valueOr(series)).toBe(valueOr(rule));
      }),
      propertyRuns(0x38d, { ci: 300, full: 5000 }),
    );
  });

  it('is exact or PRECISION_EXCEEDED, never rounded (64 digits, and one for a carry)', () => {
    expect(summedUnit(new Decimal('1e30'), new Decimal('1e-32'))?.toFixed()).toBe(
      `1${'0'.repeat(30)}.${'0'.repeat(31)}1`,
    );
    expect(errorCode(() => summedUnit(new Decimal('1e30'), new Decimal('1e-33')))).toBe(
      'PRECISION_EXCEEDED',
    );
  });
});
