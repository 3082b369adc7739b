import {
  type Dataset,
  Decimal,
  datasetFromCheckedCompact,
  datasetSeries,
  embeddedDatasets,
  formatPeriod,
  knownAmount,
  money,
  parseDataset,
  serializeDataset,
  toCompactDataset,
  writeKnownAmount,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { yearDocument } from '../../../core/src/__fixtures__/year-document.js';
// The report's own rows (the `bilateral` command's code, which the package does not export).
import { buildReport } from '../../../core/src/cli/report.js';
import { withCell } from '../../../core/src/dataset/__fixtures__/dataset-cells.js';
import { nineMonthsWith } from '../__tests__/rounded-balance-documents.js';
import { balanceSign } from './balance-sign.js';
import { narrowedBalances } from './narrowed-balances.js';

const vietnamLaos = embeddedDatasets['vietnam-laos'] as Dataset;

/** How `bilateral report` writes each balance it derives from the published turnover. */
function reportBalances(dataset: Dataset): Map<string, string> {
  const written = new Map<string, string>();
  for (const section of buildReport(dataset).trade) {
    if (section.commodity !== null) continue;
    for (const row of section.rows) {
      if (!row.marks.includes('balance derived from it') || row.balance === null) continue;
      const unit = row.units.balance === null ? undefined : new Decimal(row.units.balance);
      const text = writeKnownAmount(money(row.balance, row.currency), unit, 'en');
      written.set(`${section.reporter} ${section.partner} ${row.period}`, text.text);
    }
  }
  return written;
}

/** How the card writes each balance `narrowedBalances` gives. */
function cardBalances(dataset: Dataset): Map<string, string> {
  const written = new Map<string, string>();
  for (const [pair, periods] of Object.entries(narrowedBalances(dataset))) {
    for (const [period, [amount, unit]] of Object.entries(periods)) {
      const text = writeKnownAmount(money(amount, 'USD'), new Decimal(unit), 'en');
      written.set(`${pair} ${period}`, text.text);
    }
  }
  return written;
}

describe('narrowedBalances', () => {
  it('reads the kind of bound a statement records: a truncated figure whose words state none is "more than"', () => {
    // On exactly US$400 million of imports, exports of a certain truncated "US$400 million"
    // (`parseDataset` records bound 'more-than') after an uncertain "at least US$400 million",
    // which the series draws: (0, 1) million, a surplus, as `bilateral report` reads it.
    const document = yearDocument(
      ['400000000', null],
      ['400000000', null],
      [
        { subject: 'exports', text: 'at least US$400 million', value: '400000000' },
        { subject: 'exports', text: 'US$400 million', value: '400000000' },
      ],
    );
    const statements = document.statements.map((statement, index) =>
      index === 0
        ? { ...statement, uncertain: true }
        : { ...statement, amount: { ...statement.amount, rounding: 'truncate' } },
    );
    const dataset = parseDataset({ ...document, statements });
    expect(narrowedBalances(dataset)['VNM LAO']?.['2024']).toEqual([
      '500000',
      '1000000',
      '0',
      '1000000',
      '1',
    ]);
    expect(buildReport(dataset).trade[0]?.rows[0]?.position).toBe('surplus');
  });

  it("reads the kind of bound from another source's statement where the flows' source has no certain one, as the report does", () => {
    // The customs' flows: exactly US$400 million each way; the customs' own word on the exports
    // an uncertain "at least US$400 million" (the series draws it), a newspaper's a certain
    // "more than US$400 million", the only certain statement: the report reads it, a surplus.
    const document = yearDocument(
      ['400000000', null],
      ['400000000', null],
      [
        { subject: 'exports', text: 'at least US$400 million', value: '400000000' },
        { subject: 'exports', text: 'more than US$400 million', value: '400000000' },
      ],
    );
    const newspaper = { ...document.sources[0], id: 'newspaper', publisher: 'Newspaper' };
    const statements = document.statements.map((statement, index) =>
      index === 0 ? { ...statement, uncertain: true } : { ...statement, source: 'newspaper' },
    );
    const dataset = parseDataset({
      ...document,
      sources: [...document.sources, newspaper],
      statements,
    });
    expect(buildReport(dataset).trade[0]?.rows[0]?.position).toBe('surplus');
    expect(narrowedBalances(dataset)['VNM LAO']?.['2024']).toEqual([
      '500000',
      '1000000',
      '0',
      '1000000',
      '1',
    ]);
  });

  it('reads a truncated figure a compact file gives no bound as "more than", as the report and the series do', () => {
    // Exactly US$400 million of imports; exports "US$400 million", truncated, in a compact file
    // not written by toCompactDataset (no bound), read as the widgets read their data.
    const document = yearDocument(
      ['400000000', null],
      ['400000000', null],
      [{ subject: 'exports', text: 'US$400 million', value: '400000000' }],
    );
    const statements = document.statements.map((statement) => ({
      ...statement,
      amount: { ...statement.amount, rounding: 'truncate' },
    }));
    const parsed = parseDataset({ ...document, statements });
    const file = withCell(toCompactDataset(parsed), ['statements', 0, 'amount', 'bound'], null);
    const dataset = datasetFromCheckedCompact(JSON.parse(JSON.stringify(file)));
    // The card: (0, 1) million, a surplus, as for the parsed document…
    expect(narrowedBalances(dataset)['VNM LAO']?.['2024']).toEqual([
      '500000',
      '1000000',
      '0',
      '1000000',
      '1',
    ]);
    // …the report: a surplus on exports that are a lower bound, "more than"…
    const [row] = buildReport(dataset).trade[0]?.rows ?? [];
    expect([row?.position, row?.lowerBounds, row?.atLeast]).toEqual([
      'surplus',
      ['exports'],
      undefined,
    ]);
    // …and the growth chart's series.
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    expect(datasetSeries(dataset, request).points[0]?.lowerBound).toBe('more-than');
  });

  it('narrows January–September 2024 with the published turnover as the report does', () => {
    const balances = narrowedBalances(vietnamLaos);
    // With its coverage's digits (the kept imports are known to one): "about 50 %", as the report.
    expect(balances['VNM LAO']?.['2024-01/2024-09']).toEqual(['-516200000', '100000000', '1']);
    // Exports US$491.9 million to the 0.1 million, imports "US$1 billion", turnover US$1.5 billion.
    expect(knownAmount(new Decimal('-516200000'), new Decimal('1e8')).amount.toFixed()).toBe(
      '-500000000',
    );
    expect(balances['VNM LAO']?.['2021-Q1']).toEqual(['-19400000', '100000', '3']);
    // No turnover published for 2022: the flows' difference stands.
    expect(balances['VNM LAO']?.['2022']).toBeUndefined();
  });

  it.each(Object.keys(embeddedDatasets))(
    'gives %s every balance the report derives from the turnover, written alike',
    (name) => {
      const dataset = embeddedDatasets[name as keyof typeof embeddedDatasets] as Dataset;
      const report = reportBalances(dataset);
      const card = cardBalances(dataset);
      expect(report.size).toBeGreaterThan(0);
      // Each narrowed balance the card gets is the report's, written with the same digits.
      for (const [key, text] of card) expect([key, text]).toEqual([key, report.get(key)]);
      // Each the report narrows is the card's, or is written alike from the flows alone.
      for (const [key, text] of report) {
        if (card.has(key)) continue;
        const [reporter, partner, period] = key.split(' ');
        const flows = dataset.flows.filter(
          (flow) =>
            flow.reporter === reporter &&
            flow.partner === partner &&
            flow.commodity === undefined &&
            formatPeriod(flow.period) === period,
        );
        const [sold, bought] = ['export', 'import'].map((kind) =>
          flows.find((flow) => flow.flow === kind),
        );
        if (sold === undefined || bought === undefined) throw new Error(`no flows for ${key}`);
        const precision =
          sold.precision && bought.precision
            ? sold.precision.plus(bought.precision)
            : (sold.precision ?? bought.precision);
        const plain = money(sold.value.amount.minus(bought.value.amount), 'USD');
        expect([key, writeKnownAmount(plain, precision, 'en').text]).toEqual([key, text]);
      }
    },
  );

  it('gives a document validated again the same balances (what `src` and `data` get)', () => {
    const document = JSON.parse(JSON.stringify(serializeDataset(vietnamLaos)));
    expect(narrowedBalances(parseDataset(document))).toEqual(narrowedBalances(vietnamLaos));
  });

  it('narrows a period two sources give flows for as the drawn one publishes it; no commodity', () => {
    const [first] = vietnamLaos.flows.filter(
      (flow) => formatPeriod(flow.period) === '2024-01/2024-09',
    );
    if (first === undefined) throw new Error('no flow for 2024-01/2024-09');
    const twice: Dataset = {
      ...vietnamLaos,
      flows: [...vietnamLaos.flows, { ...first, source: 'vietnamplus-133987' }],
    };
    // Seed 004's exports (published later than vietnamplus-133987's) and imports: its row.
    expect(narrowedBalances(twice)['VNM LAO']?.['2024-01/2024-09']).toEqual([
      '-516200000',
      '100000000',
      '1',
    ]);
    const commodity: Dataset = {
      ...vietnamLaos,
      flows: vietnamLaos.flows.map((flow) => ({ ...flow, commodity: '2701' })),
    };
    expect(narrowedBalances(commodity)).toEqual({});
  });

  it('writes a narrowed balance whose sign the flows leave unknown: a surplus, or unknown still', () => {
    const [exports, imports] = [
      ['1000000000', '100000000'],
      ['1020000000', '10000000'],
    ] as const;
    const narrowed = (
      turnover?: readonly [string, string],
      bought: readonly [string, string] = imports,
    ) =>
      narrowedBalances(parseDataset(nineMonthsWith(exports, bought, turnover)))['VNM LAO']?.[
        '2024-01/2024-09'
      ];
    // The flows alone: −US$20 million known to US$110 million, no sign; nothing to narrow.
    expect(narrowed()).toBeUndefined();
    // A turnover of "US$2.06 billion": +5 to +35 million, a surplus the flows' −20 million hides;
    // its coverage the kept sides' midpoints' ratio, US$1,040 million over 1,020 million to three
    // digits ("about 102 %", where the flows' 98 % would say a deficit).
    const surplus = narrowed(['2060000000', '10000000']);
    expect(surplus).toEqual(['20000000', '10000000', '3', '1.01960784314']);
    expect(balanceSign(new Decimal('20000000'), new Decimal('10000000'))).toBe(1);
    // Imports "US$1.020 billion" and a turnover of "US$2.040 billion": −1.5 to +1.5 million,
    // its ends kept (the midpoint ± half its unit would say −5 to +5 million).
    const unknown = narrowed(['2040000000', '1000000'], ['1020000000', '1000000']);
    expect(unknown).toEqual(['0', '10000000', '-1500000', '1500000']);
    expect(balanceSign(new Decimal('0'), new Decimal('10000000'))).toBeUndefined();
    // Imports "US$950 million" (to the 10 million), a turnover of "US$2 billion": +40 to +105
    // million, written "about US$100 million" as the flows' +50 million is (−5 to +105
    // million), yet a surplus they do not tell: kept.
    const told = narrowed(['2000000000', '100000000'], ['950000000', '10000000']);
    expect(told).toEqual(['72500000', '100000000', '2']);
    expect(balanceSign(new Decimal('72500000'), new Decimal('100000000'))).toBe(1);
    expect(balanceSign(new Decimal('50000000'), new Decimal('110000000'))).toBeUndefined();
  });
});
