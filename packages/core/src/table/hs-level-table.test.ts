import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { HsLevel } from '../hs/hs-level.js';
import { cents, centsText, rationalOf } from '../indicators/__fixtures__/rational.js';
import { flowTableFromRecords } from './flow-table-from-records.js';
import { hsLevelTable } from './hs-level-table.js';
import { sumBy } from './sum-by.js';

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ code, issues: [expect.objectContaining({ path })] });

const record = (commodity: string | undefined, value: string, extra = {}) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export' as const,
  period: '2024',
  ...(commodity === undefined ? {} : { commodity }),
  value,
  currency: 'USD',
  source: 'customs',
  ...extra,
});

const sums = (records: ReturnType<typeof record>[], level: HsLevel) =>
  sumBy(hsLevelTable(flowTableFromRecords(records), level), ['flow', 'commodity'])
    .toRows()
    .map((row) => [row.flow, row.commodity, row.value.toString()]);

describe('hsLevelTable', () => {
  it('reads commodity rows at a coarser level for sumBy, leaving totals out', () => {
    const records = [
      record('120110', '0.1'),
      record('120190', '0.2'),
      record('1507', '5'),
      record('0901', '7'),
      record('0901', '1', { flow: 'import' }),
      record('9999', '2'),
      record(undefined, '1000'),
    ];
    expect(sums(records, 'heading')).toEqual([
      ['export', '1201', '0.3'],
      ['export', '1507', '5'],
      ['export', '0901', '7'],
      ['import', '0901', '1'],
      ['export', '9999', '2'],
    ]);
    expect(sums(records, 'section')).toEqual([
      ['export', 'II', '7.3'],
      ['export', 'III', '5'],
      ['import', 'II', '1'],
      ['export', '', '2'],
    ]);
  });

  it('refuses overlapping codes of one series, codes coarser than the level and unknown levels', () => {
    const table = flowTableFromRecords([record('1201', '1'), record('120190', '1')]);
    expect(() => hsLevelTable(table, 'chapter')).toThrow(
      refused('INVALID_INPUT', ['table', 'commodity', '120190']),
    );
    // The same codes in different series (periods) are not an overlap.
    const apart = flowTableFromRecords([
      record('1201', '1'),
      record('120190', '2', { period: '2023' }),
    ]);
    expect(sumBy(hsLevelTable(apart, 'chapter'), ['commodity']).toRows()[0]?.value.toString()).toBe(
      '3',
    );
    expect(() => hsLevelTable(flowTableFromRecords([record('12', '1')]), 'heading')).toThrow(
      refused('INVALID_INPUT', ['level']),
    );
    expect(() => hsLevelTable(flowTableFromRecords([]), 'HS2' as never)).toThrow(
      refused('INVALID_INPUT', ['level']),
    );
  });

  it('agrees with BigInt sums by code prefix', () => {
    const codes = fc.constantFrom(
      '010121',
      '020110',
      '120110',
      '120190',
      '150710',
      '270900',
      '271019',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(codes, cents), { maxLength: 12 }),
        fc.constantFrom<HsLevel>('chapter', 'heading'),
        (rows, level) => {
          const digits = level === 'chapter' ? 2 : 4;
          const expected = new Map<string, bigint>();
          for (const [code, hundredths] of rows) {
            const key = code.slice(0, digits);
            expected.set(key, (expected.get(key) ?? 0n) + hundredths);
          }
          const got = sumBy(
            hsLevelTable(
              flowTableFromRecords(
                rows.map(([code, hundredths]) => record(code, centsText(hundredths))),
              ),
              level,
            ),
            ['commodity'],
          ).toRows();
          expect(got).toHaveLength(expected.size);
          for (const row of got) {
            const { num, den } = rationalOf(row.value);
            expect(num * 100n).toBe((expected.get(row.commodity ?? '') ?? -1n) * den);
          }
        },
      ),
      propertyRuns(1703, { ci: 60, full: 1000 }),
    );
  });
});
