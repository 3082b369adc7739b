import { formatPeriod } from '../../period/format-period.js';
import { parsePeriod } from '../../period/parse-period.js';
import type { Period } from '../../period/period.js';
import type { FlowTable } from '../flow-table.js';

const parsed = new WeakMap<readonly string[], readonly Period[]>();

/**
 * The periods of a table's period dictionary, parsed once per dictionary.
 *
 * @example
 * ```ts
 * periodsOf(flowTableFromRecords([{ reporter: 'VNM', partner: 'LAO', flow: 'export',
 *   period: '2024-Q3', value: '1', currency: 'USD' }]));
 * //=> [{ kind: 'quarter', year: 2024, quarter: 3 }]
 * ```
 */
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
 * For each period code, the code of the shifted period (−1 for none) and its text (`null` where
 * the shift gives no period: before the year 1).
 */
export interface ShiftedPeriods {
  /** Read only: shared by every call with the same dictionary and shift. */
  readonly codes: Int32Array;
  readonly texts: readonly (string | null)[];
}

/** A period's base: the period to compare it with, or `undefined` where there is none. */
type Shift = (period: Period) => Period | undefined;

const shiftedBy = new WeakMap<readonly string[], Map<Shift, ShiftedPeriods>>();

/**
 * For each period code, the code of the period `shift` gives (−1 when the table has no such
 * period, or `shift` gives none) and that period's text (`null` for none): period arithmetic once
 * per distinct period and shift, kept with the dictionary (as {@link periodsOf}), so that a verb
 * called again on the same table allocates nothing here — a few kilobytes of strings and maps a
 * call were enough to keep V8's young generation at its largest size and bring a full collection
 * every few calls.
 *
 * @example
 * ```ts
 * const table = flowTableFromRecords(['0001', '0002'].map((period) => ({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period, value: '1', currency: 'USD',
 * })));
 * const { codes, texts } = shiftedPeriodCodes(table, yearEarlierInRange);
 * [[...codes], texts];
 * //=> [[-1, 0], [null, '0001']]
 * ```
 */
export function shiftedPeriodCodes(table: FlowTable, shift: Shift): ShiftedPeriods {
  const dictionary = table.dictionaries.period;
  let byShift = shiftedBy.get(dictionary);
  if (byShift === undefined) {
    byShift = new Map();
    shiftedBy.set(dictionary, byShift);
  }
  let shifted = byShift.get(shift);
  if (shifted === undefined) {
    const codeOf = new Map(dictionary.map((text, code) => [text, code]));
    const texts = periodsOf(table).map((period) => {
      const base = shift(period);
      return base === undefined ? null : formatPeriod(base);
    });
    shifted = {
      codes: Int32Array.from(texts, (text) => (text === null ? -1 : (codeOf.get(text) ?? -1))),
      texts,
    };
    byShift.set(shift, shifted);
  }
  return shifted;
}
