import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import * as core from '../index.js';
import { interval } from './interval.js';
import { narrowedCoverage } from './narrowed-coverage.js';

const d = (text: string) => new Decimal(text);

describe("narrowedCoverage: a narrowed period's coverage, as the report and the card give it", () => {
  it("keeps the flows' ratio where both flows lie in the kept sides, to the kept sides' digits", () => {
    // Exports US$600.00 million, imports "US$0.5 billion", a turnover of US$1,100 million: the
    // imports kept to US$499.495 to 500.505 million, known to two digits ("about 120 %").
    const cover = narrowedCoverage(d('600000000'), d('500000000'), {
      exports: interval('599995000', '600005000'),
      imports: interval('499495000', '500505000'),
    });
    expect(cover).toEqual({ ratio: undefined, digits: 2 });
  });

  it("takes the kept sides' midpoints' ratio where a flow lies outside them", () => {
    const { ratio, digits } = narrowedCoverage(d('1000000000'), d('1020000000'), {
      exports: interval('1030000000', '1050000000'),
      imports: interval('1015000000', '1025000000'),
    });
    expect([ratio?.toFixed(), digits]).toEqual([d('1040').div(d('1020')).toFixed(), 3]);
  });

  it('gives no ratio where the kept imports are not above 0', () => {
    const cover = narrowedCoverage(d('5'), d('1'), {
      exports: interval('4', '6'),
      imports: interval('0', '0'),
    });
    expect(cover.ratio).toBeNull();
  });

  it('gives no digits where both kept sides are exact', () => {
    const cover = narrowedCoverage(d('5'), d('4'), {
      exports: interval('5', '5'),
      imports: interval('4', '4'),
    });
    expect(cover).toEqual({ ratio: undefined, digits: undefined });
  });

  it('is in the package, for the widgets', () => {
    expect(core.narrowedCoverage).toBe(narrowedCoverage);
  });
});
