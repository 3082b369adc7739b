import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { parseDataset } from '../dataset/dataset.js';
import { getEmbeddedDataset, vietnamLaosDocument } from '../datasets/index.js';
import { formatReport } from './format-report.js';
import { buildReport, type TradeRow } from './report.js';

/** The trade row of `period` in the report's first (Vietnam–Laos) section. */
const rowOf = (rows: readonly TradeRow[], period: string) =>
  rows.find((row) => row.period === period);

const vietnamLaos = buildReport(getEmbeddedDataset('vietnam-laos'));
const [vnRows = [], laRows = []] = vietnamLaos.trade.map((section) => section.rows);

describe('the trade table with the period’s published turnover (h155)', () => {
  it('takes the nine months of 2024 from the published US$1.5 billion (seed 004)', () => {
    // Exports US$491.9 million and imports "US$1 billion" alone made "about US$1 billion" and
    // "about -US$1 billion"; the turnover is published to the 0.1 billion.
    expect(rowOf(vnRows, '2024-01/2024-09')).toMatchObject({
      exports: '491900000',
      imports: '1000000000',
      turnover: '1500000000',
      balance: '-516200000',
      units: { turnover: '100000000', balance: '100000000' },
      published: {
        statements: ['seed-004-turnover', 'seed-004-exports', 'seed-004-imports'],
        consistent: true,
        turnover: { lo: '1450000000', hi: '1550000000' },
        balance: { lo: '-566300000', hi: '-466100000' },
      },
      marks: ['turnover as published', 'balance derived from it'],
    });
    const text = formatReport(vietnamLaos, 'en', false);
    expect(text).toMatch(
      /2024-01\/2024-09\s+US\$491\.9 million\s+US\$1 billion\s+US\$1\.5 billion\s+about -US\$500 million\s+about 50 %\s+deficit; turnover as published; balance derived from it\n/,
    );
    expect(formatReport(vietnamLaos, 'vi', false)).toMatch(
      /2024-01\/2024-09 .*1,5 tỷ USD\s+khoảng −500 triệu USD\s+khoảng 50%/,
    );
  });

  it('narrows Q1 2021 (seed 003) and the Lao H1 2023 to what their totals allow', () => {
    // US$159.6 million + US$179 million within US$338.6 million: imports [178.9, 179.1] million.
    expect(rowOf(vnRows, '2021-Q1')).toMatchObject({
      turnover: '338600000',
      balance: '-19400000',
      units: { turnover: '100000', balance: '100000' },
      marks: ['turnover as published', 'balance derived from it'],
    });
    // "More than US$565 million" (565–566) + US$267 million (an estimate, 266.5–267.5) make
    // 831.5–833.5 million; "more than US$833 million" is 833–834 (The Star, 18 Sep 2023; h295).
    // Together: turnover 833–833.5, so exports 565.5–566, imports 267–267.5 and the balance
    // 298–299 (recomputed with Python's decimal, r19c); "about US$299 million" rounds 298.5 half up.
    expect(rowOf(laRows, '2023-H1')).toMatchObject({
      turnover: '833250000',
      balance: '298500000',
      units: { turnover: '1000000', balance: '1000000' },
      published: {
        exports: { lo: '565500000', hi: '566000000' },
        imports: { lo: '267000000', hi: '267500000' },
        turnover: { lo: '833000000', hi: '833500000' },
        balance: { lo: '298000000', hi: '299000000' },
      },
      marks: ['imports estimated', 'turnover within the published one', 'balance derived from it'],
    });
  });

  it('leaves a row the published turnover does not narrow, and ignores an uncertain one', () => {
    // Seven months of 2025: "USD 2 billion" (to the billion) contains 755.2 + 1,250 million.
    expect(rowOf(vnRows, '2025-01/2025-07')).toMatchObject({
      turnover: '2005200000',
      units: { turnover: '10100000' },
      published: { consistent: true, turnover: { lo: '2000150000', hi: '2010250000' } },
      marks: [],
    });
    // 2022's "about US$1.7 billion" is marked uncertain: the row is exports + imports.
    expect(rowOf(vnRows, '2022')).toMatchObject({
      turnover: '1696400000',
      published: { statements: ['vn-la-2022-exports', 'vn-la-2022-imports'], consistent: true },
      marks: [],
    });
  });

  it('keeps the sum and says so where the published turnover lies outside it', () => {
    const statements = (vietnamLaosDocument.statements ?? []).map((statement) =>
      statement.id === 'seed-004-turnover' && statement.kind === 'level'
        ? {
            ...statement,
            amount: { ...statement.amount, text: '$2.5 billion', value: '2500000000' },
          }
        : statement,
    );
    const report = buildReport(parseDataset({ ...vietnamLaosDocument, statements }));
    const row = rowOf(report.trade[0]?.rows ?? [], '2024-01/2024-09');
    expect(row).toMatchObject({
      turnover: '1491900000',
      balance: '-508100000',
      units: { turnover: '1000100000', balance: '1000100000' },
      published: { consistent: false, turnover: null, balance: null },
      marks: [
        'the published turnover and exports + imports do not meet: turnover and balance are their sum and difference',
      ],
    });
  });

  it('combines nothing with an uncertain side', () => {
    const flows = vietnamLaosDocument.flows.map((flow) =>
      flow.period === '2024-01/2024-09' && flow.flow === 'import'
        ? { ...flow, uncertain: true }
        : flow,
    );
    const report = buildReport(parseDataset({ ...vietnamLaosDocument, flows }));
    expect(rowOf(report.trade[0]?.rows ?? [], '2024-01/2024-09')).toMatchObject({
      turnover: '1491900000',
      published: null,
    });
  });
});

/** In US$: millions as text ('100.2' → '100200000'). */
const million = (text: string) => new Decimal(text).times(1e6).toFixed();

/** A level statement of Vietnam–Laos in 2017 by `source` (the 2017 statements' by default). */
const level2017 = (
  id: string,
  subject: 'turnover' | 'exports' | 'imports',
  millions: string,
  source = 'vietnamplus-133987',
) => ({
  id,
  source,
  kind: 'level' as const,
  reporter: 'VNM',
  partner: 'LAO',
  period: '2017',
  subject,
  amount: { text: `US$${millions} million`, value: million(millions), currency: 'USD' },
});

/**
 * The 2017 row of the Vietnam–Laos data with its flows set to [value, precision] in millions
 * (no precision for `null`) and its level statements replaced by `statements`.
 */
function row2017(
  exports: readonly [string, string | null],
  imports: readonly [string, string | null],
  statements: readonly ReturnType<typeof level2017>[],
) {
  const flows = vietnamLaosDocument.flows.map((flow) => {
    if (flow.period !== '2017' || flow.reporter !== 'VNM') return flow;
    const [value, precision] = flow.flow === 'export' ? exports : imports;
    const { precision: _, ...rest } = flow;
    return {
      ...rest,
      value: million(value),
      ...(precision === null ? {} : { precision: million(precision) }),
    };
  });
  const kept = (vietnamLaosDocument.statements ?? []).filter(
    (statement) => !(statement.period === '2017' && statement.kind === 'level'),
  );
  const report = buildReport(
    parseDataset({ ...vietnamLaosDocument, flows, statements: [...kept, ...statements] }),
  );
  const line = formatReport(report, 'en', false)
    .split('\n')
    .find((text) => text.startsWith('  2017 '));
  return { row: rowOf(report.trade[0]?.rows ?? [], '2017'), line };
}

describe('the narrowed rows say only what the figures allow (review h160)', () => {
  it('takes the position and the cover from a narrowed balance (B1)', () => {
    // US$100 million (to the million) and US$100.2 million (to the 0.1 million) within a
    // published US$200.6 million: the balance is +0.05 to +0.35 million, a surplus, though the
    // flows alone give -0.2 million.
    const flipped = row2017(['100', '1'], ['100.2', '0.1'], [level2017('t', 'turnover', '200.6')]);
    expect(flipped.row).toMatchObject({
      balance: '200000',
      position: 'surplus',
      coverageRatio: '1.00199600798',
      coverageDigits: 4,
      published: {
        exports: { lo: '100300000', hi: '100500000' },
        balance: { lo: '50000', hi: '350000' },
      },
      marks: ['turnover as published', 'balance derived from it'],
    });
    expect(flipped.line).toMatch(/US\$200 thousand +100\.2 % +surplus; turnover as published/);
    // US$100.4 million of imports within US$200.9 million: -0.05 to +0.15 million.
    const either = row2017(['100', '1'], ['100.4', '0.1'], [level2017('t', 'turnover', '200.9')]);
    expect(either.row).toMatchObject({
      position: null,
      balanceRange: { lo: '-50000', hi: '150000' },
      published: { balance: { lo: '-50000', hi: '150000' } },
      marks: [
        'turnover as published',
        'balance derived from it',
        'surplus or deficit unknown within rounding',
      ],
    });
    expect(either.line).toMatch(
      /-US\$50 thousand to \+US\$150 thousand +— +turnover as published; balance derived from it; surplus or deficit unknown within rounding$/,
    );
  });

  it('reads a flow without precision as the statement of its value says, else combines nothing (B2)', () => {
    const statements = [
      level2017('t', 'turnover', '892.9'),
      level2017('x', 'exports', '524.5'),
      level2017('m', 'imports', '368.4'),
    ];
    // The statements of the flows' values give their rounding: as with a precision.
    const read = row2017(['524.5', null], ['368.4', null], statements);
    const given = row2017(['524.5', '0.1'], ['368.4', '0.1'], statements);
    expect(read.row?.published).toEqual(given.row?.published);
    expect(read.row).toMatchObject({
      published: { consistent: true },
      marks: ['turnover as published'],
    });
    // Without them, exact or rounded is unknown: taken as exact, US$565 million + US$267 million
    // did not meet a published US$833 million (832.5–833.5), though to the million they make
    // 831–833 million.
    const unknown = row2017(['565', null], ['267', null], [level2017('t', 'turnover', '833')]);
    expect(unknown.row).toMatchObject({ turnover: '832000000', published: null, marks: [] });
  });

  it('says which flow is a lower bound: a truncated statement of its value, no precision (h302)', () => {
    const moreThan = (statement: ReturnType<typeof level2017>) => ({
      ...statement,
      amount: { ...statement.amount, text: `more than ${statement.amount.text}` },
    });
    const statements = [
      moreThan(level2017('x', 'exports', '524.5')),
      level2017('m', 'imports', '368.4'),
    ];
    const bound = row2017(['524.5', null], ['368.4', null], statements);
    expect(bound.row?.lowerBounds).toEqual(['exports']);
    expect(bound.line).toMatch(/^ {2}2017 +more than US\$524\.5 million +US\$368\.4 million /);
    // A precision says how the flow was rounded: no bound, whatever a statement says.
    const rounded = row2017(['524.5', '0.1'], ['368.4', null], statements);
    expect(rounded.row).not.toHaveProperty('lowerBounds');
    // Statements of the same values, rounded (B2's), and of 0 (clamped at 0, not a bound).
    const plain = [level2017('x', 'exports', '524.5'), level2017('m', 'imports', '0')];
    expect(row2017(['524.5', null], ['0', null], plain).row).not.toHaveProperty('lowerBounds');
  });

  it('names what does not meet: a side’s figures before the turnover (B3)', () => {
    const sides = [
      ['524.5', '0.1'],
      ['368.4', '0.1'],
    ] as const;
    const exports = row2017(...sides, [
      level2017('t', 'turnover', '892.9'),
      level2017('x', 'exports', '600'),
    ]);
    expect(exports.row).toMatchObject({
      published: { consistent: false, exports: null, balance: null },
      marks: [
        "the published exports differ beyond their rounding: turnover and balance are the flows' sum and difference",
      ],
    });
    const imports = row2017(...sides, [level2017('m', 'imports', '300')]);
    expect(imports.row?.marks).toEqual([
      "the published imports differ beyond their rounding: turnover and balance are the flows' sum and difference",
    ]);
    const turnovers = row2017(...sides, [
      level2017('t1', 'turnover', '892.9'),
      level2017('t2', 'turnover', '900'),
    ]);
    expect(turnovers.row?.marks).toEqual([
      'the published turnovers and exports + imports do not meet: turnover and balance are their sum and difference',
    ]);
  });

  it('says the sides’ statements narrowed the balance when no turnover is published (B9)', () => {
    // US$524 million to the million, and a statement of US$524.3 million.
    const { row } = row2017(['524', '1'], ['368.4', '0.1'], [level2017('x', 'exports', '524.3')]);
    expect(row).toMatchObject({
      turnover: '892700000',
      balance: '155900000',
      marks: ['turnover from every published exports and imports', 'balance derived from them'],
    });
  });

  it('prefers the row’s own sources’ statements, and names another source’s (B11)', () => {
    const sides = [
      ['524.5', '0.1'],
      ['368.4', '0.1'],
    ] as const;
    // Another source's turnover that does not meet is left aside for the row's own.
    const own = row2017(...sides, [
      level2017('t', 'turnover', '892.9'),
      level2017('old', 'turnover', '900', 'vietnamplus-156799'),
    ]);
    expect(own.row).toMatchObject({
      published: { statements: ['t'], consistent: true },
      marks: ['turnover as published'],
    });
    // With no statement of its own, the row says whose figures narrowed it.
    const other = row2017(...sides, [level2017('old', 'turnover', '892.9', 'vietnamplus-156799')]);
    expect(other.row?.marks).toEqual([
      'turnover as published',
      'with figures published by vietnamplus-156799',
    ]);
    const conflict = row2017(...sides, [level2017('old', 'turnover', '900', 'vietnamplus-156799')]);
    expect(conflict.row?.marks).toEqual([
      'the published turnover and exports + imports do not meet: turnover and balance are their sum and difference',
      'with figures published by vietnamplus-156799',
    ]);
  });
});
