/**
 * Grouped sums and year-on-year by (reporter, partner, flow, commodity) on generated monthly
 * flows with HS6-like commodities: 10 reporters × 200 partners × 2 flows × 5,000 commodities ×
 * 48 months — far past the dense lookup, so the rows are given compact codes first (renumbered
 * combinations, a typed hash table where even those are too many). At 100k and 1M rows (each 10×
 * step should cost ≤ 12× the time); the sums are first checked against exact BigInt sums.
 * `BENCH_WIDE_ROWS=100000` runs one size. Numbers in docs/performance-history.md ("2026-12-02
 * evening: does the cost grow linearly, with margin?").
 */
import { expect, test } from 'vitest';
import { createFlowTableBuilder, type FlowRecord, sumBy, yearOnYearBy } from './index.js';
import { toBig } from './internal/scaled-units.js';

const SIZES = (process.env.BENCH_WIDE_ROWS ?? '100000,1000000').split(',').map(Number);
const KEYS = ['reporter', 'partner', 'flow', 'commodity'] as const;
const letters = (n: number) =>
  String.fromCharCode(65 + (n % 26), 65 + (Math.floor(n / 26) % 26), 65 + Math.floor(n / 676));

/** `rows` monthly records: series of 48 months, each series' keys drawn at random (fixed seed). */
function wideRecords(rows: number): FlowRecord[] {
  let seed = 20_261_202;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (seed >>> 8) % n;
  };
  const records: FlowRecord[] = [];
  while (records.length < rows) {
    const reporter = letters(100 + next(10));
    const partner = letters(1000 + next(200));
    const flow = next(2) === 0 ? 'export' : 'import';
    const commodity = String(10_000 + next(5000) * 17).padStart(6, '0');
    for (let month = 0; month < 48 && records.length < rows; month++) {
      records.push({
        reporter,
        partner,
        flow,
        commodity,
        period: `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
        value: `${1 + next(900_000_000)}.${String(next(1000)).padStart(3, '0')}`,
        currency: 'USD',
      });
    }
  }
  return records;
}

test(`grouped sums and year-on-year by four keys with HS6 commodities, ${SIZES.join(', ')} rows`, {
  timeout: 600_000,
}, async ({ bench }) => {
  for (const rows of SIZES) {
    const records = wideRecords(rows);
    const builder = createFlowTableBuilder();
    builder.append(records);
    const table = builder.finish();
    // Exact sums per group, in BigInt units of 0.001, against the table's.
    const exact = new Map<string, bigint>();
    for (const record of records) {
      const key = KEYS.map((name) => record[name]).join(' ');
      const [whole = '', fraction = ''] = String(record.value).split('.');
      exact.set(key, (exact.get(key) ?? 0n) + BigInt(whole + fraction.padEnd(3, '0')));
    }
    const sums = sumBy(table, KEYS);
    expect(sums.length).toBe(exact.size);
    for (let i = 0; i < sums.length; i++) {
      const key = KEYS.map((name) => sums.keyAt(i, name)).join(' ');
      expect(toBig(sums.unitsAt(i)) * 10n ** BigInt(3 - table.scale)).toBe(exact.get(key));
    }
    records.length = 0;
    await bench.compare(
      bench(`sumBy, ${rows} rows`, () => void sumBy(table, KEYS)),
      bench(`yearOnYearBy, ${rows} rows`, () => void yearOnYearBy(table, KEYS)),
      { iterations: rows >= 1_000_000 ? 7 : 15, time: 0, warmupIterations: 2, throws: true },
    );
  }
});
