import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { parseDataset } from '../dataset/schemas.js';
import { listEconomies } from '../economy/index.js';
import { type ComtradeJson, renameKeys, snakeCase, toCsv } from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';

const RUNS = propertyRuns(20230101, { ci: 250, full: 1000 });

const economies = listEconomies();
const reporters = economies.filter((economy) => economy.code !== 'WLD');

/** What a generated record should import as. */
interface Expected {
  readonly reporter: string;
  readonly partner: string;
  readonly flow: 'export' | 'import';
  readonly period: string;
  readonly commodity: string | undefined;
  /** The value as given: a decimal string or a number. */
  readonly value: string | number;
  readonly breakdown: boolean;
}

const periodArbitrary = fc.oneof(
  fc.integer({ min: 1988, max: 2035 }).map((year) => ({
    fields: {
      freqCode: 'A',
      refPeriodId: year * 10000 + 101,
      refYear: year,
      refMonth: 52,
      period: String(year),
    },
    text: String(year),
  })),
  fc
    .record({ year: fc.integer({ min: 1988, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => {
      const mm = String(month).padStart(2, '0');
      return {
        fields: {
          freqCode: 'M',
          refPeriodId: Number(`${year}${mm}01`),
          refYear: year,
          refMonth: month,
          period: `${year}${mm}`,
        },
        text: `${year}-${mm}`,
      };
    }),
);

/** Values as UN Comtrade gives them: decimal strings (up to 18 digits) or JSON numbers that a double holds exactly. */
const valueArbitrary = fc.oneof(
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
    )
    .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`)),
  fc.integer({ min: 0, max: 2 ** 53 - 1 }),
  fc.integer({ min: 0, max: 10 ** 12 }).map((cents) => cents / 100),
);

const recordArbitrary = fc
  .record({
    reporter: fc.constantFrom(...reporters),
    partner: fc.constantFrom(...economies),
    flowCode: fc.constantFrom('X', 'M'),
    period: periodArbitrary,
    cmdCode: fc.oneof(fc.constant('TOTAL'), fc.stringMatching(/^(?:\d{2}|\d{4}|\d{6})$/)),
    value: valueArbitrary,
    motCode: fc.constantFrom(0, 0, 0, 2100),
  })
  .map((generated) => {
    const json: ComtradeJson = {
      typeCode: 'C',
      ...generated.period.fields,
      reporterCode: generated.reporter.comtradeCode,
      reporterISO: generated.reporter.comtradeIso,
      flowCode: generated.flowCode,
      partnerCode: generated.partner.comtradeCode,
      partnerISO: generated.partner.comtradeIso,
      partner2Code: 0,
      classificationCode: 'H6',
      cmdCode: generated.cmdCode,
      customsCode: 'C00',
      motCode: generated.motCode,
      qtyUnitCode: -1,
      qty: 0,
      cifvalue: generated.flowCode === 'M' ? generated.value : null,
      fobvalue: generated.flowCode === 'X' ? generated.value : null,
      primaryValue: generated.value,
      legacyEstimationFlag: 0,
      isReported: true,
      isAggregate: false,
    };
    const expected: Expected = {
      reporter: generated.reporter.code,
      partner: generated.partner.code,
      flow: generated.flowCode === 'X' ? 'export' : 'import',
      period: generated.period.text,
      commodity: generated.cmdCode === 'TOTAL' ? undefined : generated.cmdCode,
      value: generated.value,
      breakdown: generated.motCode !== 0,
    };
    return { json, expected };
  });

const setArbitrary = fc.record({
  records: fc.uniqueArray(recordArbitrary, {
    maxLength: 12,
    selector: ({ expected: e }) =>
      [e.reporter, e.partner, e.flow, e.period, e.commodity ?? 'TOTAL', e.breakdown].join('|'),
  }),
  container: fc.constantFrom('envelope', 'array', 'json-text', 'csv', 'csv-crlf-bom'),
  keys: fc.constantFrom('camel', 'snake'),
});

describe('importComtrade: properties', () => {
  it('imports any valid record set to a document parseDataset accepts, with the values exactly as given', () => {
    fc.assert(
      fc.property(setArbitrary, ({ records, container, keys }) => {
        const json = records.map((entry) => entry.json);
        const renamed = keys === 'snake' ? renameKeys(json, snakeCase) : json;
        const input =
          container === 'envelope'
            ? { elapsedTime: '0.1 secs', count: renamed.length, data: renamed, error: '' }
            : container === 'array'
              ? renamed
              : container === 'json-text'
                ? JSON.stringify(renamed)
                : toCsv(renamed, {
                    crlf: container === 'csv-crlf-bom',
                    bom: container === 'csv-crlf-bom',
                  });
        if (container.startsWith('csv') && renamed.length === 0) return true;
        const { document, report } = importComtrade(input, { date: '2025-01-01' });
        const dataset = parseDataset({ id: 'property', title: { en: 'Property' }, ...document });

        // Every row is imported or excluded, once.
        const excluded = report.excluded.flatMap((group) => group.rows);
        expect([...report.flowRows, ...excluded].sort((a, b) => a - b)).toEqual(
          records.map((_, index) => index),
        );
        expect(document.flows).toHaveLength(dataset.flows.length);
        records.forEach(({ expected }, index) => {
          const at = report.flowRows.indexOf(index);
          if (expected.breakdown || expected.reporter === expected.partner) {
            expect(at).toBe(-1);
            return;
          }
          const flow = document.flows[at];
          expect(flow).toBeDefined();
          expect(flow?.reporter).toBe(expected.reporter);
          expect(flow?.partner).toBe(expected.partner);
          expect(flow?.flow).toBe(expected.flow);
          expect(flow?.period).toBe(expected.period);
          expect(flow?.commodity).toBe(expected.commodity);
          expect(flow?.valuation).toBe(expected.flow === 'export' ? 'FOB' : 'CIF');
          // Exactly the input: the decimal string, or the number through its string form.
          const given = new Decimal(String(expected.value));
          expect(flow?.value).toBe(given.toFixed());
          expect(dataset.flows[at]?.value.amount.eq(given)).toBe(true);
        });
        return true;
      }),
      RUNS,
    );
    // Most of its 1.4-1.6 s (load 12) is fixed work, not the runs (100 runs took as long as 250):
    // 30 s keeps it far from its timeout in a full run on a loaded 2-core machine.
  }, 30_000);
});
