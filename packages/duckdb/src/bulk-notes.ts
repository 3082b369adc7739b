/**
 * The notes of a bulk read on the flows it imports, in the core importer's words: each flow noted
 * as its first record is (`noted` of `bulk_groups`, from `bulk-sql.ts`), counted per message as
 * the core groups its notes. Private to the package.
 *
 * @internal
 */

import { missingQuantityNote, NESTED_COMMODITIES_WORDS, quoteInput } from '@bilateral/core/node';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BulkFile } from './bulk-files.js';
import {
  checkedSql,
  EXPORT_FLOW_CODES,
  fileIndexSql,
  KEY_COLUMNS,
  NOTED_MARKS,
  rowsSql,
  SAME_KEY,
  sourceSql,
} from './bulk-sql.js';
import type { ComtradeBulkReport } from './comtrade-bulk-report.js';

type Note = ComtradeBulkReport['notes'][number];
type NoteCode = Note['code'];

/** A group of `bulk_groups` that is an imported flow. */
export const IMPORTED = 'problem IS NULL AND reason IS NULL';

/** The reasons of a breakdown of a totals row, which needs that totals row. */
const BREAKDOWNS = "('flow-part', 'mode-of-transport', 'customs-procedure', 'second-partner')";

/** The codes of the notes on flows, in the order the core notes a record. */
const ORDER: readonly NoteCode[] = [
  'iso-fallback',
  'leading-zero-restored',
  'value-fallback',
  'estimated-quantity',
  'missing-quantity',
  'estimate',
  'exponent-value',
  'valuation',
  'no-totals-row',
  'mixed-classifications',
  'nested-commodities',
];

const LEGACY_FLAGS: ReadonlyMap<string, string> = new Map([
  ['2', 'the quantity'],
  ['4', 'the net weight'],
  ['6', 'the quantity and the net weight'],
]);

/**
 * Gives each imported flow whose records are noted differently (duplicates: `1000` and `1e3`)
 * the notes of its first record, in file order and then line (or row) order, as the core notes
 * a flow by its first record: the files are read again, numbering each record in its file
 * (`records`: each file's records, by path), which only such a read does.
 */
export async function noteFirstRecords(
  connection: DuckDBConnection,
  files: readonly BulkFile[],
  records: ReadonlyMap<string, number>,
  scale: number,
  totalsOnly: boolean,
): Promise<void> {
  const keys = KEY_COLUMNS.join(', ');
  await connection.run(
    `CREATE TEMP TABLE bulk_mixed AS SELECT ${keys} FROM bulk_groups WHERE ${IMPORTED} AND mixed`,
  );
  const { sql } = await sourceSql(connection, files, records);
  // Every record can be read here (a read with a problem is refused before its notes), so
  // `problem` is not asked for: DuckDB then plans the read without its checks.
  await connection.run(`UPDATE bulk_groups AS c SET noted = k.first_noted
    FROM (SELECT ${KEY_COLUMNS.map((column) => `c.${column}`).join(', ')}, arg_min(c.noted, [${fileIndexSql(files)}, c.file_row]) AS first_noted
      FROM (${checkedSql(rowsSql(sql), scale, totalsOnly)}) AS c
      JOIN bulk_mixed AS k ON ${SAME_KEY} GROUP BY ALL) AS k
    WHERE c.problem IS NULL AND c.reason IS NULL AND ${SAME_KEY}`);
  await connection.run('DROP TABLE bulk_mixed');
}

/**
 * The notes on the imported flows of `bulk_groups`, each message counted in flows, in the core's
 * words: `names` gives the name each field has in the files (`Qty`), `economyOf` the economy a
 * code and ISO text map to; `nested` is the count of flows whose commodity codes nest.
 */
export async function flowNotes(
  connection: DuckDBConnection,
  names: ReadonlyMap<string, string>,
  economyOf: (code: string, iso: string) => string,
  nested: number,
): Promise<Note[]> {
  const key = (field: string) => names.get(field) ?? field;
  const counts = new Map<NoteCode, Map<string, number>>();
  const add = (code: NoteCode, message: string, count: number) => {
    const messages = counts.get(code) ?? new Map<string, number>();
    counts.set(code, messages);
    messages.set(message, (messages.get(message) ?? 0) + count);
  };
  const fallback = (role: 'reporter' | 'partner', pair: string, count: number) => {
    if (pair === '') return;
    const [code = '', iso = ''] = pair.split(' ');
    const economy = economyOf(code, iso);
    add(
      'iso-fallback',
      `${key(`${role}Code`)} ${Number.parseInt(code, 10)} is not in Bilateral's table of Comtrade codes: the ${role} is taken from ${key(`${role}ISO`)} ${quoteInput(iso)}${economy === iso ? '' : ` (${economy})`}`,
      count,
    );
  };
  const editions = new Set<string>();
  const rows = (
    await connection.runAndReadAll(
      `SELECT ${NOTED_MARKS} AS noted, CASE WHEN starts_with(noted, '1') THEN commodity END AS restored, count(*) AS flows
      FROM bulk_groups WHERE ${IMPORTED} GROUP BY ALL`,
    )
  ).getRowObjectsJS();
  for (const row of rows) {
    const count = Number(row.flows);
    const [marks = '', legacy = '', edition = '', reporter = '', partner = ''] = String(
      row.noted,
    ).split('|');
    const [restored, valueFrom, missing, estimate, exponent, valuation] = marks;
    if (edition !== '') editions.add(edition);
    fallback('reporter', reporter, count);
    fallback('partner', partner, count);
    if (restored === '1') {
      const code = String(row.restored);
      add(
        'leading-zero-restored',
        `${key('cmdCode')} ${code.slice(1)} had lost its leading zero (a spreadsheet or a number column drops it): HS codes have an even number of digits, so it is read as ${code}`,
        count,
      );
    }
    if (valueFrom === 'X' || valueFrom === 'M') {
      const [field, valued, direction] =
        valueFrom === 'X' ? ['fobvalue', 'FOB', 'export'] : ['cifvalue', 'CIF', 'import'];
      add(
        'value-fallback',
        `${key('primaryValue')} is empty: the ${key(field)} was used instead (${valued}, what Comtrade puts in primaryValue for ${direction}s)`,
        count,
      );
    }
    if (legacy !== '') {
      const flagged = LEGACY_FLAGS.get(legacy);
      add(
        'estimated-quantity',
        flagged === undefined
          ? `${key('legacyEstimationFlag')} ${legacy} is not one of UNSD's codes (0, 2, 4, 6): kept as a note; the value is unaffected`
          : `${key('legacyEstimationFlag')} ${legacy}: UNSD estimated ${flagged}. The flag is about quantities, not the trade value, so the status is unchanged`,
        count,
      );
    }
    if (missing === '1') add('missing-quantity', missingQuantityNote({ keyOf: key }), count);
    if (estimate === 'c') {
      add(
        'estimate',
        `${key('isOriginalClassification')} false: UNSD converted the data from the HS edition the reporter used, so the value of each commodity code is an estimate (status "estimate")`,
        count,
      );
    } else if (estimate === 'e') {
      add(
        'estimate',
        `${key('isReported')} false and ${key('isAggregate')} false: the value was neither reported as such nor rolled up from reported detail, so it is a UNSD estimate (status "estimate")`,
        count,
      );
    }
    if (exponent === '1') {
      add(
        'exponent-value',
        'values written in exponent form (such as 3.89177E+10) were read as written: a spreadsheet may have rounded them, so check them against the source',
        count,
      );
    }
    if (valuation === 'F') {
      add(
        'valuation',
        'imports valued FOB: primaryValue equals fobvalue and not cifvalue (the reporter records imports FOB)',
        count,
      );
    } else if (valuation === 'C') {
      add('valuation', 'exports valued CIF: primaryValue equals cifvalue and not fobvalue', count);
    }
  }
  const orphans = await breakdownsWithoutTotals(connection);
  if (orphans > 0) {
    add(
      'no-totals-row',
      'these breakdowns have no totals row in the input, so none of their trade was imported: query UN Comtrade with motCode 0, customsCode C00, partner2Code 0 and flowCode X or M for the totals, or import the breakdowns instead',
      orphans,
    );
  }
  if (editions.size > 1) {
    const sorted = [...editions].sort();
    add(
      'mixed-classifications',
      `the commodity codes come from ${sorted.length} HS editions (${sorted.join(', ')}): a code can change scope between editions, so compare periods with care`,
      0,
    );
  }
  if (nested > 0) add('nested-commodities', NESTED_COMMODITIES_WORDS, nested);
  return ORDER.flatMap((code) =>
    [...(counts.get(code) ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([message, count]) => ({ code, count, message })),
  );
}

/**
 * How many breakdowns left out (flow parts, modes of transport, customs procedures, second
 * partners; a record, its duplicates aside) have no totals row in the input (flow X or M of the
 * same reporter, partner, period and commodity, with no breakdown), as the core counts them.
 */
async function breakdownsWithoutTotals(connection: DuckDBConnection): Promise<number> {
  const [row] = (
    await connection.runAndReadAll(`SELECT count(*) FROM bulk_groups AS b
      WHERE b.reporter IS NOT NULL AND b.reason IN ${BREAKDOWNS} AND NOT EXISTS (
        SELECT 1 FROM bulk_groups AS t WHERE t.reporter = b.reporter AND t.partner = b.partner
          AND t.flow_code = CASE WHEN b.flow_code IN ${EXPORT_FLOW_CODES} THEN 'X' ELSE 'M' END
          AND t.period = b.period AND coalesce(t.commodity, '') = coalesce(b.commodity, '')
          AND t.mot = 0 AND t.customs_code = 'C00' AND t.partner2 = 0)`)
  ).getRowsJS();
  return Number(row?.[0] ?? 0);
}
