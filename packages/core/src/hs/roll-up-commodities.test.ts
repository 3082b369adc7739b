import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { parseDataset } from '../dataset/dataset.js';
import { cents, centsText, rationalOf } from '../indicators/__fixtures__/rational.js';
import { soy } from '../io/__fixtures__/comtrade.js';
import { importComtrade } from '../io/import-comtrade.js';
import { money } from '../money/index.js';
import { formatPeriod } from '../period/format-period.js';
import { parsePeriod } from '../period/parse-period.js';
import type { HsLevel } from './hs-level.js';
import { rollUpCommodities } from './roll-up-commodities.js';

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ code, issues: [expect.objectContaining({ path })] });

const base = {
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export',
  period: parsePeriod('2024'),
  status: 'official',
  source: 'customs',
} as const;
const flow = (commodity: string | undefined, value: string, extra = {}) => ({
  ...base,
  ...(commodity === undefined ? {} : { commodity }),
  value: money(value, 'USD'),
  ...extra,
});

describe('rollUpCommodities', () => {
  it('sums subheadings to headings, chapters and sections exactly, leaving totals out', () => {
    const flows = [
      flow('120110', '0.1'),
      flow('120190', '0.2'),
      flow('1507', '5'),
      flow('0901', '7'),
      flow(undefined, '1000'),
    ];
    const at = (level: HsLevel) =>
      rollUpCommodities(flows, { level }).map((row) => [row.code, row.value.amount.toString()]);
    expect(at('heading')).toEqual([
      ['1201', '0.3'],
      ['1507', '5'],
      ['0901', '7'],
    ]);
    expect(at('chapter')).toEqual([
      ['12', '0.3'],
      ['15', '5'],
      ['09', '7'],
    ]);
    expect(at('section')).toEqual([
      ['II', '7.3'],
      ['III', '5'],
    ]);
    const [row] = rollUpCommodities(flows, { level: 'section' });
    expect(row).toMatchObject({ codes: ['0901', '120110', '120190'], sources: ['customs'] });
  });

  it('keeps reporters, partners, directions, periods and chapters without a section apart', () => {
    const rows = rollUpCommodities(
      [
        flow('1201', '1'),
        flow('1202', '2', { flow: 'import' }),
        flow('1203', '3', { period: parsePeriod('2023') }),
        flow('1204', '4', { partner: 'CHN' }),
        flow('9999', '5'),
        flow('9801', '6'),
      ],
      { level: 'section' },
    );
    expect(rows.map((row) => [row.partner, row.flow, formatPeriod(row.period), row.code])).toEqual([
      ['LAO', 'export', '2024', 'II'],
      ['LAO', 'import', '2024', 'II'],
      ['LAO', 'export', '2023', 'II'],
      ['CHN', 'export', '2024', 'II'],
      ['LAO', 'export', '2024', null],
    ]);
    expect(rows[4]?.value.amount.toString()).toBe('11');
  });

  it('gives the rows in the order of their first flows, series and codes interleaved', () => {
    const imported = { flow: 'import' };
    const rows = rollUpCommodities(
      [
        flow('120110', '1'),
        flow('150710', '2', imported),
        flow('150720', '3'),
        flow('120120', '4', imported),
        flow('120190', '5'),
        flow('150790', '6', imported),
      ],
      { level: 'heading' },
    );
    expect(rows.map((row) => [row.flow, row.code, row.value.amount.toString(), row.codes])).toEqual(
      [
        ['export', '1201', '6', ['120110', '120190']],
        ['import', '1507', '8', ['150710', '150790']],
        ['export', '1507', '3', ['150720']],
        ['import', '1201', '4', ['120120']],
      ],
    );
  });

  it('sums the preferred of several sources’ flows, never both', () => {
    const sources = [
      { id: 'customs', publisher: 'C', title: 'C', date: '2025-01-01', language: 'en' },
      { id: 'ministry', publisher: 'M', title: 'M', date: '2025-06-01', language: 'en' },
    ] as const;
    const rows = rollUpCommodities(
      [flow('1201', '10'), flow('1201', '12', { source: 'ministry' }), flow('1202', '1')],
      { level: 'chapter', sources },
    );
    expect(rows.map((row) => [row.value.amount.toString(), row.sources])).toEqual([
      ['13', ['ministry', 'customs']],
    ]);
  });

  it('reads the soy import (HS 1201, two years) as section II', () => {
    const { document } = importComtrade([soy(2021), soy(2023)]);
    const dataset = parseDataset({ id: 'soy', title: { en: 'Soy' }, ...document });
    const rows = rollUpCommodities(dataset.flows, { level: 'section' });
    expect(rows.map((row) => [formatPeriod(row.period), row.code, row.codes])).toEqual([
      ['2021', 'II', ['1201']],
      ['2023', 'II', ['1201']],
    ]);
    expect(rows[0]?.value.amount.toString()).toBe('27208101300');
  });

  it('refuses overlapping codes, codes coarser than the level, mixed currencies and bad options', () => {
    expect(() =>
      rollUpCommodities([flow('1201', '1'), flow('120190', '1')], { level: 'chapter' }),
    ).toThrow(refused('INVALID_INPUT', ['flows', 1, 'commodity']));
    expect(() =>
      rollUpCommodities([flow('120190', '1'), flow('12', '1')], { level: 'section' }),
    ).toThrow(refused('INVALID_INPUT', ['flows', 0, 'commodity']));
    expect(() => rollUpCommodities([flow('12', '1')], { level: 'heading' })).toThrow(
      refused('INVALID_INPUT', ['options', 'level']),
    );
    expect(() =>
      rollUpCommodities([flow('1201', '1'), { ...flow('1202', '1'), value: money('1', 'LAK') }], {
        level: 'chapter',
      }),
    ).toThrow(refused('CURRENCY_MISMATCH', ['flows', 1, 'value']));
    expect(() => rollUpCommodities([flow('1201', '1')], { level: 'HS2' as never })).toThrow(
      refused('INVALID_INPUT', ['options', 'level']),
    );
    expect(() => rollUpCommodities([flow('1201', '1')], undefined as never)).toThrow(
      refused('INVALID_INPUT', ['options']),
    );
    expect(() => rollUpCommodities([{ commodity: '1201' }] as never, { level: 'chapter' })).toThrow(
      refused('INVALID_INPUT', ['flows', 0]),
    );
  });

  it('matches BigInt sums by prefix and by a section table written out independently', () => {
    // HS 2022 sections by first chapter, as the WCO nomenclature lists them.
    const firsts = [
      1, 6, 15, 16, 25, 28, 39, 41, 44, 47, 50, 64, 68, 71, 72, 84, 86, 90, 93, 94, 97,
    ];
    const section = (chapter: number) => firsts.filter((first) => first <= chapter).length;
    const codes = fc.constantFrom(
      '010121',
      '020110',
      '120110',
      '120190',
      '150710',
      '270900',
      '271019',
      '851712',
      '970600',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(codes, cents), { selector: ([code]) => code, maxLength: 9 }),
        fc.constantFrom<HsLevel>('section', 'chapter', 'heading'),
        (rows, level) => {
          const expected = new Map<string, bigint>();
          for (const [code, hundredths] of rows) {
            const key =
              level === 'section'
                ? String(section(Number(code.slice(0, 2))))
                : code.slice(0, level === 'chapter' ? 2 : 4);
            expected.set(key, (expected.get(key) ?? 0n) + hundredths);
          }
          const got = rollUpCommodities(
            rows.map(([code, hundredths]) => flow(code, centsText(hundredths))),
            { level },
          );
          expect(got).toHaveLength(expected.size);
          for (const row of got) {
            const { num, den } = rationalOf(row.value.amount);
            const key =
              level === 'section'
                ? String(row.codes[0] === undefined ? 0 : section(Number(row.codes[0].slice(0, 2))))
                : (row.code ?? '');
            expect(num * 100n).toBe((expected.get(key) ?? -1n) * den);
          }
        },
      ),
      propertyRuns(1701, { ci: 60, full: 1000 }),
    );
  });
});
