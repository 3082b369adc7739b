import { formatPeriod } from '../../period/format-period.js';
import { parsePeriod } from '../../period/parse-period.js';
import type { Period } from '../../period/period.js';
import type { FlowTable } from '../flow-table.js';

const parsed = new WeakMap<readonly string[], readonly Period[]>();

/** The periods of a table's period dictionary, parsed once per dictionary. */
export function periodsOf(table: FlowTable): readonly Period[] {
  const texts = table.dictionaries.period;
  let periods = parsed.get(texts);
  if (periods === undefined) {
    periods = texts.map((text) => parsePeriod(text));
    parsed.set(texts, periods);
  }
  return periods;
}

/**
 * For each period code, the code of the period `shift` gives (−1 when the table has no such
 * period) and that period's text: period arithmetic once per distinct period, not per row.
 */
export function shiftedPeriodCodes(
  table: FlowTable,
  shift: (period: Period) => Period,
): { readonly codes: Int32Array; readonly texts: readonly string[] } {
  const dictionary = table.dictionaries.period;
  const codeOf = new Map(dictionary.map((text, code) => [text, code]));
  const texts = periodsOf(table).map((period) => formatPeriod(shift(period)));
  return { codes: Int32Array.from(texts, (text) => codeOf.get(text) ?? -1), texts };
}
