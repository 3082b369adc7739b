import { describe, expect, it } from 'vitest';
import { commodityDataset, commodityFlow } from './__fixtures__/commodity-dataset.js';
import { formatReport } from './format-report.js';
import { buildReport } from './report.js';

/** Viet Nam's `kind` flow of all goods to Laos in `period`, with `precision` when given. */
function flow(kind: 'export' | 'import', period: string, value: string, precision?: string) {
  const changes = { flow: kind, period, value, ...(precision === undefined ? {} : { precision }) };
  const { commodity: _, ...total } = commodityFlow('01', changes);
  return total;
}

// 2023: exports known to the million, imports exact; 2024: both known to the 0.1 billion.
const dataset = commodityDataset('parts', [
  flow('export', '2023', '1234000000', '1000000'),
  flow('import', '2023', '1000000000'),
  flow('export', '2024', '1300000000', '100000000'),
  flow('import', '2024', '1000000000', '100000000'),
]);

describe("the growth table's turnover, one part exact", () => {
  it('is known to the other part’s precision, and written as the trade table writes it', () => {
    // It was taken as exact (a precision only where both parts give one) and written "US$2.23
    // billion", where the trade table wrote the same turnover "US$2.234 billion".
    const report = buildReport(dataset);
    const row = report.growth?.rows.find((r) => r.period === '2023');
    expect([row?.precision, row?.unit]).toEqual(['1000000', '1000000']);
    expect(report.trade[0]?.rows[0]?.units.turnover).toBe('1000000');
    const growth = formatReport(report, 'en', false).split('Growth of')[1] ?? '';
    expect(growth).toMatch(/\n {2}2023 +US\$2\.234 billion /);
    // Both parts known: as before.
    expect(report.growth?.rows.find((r) => r.period === '2024')?.precision).toBe('200000000');
  });
});

describe("the trade table's turnover unit", () => {
  it('is exact, or the row has no turnover: never a rounded unit', () => {
    // 0 known to 1e30 plus 0 known to 1e-34: the unit needs 65 digits. It was rounded to 1e30.
    const past = commodityDataset('units', [
      flow('export', '2024', '0', `1${'0'.repeat(30)}`),
      flow('import', '2024', '0', `0.${'0'.repeat(33)}1`),
    ]);
    const [row] = buildReport(past).trade[0]?.rows ?? [];
    expect([row?.turnover, row?.units.turnover]).toEqual([null, null]);
    expect(row?.marks.join(' ')).toContain('needs more than 64 significant digits');
  });
});
