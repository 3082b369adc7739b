import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import { money } from '../money/index.js';
import { formatPeriod } from '../period/format-period.js';
import { parsePeriod } from '../period/parse-period.js';
import {
  cents,
  centsText,
  isRounded64,
  type Rational,
  rationalOf,
} from './__fixtures__/rational.js';
import { mirrorFlows } from './mirror-flows.js';

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ code, issues: [expect.objectContaining({ path })] });

const flow = (
  reporter: string,
  partner: string,
  direction: 'export' | 'import',
  value: string,
  extra: Partial<TradeFlow> = {},
): TradeFlow => ({
  reporter,
  partner,
  flow: direction,
  period: parsePeriod('2024'),
  value: money(value, 'USD'),
  status: 'official',
  source: 'customs',
  ...extra,
});

describe('mirrorFlows', () => {
  it('puts each exporter’s report beside the importer’s, per direction, period and product', () => {
    const rows = mirrorFlows(
      [
        flow('VNM', 'LAO', 'export', '500'),
        flow('LAO', 'VNM', 'import', '560'),
        flow('VNM', 'LAO', 'export', '100', { commodity: '2601' }),
        flow('LAO', 'VNM', 'import', '90', { commodity: '2601' }),
        flow('LAO', 'VNM', 'export', '200', { period: parsePeriod('2023') }),
        flow('VNM', 'LAO', 'import', '300', { period: parsePeriod('2023') }),
        flow('VNM', 'LAO', 'import', '330'),
        flow('VNM', 'THA', 'export', '999'),
      ],
      { economies: ['VNM', 'LAO'] },
    );
    expect(
      rows.map((row) => [
        row.exporter,
        formatPeriod(row.period),
        row.commodity,
        row.gap?.amount.toString() ?? null,
        row.relativeGap.value?.toString() ?? null,
        row.band,
        row.flagged,
      ]),
    ).toEqual([
      ['VNM', '2024', null, '60', '0.12', 'within', false],
      ['VNM', '2024', '2601', '-10', '-0.1', 'below', true],
      ['LAO', '2023', null, '100', '0.5', 'above', true],
      ['LAO', '2024', null, null, null, null, false],
    ]);
    expect(rows[3]).toMatchObject({
      exports: null,
      relativeGap: {
        value: null,
        reason: 'missing-denominator',
        message: 'LAO reported no exports to VNM',
      },
      reconciled: null,
      reconciledFrom: null,
    });
  });

  it('says why there is no relative gap: no imports reported, or exports of 0', () => {
    const rows = mirrorFlows(
      [
        flow('LAO', 'CHN', 'export', '5'),
        flow('LAO', 'CHN', 'export', '0', { commodity: '2601' }),
        flow('CHN', 'LAO', 'import', '3', { commodity: '2601' }),
      ],
      { economies: ['LAO', 'CHN'] },
    );
    expect(
      rows.map((row) => (row.relativeGap.value === null ? row.relativeGap.reason : 'value')),
    ).toEqual(['missing-value', 'zero-denominator']);
    expect(rows[1]).toMatchObject({ band: 'above', flagged: true });
  });

  it('reconciles by the importer’s value brought to FOB, or by the mean of both', () => {
    const flows = [
      flow('VNM', 'LAO', 'export', '500'),
      flow('LAO', 'VNM', 'import', '561'),
      flow('VNM', 'LAO', 'export', '7', { period: parsePeriod('2023') }),
    ];
    const importer = mirrorFlows(flows, { economies: ['VNM', 'LAO'], reconcile: 'importer' });
    expect(importer.map((row) => [row.reconciled?.amount.toString(), row.reconciledFrom])).toEqual([
      ['7', 'exporter'],
      ['510', 'importer'],
    ]);
    const mean = mirrorFlows(flows, {
      economies: ['VNM', 'LAO'],
      reconcile: 'mean',
      cifFobFactor: '1.1',
    });
    expect(mean.map((row) => [row.reconciled?.amount.toString(), row.reconciledFrom])).toEqual([
      ['7', 'exporter'],
      ['505', 'both'],
    ]);
  });

  it('takes the preferred of several sources’ reports, and a custom band', () => {
    const sources = [
      { id: 'customs', publisher: 'C', title: 'C', date: '2025-01-01', language: 'en' },
      { id: 'revision', publisher: 'C', title: 'R', date: '2025-06-01', language: 'en' },
    ] as const;
    const [row] = mirrorFlows(
      [
        flow('VNM', 'LAO', 'export', '100'),
        flow('VNM', 'LAO', 'export', '80', { source: 'revision' }),
        flow('LAO', 'VNM', 'import', '100'),
      ],
      { economies: ['VNM', 'LAO'], sources, band: ['1', '1.3'] },
    );
    expect([row?.exports?.amount.toString(), row?.band]).toEqual(['80', 'within']);
  });

  it('refuses bad requests with every path, and reports in two currencies', () => {
    expect(() => mirrorFlows([], { economies: ['VNM', 'vnm'] })).toThrow(
      refused('INVALID_INPUT', ['request', 'economies', 1]),
    );
    expect(() => mirrorFlows([], { economies: ['VNM', 'VNM'] })).toThrow(
      refused('INVALID_INPUT', ['request', 'economies', 1]),
    );
    expect(() => mirrorFlows([], { economies: ['VNM'] } as never)).toThrow(
      refused('INVALID_INPUT', ['request', 'economies']),
    );
    expect(() => mirrorFlows([], { economies: ['VNM', 'LAO'], band: ['1.2', '1'] })).toThrow(
      refused('INVALID_INPUT', ['request', 'band']),
    );
    expect(() => mirrorFlows([], { economies: ['VNM', 'LAO'], band: '1' as never })).toThrow(
      refused('INVALID_INPUT', ['request', 'band']),
    );
    expect(() => mirrorFlows([], { economies: ['VNM', 'LAO'], cifFobFactor: '0' })).toThrow(
      refused('INVALID_INPUT', ['request', 'cifFobFactor']),
    );
    expect(() => mirrorFlows([], { economies: ['VNM', 'LAO'], cifFobFactor: 'ten' })).toThrow(
      refused('INVALID_DECIMAL', ['request', 'cifFobFactor']),
    );
    expect(() =>
      mirrorFlows([], { economies: ['VNM', 'LAO'], reconcile: 'BACI' as never }),
    ).toThrow(refused('INVALID_INPUT', ['request', 'reconcile']));
    expect(() => mirrorFlows([], null as never)).toThrow(refused('INVALID_INPUT', ['request']));
    expect(() => mirrorFlows([{}] as never, { economies: ['VNM', 'LAO'] })).toThrow(
      refused('INVALID_INPUT', ['flows', 0]),
    );
    expect(() =>
      mirrorFlows(
        [
          flow('VNM', 'LAO', 'export', '1'),
          { ...flow('LAO', 'VNM', 'import', '1'), value: money('1', 'LAK') },
        ],
        { economies: ['VNM', 'LAO'] },
      ),
    ).toThrow(refused('CURRENCY_MISMATCH', ['flows', 1, 'value']));
  });

  it('refuses, rather than rounds, a gap past 64 significant digits, in subtract’s words', () => {
    // 10^35 + 10^-30 − 1 needs 66 digits: it was rounded to 99999999999999999999999999999999999.
    const large = `1${'0'.repeat(35)}.${'1'.padStart(30, '0')}`;
    expect(() =>
      mirrorFlows([flow('VNM', 'LAO', 'export', '1'), flow('LAO', 'VNM', 'import', large)], {
        economies: ['VNM', 'LAO'],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'PRECISION_EXCEEDED',
        issues: [
          expect.objectContaining({
            message: `${large} - 1 needs more than 64 significant digits to be exact`,
          }),
        ],
      }),
    );
  });

  it('rounds the mean of both once, from its exact numerator (exports × factor + imports)', () => {
    // ((0.1 + 3e-28) × 1.05 + 10^35) ÷ 2.1: the numerator needs 66 digits; rounded to 64 first, the
    // quotient's last digit came out 6 where the exact quotient rounds to 7.
    const [row] = mirrorFlows(
      [
        flow('VNM', 'LAO', 'export', `0.1${'3'.padStart(27, '0')}`),
        flow('LAO', 'VNM', 'import', '1e35'),
      ],
      { economies: ['VNM', 'LAO'], reconcile: 'mean', cifFobFactor: '1.05' },
    );
    expect(row?.reconciled?.amount.toFixed()).toBe(
      '47619047619047619047619047619047619.09761904761904761904761904777',
    );
    expect(row?.gap?.amount.toFixed()).toBe(`${'9'.repeat(35)}.8${'9'.repeat(26)}7`);
  });

  it('matches an independent BigInt computation: gap, relative gap, band and reconciled values', () => {
    // factor and band in hundredths: 110 = 1.10, [105, 120] = [1.05, 1.20]
    const F = 110n;
    fc.assert(
      fc.property(
        cents,
        cents,
        fc.constantFrom<'importer' | 'mean'>('importer', 'mean'),
        (x, m, method) => {
          const [row] = mirrorFlows(
            [
              flow('VNM', 'LAO', 'export', centsText(x)),
              flow('LAO', 'VNM', 'import', centsText(m)),
            ],
            { economies: ['VNM', 'LAO'], reconcile: method },
          );
          if (row?.gap == null || row.reconciled === null) throw new Error('no comparison');
          const gap = rationalOf(row.gap.amount);
          expect(gap.num * 100n).toBe((m - x) * gap.den);
          if (x === 0n)
            expect(row.relativeGap).toMatchObject({ value: null, reason: 'zero-denominator' });
          else
            expect(
              isRounded64(row.relativeGap.value ?? (null as never), { num: m - x, den: x }),
            ).toBe(true);
          const band = 100n * m < 105n * x ? 'below' : 100n * m > 120n * x ? 'above' : 'within';
          expect(row.band).toBe(band);
          // importer: m/100 ÷ 1.10 = m ÷ F;  mean: (x/100 + m/100 ÷ 1.10) ÷ 2 = (x·F + 100·m) ÷ (200·F)
          const exact: Rational =
            method === 'importer' ? { num: m, den: F } : { num: x * F + 100n * m, den: 200n * F };
          expect(isRounded64(row.reconciled.amount, exact)).toBe(true);
        },
      ),
      propertyRuns(1702, { ci: 80, full: 1000 }),
    );
  });
});
