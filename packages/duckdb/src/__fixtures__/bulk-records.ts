/**
 * Small Comtrade bulk files for the tests: records with the v1 fields (defaults for a totals row
 * of Viet Nam's exports to Laos in 2023), written as CSV or tab-separated text, gzipped or not,
 * into a scratch folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The v1 fields the test files carry, in the order of Comtrade's bulk files. */
export const BULK_COLUMNS = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'flowCode',
  'partnerCode',
  'partnerISO',
  'partner2Code',
  'classificationCode',
  'cmdCode',
  'customsCode',
  'motCode',
  'qtyUnitCode',
  'qty',
  'cifvalue',
  'fobvalue',
  'primaryValue',
  'isReported',
  'isAggregate',
] as const;

/**
 * Fields a test file may add to the columns: descriptions (which may hold line breaks), and the
 * other quantities and flags of Comtrade's bulk files.
 */
type AddedColumn =
  | 'reporterDesc'
  | 'partnerDesc'
  | 'cmdDesc'
  | 'motDesc'
  | 'qtyUnitAbbr'
  | 'isQtyEstimated'
  | 'altQty'
  | 'netWgt'
  | 'grossWgt'
  | 'legacyEstimationFlag'
  | 'isOriginalClassification';

export type BulkColumn = (typeof BULK_COLUMNS)[number] | AddedColumn;

export type BulkRecord = Record<(typeof BULK_COLUMNS)[number], string> &
  Partial<Record<AddedColumn, string>>;

/** A record: an annual totals row (VNM 704 → LAO 418, exports, 2023) with the fields given. */
export function bulkRecord(fields: Partial<BulkRecord> = {}): BulkRecord {
  const period = fields.period ?? '2023';
  const year = period.slice(0, 4);
  const month = period.length === 6 ? period.slice(4) : '';
  return {
    typeCode: 'C',
    freqCode: month === '' ? 'A' : 'M',
    refPeriodId: `${year}${month === '' ? '01' : month}01`,
    refYear: year,
    refMonth: month === '' ? '52' : String(Number(month)),
    period,
    reporterCode: '704',
    reporterISO: 'VNM',
    flowCode: 'X',
    partnerCode: '418',
    partnerISO: 'LAO',
    partner2Code: '0',
    classificationCode: 'H6',
    cmdCode: 'TOTAL',
    customsCode: 'C00',
    motCode: '0',
    qtyUnitCode: '-1',
    qty: '0',
    cifvalue: '',
    fobvalue: '',
    primaryValue: '1000',
    isReported: 'true',
    isAggregate: 'true',
    ...fields,
  };
}

/** The records as text with a header: comma-separated (quoted where needed) or tab-separated. */
export function bulkText(
  records: readonly BulkRecord[],
  separator: ',' | '\t' = ',',
  columns: readonly BulkColumn[] = BULK_COLUMNS,
): string {
  // A field holding a line break is quoted in either format; a comma-separated one, also a comma or quote.
  const special = separator === ',' ? /[",\r\n]/ : /[\r\n]/;
  const cell = (text: string) => (special.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [columns.join(separator)];
  for (const record of records) {
    lines.push(columns.map((column) => cell(record[column] ?? '')).join(separator));
  }
  return `${lines.join('\n')}\n`;
}

/** A scratch folder with `write(name, text)` (gzipped when the name ends in .gz) and `remove`. */
export async function scratchFolder() {
  const folder = await mkdtemp(join(tmpdir(), 'bilateral-duckdb-'));
  return {
    folder,
    async write(name: string, text: string): Promise<string> {
      const path = join(folder, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, name.endsWith('.gz') ? gzipSync(text) : text);
      return path;
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}
