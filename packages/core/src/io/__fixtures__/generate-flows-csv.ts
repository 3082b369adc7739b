/**
 * Writes a generated flows CSV of N distinct flows (reporter × partner × flow × month × HS6 code,
 * values with 2 decimals from a fixed-seed generator; no status column, so every row gets the
 * `default-status` note), for measuring `bilateral import flows`:
 *
 *   pnpm exec tsx packages/core/src/io/__fixtures__/generate-flows-csv.ts 1000000 > flows.csv
 *
 * Synthetic data (no real figures).
 */
import { writeGeneratedRows } from './write-generated-rows.js';

const ECONOMIES = ['VNM', 'LAO', 'THA', 'KHM', 'CHN', 'USA', 'JPN', 'KOR'] as const;
/** Months in the series: 2019-01 to 2023-12. */
const MONTHS = 60;

/** The `row`-th flow, with `value` in cents. */
function flow(row: number, value: number): string {
  const month = row % MONTHS;
  const rest = Math.floor(row / MONTHS);
  const reporter = ECONOMIES[rest % 6] as string;
  const others = ECONOMIES.filter((code) => code !== reporter);
  const byPartner = Math.floor(rest / 6);
  const partner = others[byPartner % others.length] as string;
  const byFlow = Math.floor(byPartner / others.length);
  const direction = byFlow % 2 === 0 ? 'export' : 'import';
  const hs6 = String(10_000 + Math.floor(byFlow / 2)).padStart(6, '0');
  const period = `${2019 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  const amount = `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
  return `${reporter},${partner},${direction},${period},${hs6},${amount},USD`;
}

await writeGeneratedRows('reporter,partner,flow,period,commodity,value,currency', flow);
