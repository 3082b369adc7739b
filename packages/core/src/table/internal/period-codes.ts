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

/** For each period code, the code of the shifted period (−1 for none) and its text. */
export interface ShiftedPeriods {
  /** Read only: shared by every call with the same dictionary and shift. */
  readonly codes: Int32Array;
  readonly texts: readonly string[];
}

type Shift = (period: Period) => Period;

const shiftedBy = new WeakMap<readonly string[], Map<Shift, ShiftedPeriods>>();

/**
 * For each period code, the code of the period `shift` gives (−1 when the table has no such
 * period) and that period's text: period arithmetic once per distinct period and shift, kept
 * with the dictionary (as {@link periodsOf}), so that a verb called again on the same table
 * allocates nothing here — a few kilobytes of strings and maps a call were enough to keep V8's
 * young generation at its largest size and bring a full collection every few calls.
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
    const texts = periodsOf(table).map((period) => formatPeriod(shift(period)));
    shifted = { codes: Int32Array.from(texts, (text) => codeOf.get(text) ?? -1), texts };
    byShift.set(shift, shifted);
  }
  return shifted;
}
