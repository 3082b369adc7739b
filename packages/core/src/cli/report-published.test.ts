import { describe, expect, it } from 'vitest';
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
      /2024-01\/2024-09 .*1,5 tỷ USD\s+about −500 triệu USD\s+about 50%/,
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
    // US$565 million + US$267 million make 831–833 million; US$833 million is 832.5–833.5.
    expect(rowOf(laRows, '2023-H1')).toMatchObject({
      turnover: '832750000',
      balance: '298000000',
      units: { turnover: '1000000', balance: '1000000' },
      published: { turnover: { lo: '832500000', hi: '833000000' } },
      marks: ['turnover within the published one', 'balance derived from it'],
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
