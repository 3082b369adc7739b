/**
 * Writes a generated UN Comtrade CSV of N distinct totals records (reporter × partner × flow ×
 * month × HS6 code, values with 2 decimals from a fixed-seed generator), for measuring imports:
 *
 *   pnpm exec tsx packages/core/src/io/__fixtures__/generate-comtrade-csv.ts 1000000 > big.csv
 *
 * Synthetic data (no real figures), the shape of UN Comtrade's API v1 CSV columns.
 */
import { writeGeneratedRows } from './write-generated-rows.js';

const REPORTERS = [
  [704, 'VNM'],
  [418, 'LAO'],
  [764, 'THA'],
  [116, 'KHM'],
  [156, 'CHN'],
  [842, 'USA'],
] as const;
const PARTNERS = [...REPORTERS, [0, 'W00'], [392, 'JPN'], [410, 'KOR']] as const;
type Economy = readonly [number, string];
const HEADER =
  'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,partner2Code,classificationCode,cmdCode,customsCode,motCode,primaryValue';
/** Months in the series: 2019-01 to 2023-12. */
const MONTHS = 60;

/** The `row`-th record, with `value` in cents. */
function record(row: number, value: number): string {
  const month = row % MONTHS;
  const rest = Math.floor(row / MONTHS);
  const [reporterCode, reporterISO] = REPORTERS[rest % REPORTERS.length] as Economy;
  const others = PARTNERS.filter(([code]) => code !== reporterCode);
  const byPartner = Math.floor(rest / REPORTERS.length);
  const [partnerCode, partnerISO] = others[byPartner % others.length] as Economy;
  const byFlow = Math.floor(byPartner / others.length);
  const flow = byFlow % 2 === 0 ? 'X' : 'M';
  const hs6 = String(10_000 + Math.floor(byFlow / 2)).padStart(6, '0');
  const year = 2019 + Math.floor(month / 12);
  const mm = String((month % 12) + 1).padStart(2, '0');
  const amount = `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
  return `C,M,${year}${mm}01,${year},${(month % 12) + 1},${year}${mm},${reporterCode},${reporterISO},${flow},${partnerCode},${partnerISO},0,H5,${hs6},C00,0,${amount}`;
}

await writeGeneratedRows(HEADER, record);
