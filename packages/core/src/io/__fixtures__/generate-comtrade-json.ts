/**
 * Writes N generated UN Comtrade records with all 47 fields of the API's answer, for measuring
 * imports: as the API's JSON response on one line (`json`, the default), or as CSV with the same
 * 47 columns (`csv`):
 *
 *   pnpm exec tsx packages/core/src/io/__fixtures__/generate-comtrade-json.ts 1000000 > big.json
 *   pnpm exec tsx packages/core/src/io/__fixtures__/generate-comtrade-json.ts 1000000 csv > big.csv
 *
 * Distinct monthly totals records (reporter × partner × flow × month × HS6 code) with values of 2
 * decimals from a fixed-seed generator: synthetic data, no real figures.
 */
import { once } from 'node:events';

const REPORTERS = [
  [704, 'VNM', 'Viet Nam'],
  [418, 'LAO', "Lao People's Dem. Rep."],
  [764, 'THA', 'Thailand'],
  [116, 'KHM', 'Cambodia'],
  [156, 'CHN', 'China'],
  [842, 'USA', 'USA'],
] as const;
const PARTNERS = [...REPORTERS, [0, 'W00', 'World'], [392, 'JPN', 'Japan']] as const;
type Economy = (typeof PARTNERS)[number];
/** Months in the series: 2019-01 to 2023-12. */
const MONTHS = 60;

/** The `row`-th record, with `value` in cents: the API's 47 fields, in its order. */
function record(row: number, value: number): Record<string, unknown> {
  const month = row % MONTHS;
  const rest = Math.floor(row / MONTHS);
  const reporter = REPORTERS[rest % REPORTERS.length] as Economy;
  const others = PARTNERS.filter(([code]) => code !== reporter[0]);
  const byPartner = Math.floor(rest / REPORTERS.length);
  const partner = others[byPartner % others.length] as Economy;
  const byFlow = Math.floor(byPartner / others.length);
  const exports = byFlow % 2 === 0;
  const hs6 = String(10_000 + Math.floor(byFlow / 2)).padStart(6, '0');
  const year = 2019 + Math.floor(month / 12);
  const mm = String((month % 12) + 1).padStart(2, '0');
  const amount = Number(`${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`);
  return {
    typeCode: 'C',
    freqCode: 'M',
    refPeriodId: Number(`${year}${mm}01`),
    refYear: year,
    refMonth: (month % 12) + 1,
    period: `${year}${mm}`,
    reporterCode: reporter[0],
    reporterISO: reporter[1],
    reporterDesc: reporter[2],
    flowCode: exports ? 'X' : 'M',
    flowDesc: exports ? 'Export' : 'Import',
    partnerCode: partner[0],
    partnerISO: partner[1],
    partnerDesc: partner[2],
    partner2Code: 0,
    partner2ISO: 'W00',
    partner2Desc: 'World',
    classificationCode: 'H5',
    classificationSearchCode: 'HS',
    isOriginalClassification: true,
    cmdCode: hs6,
    cmdDesc: `Commodity ${hs6}`,
    aggrLevel: 6,
    isLeaf: true,
    customsCode: 'C00',
    customsDesc: 'TOTAL CPC',
    mosCode: '0',
    motCode: 0,
    motDesc: 'TOTAL MOT',
    qtyUnitCode: 8,
    qtyUnitAbbr: 'kg',
    qty: value % 100_000,
    isQtyEstimated: false,
    altQtyUnitCode: -1,
    altQtyUnitAbbr: 'N/A',
    altQty: 0,
    isAltQtyEstimated: false,
    netWgt: value % 100_000,
    isNetWgtEstimated: false,
    grossWgt: 0,
    isGrossWgtEstimated: false,
    cifvalue: exports ? null : amount,
    fobvalue: exports ? amount : null,
    primaryValue: amount,
    legacyEstimationFlag: 0,
    isReported: true,
    isAggregate: false,
  };
}

const rows = Number(process.argv[2] ?? 100_000);
const format = process.argv[3] ?? 'json';
if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`rows: ${process.argv[2]}`);
if (format !== 'json' && format !== 'csv') throw new Error(`format: ${format} (json or csv)`);
const out = process.stdout;
const columns = Object.keys(record(0, 100));
const cell = (value: unknown) => (value === null ? '' : String(value));
out.write(
  format === 'json'
    ? `{"elapsedTime":"1.2 secs","count":${rows},"data":[`
    : `${columns.join(',')}\n`,
);
let seed = 20_261_202;
let pieces: string[] = [];
for (let row = 0; row < rows; row += 1) {
  seed = (seed * 48_271) % 2_147_483_647;
  const item = record(row, 100 + (seed % 9_000_000_000));
  pieces.push(
    format === 'json'
      ? `${row === 0 ? '' : ','}${JSON.stringify(item)}`
      : `${columns.map((column) => cell(item[column])).join(',')}\n`,
  );
  if (pieces.length === 5_000 || row === rows - 1) {
    if (!out.write(pieces.join(''))) await once(out, 'drain');
    pieces = [];
  }
}
if (format === 'json') out.write('],"error":""}\n');
