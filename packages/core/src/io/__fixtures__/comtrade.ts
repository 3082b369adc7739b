/**
 * Test helpers for the importers: the two real UN Comtrade records, and records and CSV text
 * synthesized from them (never presented as published figures).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A UN Comtrade record as the API returns it. */
export type ComtradeJson = Record<string, unknown>;

/** A UN Comtrade API v1 response. */
export interface ComtradeResponse {
  readonly elapsedTime: string;
  readonly count: number;
  readonly data: ComtradeJson[];
  readonly error: string;
}

/** One of the captured responses (a fresh copy each time). */
export function response(year: 2021 | 2023): ComtradeResponse {
  const file = join(import.meta.dirname, `comtrade-bra-chn-soy-${year}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as ComtradeResponse;
}

/** The captured record of a year (a fresh copy each time). */
export function soy(year: 2021 | 2023): ComtradeJson {
  const [record] = response(year).data;
  if (record === undefined) throw new Error(`the ${year} fixture has no record`);
  return record;
}

/** A synthesized record: the 2023 record with some fields changed (or removed with `undefined`). */
export function record(changes: ComtradeJson = {}): ComtradeJson {
  const result: ComtradeJson = { ...soy(2023), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete result[key];
  return result;
}

/** `primaryValue` → `primary_value`, `reporterISO` → `reporter_iso`. */
export function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** The same records with their keys renamed. */
export function renameKeys(
  records: readonly ComtradeJson[],
  rename: (key: string) => string,
): ComtradeJson[] {
  return records.map((item) =>
    Object.fromEntries(Object.entries(item).map(([key, value]) => [rename(key), value])),
  );
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value: unknown, quoteAll: boolean): string {
  const text = value === null || value === undefined ? '' : String(value);
  return quoteAll || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV text with the columns of the first record, as the API's CSV has them. */
export function toCsv(
  records: readonly ComtradeJson[],
  options: { crlf?: boolean; bom?: boolean; quoteAll?: boolean; columns?: readonly string[] } = {},
): string {
  const columns = options.columns ?? Object.keys(records[0] ?? {});
  const newline = options.crlf ? '\r\n' : '\n';
  const quoteAll = options.quoteAll ?? false;
  const lines = [
    columns.map((column) => field(column, quoteAll)).join(','),
    ...records.map((item) => columns.map((column) => field(item[column], quoteAll)).join(',')),
  ];
  return `${options.bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}
