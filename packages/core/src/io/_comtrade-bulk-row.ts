/**
 * A lean reader for the common row of a UN Comtrade CSV or bulk file: a goods totals record
 * (flow X or M, motCode 0, customsCode C00, partner2Code 0) of a known reporter and partner, with
 * plain codes, a consistent period, a plain value, and the optional columns as Comtrade's bulk
 * files write them for such a row (no quantity, or one written as missing; the own valuation equal
 * to primaryValue; no estimation flag). It reads the cells as bounds in the chunk's text (no
 * object per row), the value's digits straight into canonical decimal text and an exact scaled
 * integer, and checks each field by hand; the economies and periods are looked up and checked
 * once per distinct text. Any other row it leaves to the general reader (`readComtradeRow`),
 * which reports its problems and notes as before. Private to the `io` module.
 *
 * @internal
 */

import { economyFromComtradeCode, isKnownEconomyCode } from '../economy/index.js';
import { TradeFlowSchema } from '../flow/trade-flow-schema.js';
import { formatPeriod } from '../period/index.js';
import type { ComtradeField, HeaderColumn } from './_comtrade-fields.js';
import { QUANTITY_NOT_REPORTED } from './_comtrade-row.js';

/** An economy found by its Comtrade code (and ISO text), as a flow names it. */
interface KnownEconomy {
  readonly code: string;
  readonly name: string;
}

/** A period cell read: its text and what the other period fields must say to agree. */
interface PeriodCell {
  readonly text: string;
  readonly annual: boolean;
  readonly year: string;
  /** Accepted `refMonth` texts: the month's number, and padded to two digits when it has one. */
  readonly months: readonly string[];
  readonly periodId: string;
}

/**
 * Columns whose text never changes what a totals row of a known economy becomes. Any Comtrade
 * column neither here nor in `READ` must be empty for the lean reader to read a row.
 */
const IGNORED: ReadonlySet<ComtradeField> = new Set<ComtradeField>([
  'reporterDesc',
  'partnerDesc',
  'rgCode',
  'motDesc',
  'customsDesc',
  'partner2Desc',
  'aggrLevel',
]);

/** Columns the lean reader reads. */
const READ: readonly ComtradeField[] = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'partnerCode',
  'partnerISO',
  'flowCode',
  'partner2Code',
  'classificationCode',
  'cmdCode',
  'customsCode',
  'motCode',
  'primaryValue',
  'cmdDesc',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'netWgt',
  'cifvalue',
  'fobvalue',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
  'isOriginalClassification',
];

// The index of each field in `READ`.
const [TYPE, FREQ, PERIOD_ID, REF_YEAR, REF_MONTH, PERIOD, REPORTER, REPORTER_ISO] = [
  0, 1, 2, 3, 4, 5, 6, 7,
];
const [PARTNER, PARTNER_ISO, FLOW, PARTNER2, EDITION, CMD, CUSTOMS, MOT, VALUE] = [
  8, 9, 10, 11, 12, 13, 14, 15, 16,
];
const [CMD_DESC, QTY_UNIT, QTY_ABBR, QTY, QTY_ESTIMATED, NET_WEIGHT, CIF, FOB] = [
  17, 18, 19, 20, 21, 22, 23, 24,
];
const [LEGACY_FLAG, REPORTED, AGGREGATE, ORIGINAL] = [25, 26, 27, 28];

const ZERO = 48;
const NINE = 57;
const DOT = 46;

/** Whether `text` is 1 to `max` ASCII digits. */
function isDigits(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) return false;
  }
  return true;
}

/** A cached economy: the ISO text it was found with, and what was found. */
interface EconomyEntry {
  readonly iso: string;
  readonly economy: KnownEconomy | null;
}

/** Reads the common rows of a file with given header columns; see the module's summary. */
export class ComtradeBulkRowReader {
  /** The column of each field of `READ`, in its order (-1 when the header lacks it). */
  private readonly at: Int32Array;
  /** Columns that must be empty for a row to be read here. */
  private readonly empty: readonly number[];
  /** By Comtrade code (a number). */
  private readonly economies = new Map<number, EconomyEntry>();
  /** By the number of the period cell (+ 10^7 for YYYYMM). */
  private readonly periods = new Map<number, PeriodCell | null>();
  // The row being read: its text, where each column starts and ends.
  private text = '';
  private starts: Int32Array = new Int32Array(0);
  private ends: Int32Array = new Int32Array(0);

  // The row read last (valid after `read` returned true).
  reporter = '';
  reporterName = '';
  partner = '';
  partnerName = '';
  /** `X` or `M`. */
  flowCode = '';
  period = '';
  /** The HS code, or undefined for `TOTAL`. */
  commodity: string | undefined = undefined;
  classification: string | undefined = undefined;
  /** The value as canonical decimal text (as `Decimal#toFixed` writes it). */
  value = '';
  /** The value as `mantissa` × 10^-`scale`, exactly (at most 15 digits). */
  mantissa = 0;
  scale = 0;
  /** The flow's note: the commodity's description, and "quantity not reported". */
  note: string | undefined = undefined;
  /** Whether the quantity is written as missing (qty 0 or empty, unit -1 or N/A): noted. */
  missingQuantity = false;

  /**
   * @param columns - the header's columns
   * @param semicolons - the file is separated by semicolons, where a value such as `491.900` is
   *   the general reader's to refuse (`readAmountText`)
   */
  constructor(
    columns: readonly HeaderColumn[],
    private readonly semicolons = false,
  ) {
    const at = new Int32Array(READ.length).fill(-1);
    const empty: number[] = [];
    for (const { field, column } of columns) {
      if (READ.includes(field)) at[READ.indexOf(field)] = column;
      else if (!IGNORED.has(field)) empty.push(column);
    }
    this.at = at;
    this.empty = empty;
  }

  /** Whether the file has the columns this reader needs (codes, flow code, period, value). */
  get usable(): boolean {
    return [REPORTER, PARTNER, FLOW, PERIOD, CMD, VALUE].every((field) => this.at[field] !== -1);
  }

  /**
   * Reads a row of the header's width — column `i` is `text.slice(starts[i], ends[i])` — into
   * this reader's fields; false (nothing reported) when the row is not a plain totals record
   * that the general reader would import as is.
   */
  read(text: string, starts: Int32Array, ends: Int32Array): boolean {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    for (const column of this.empty) if (ends[column] !== starts[column]) return false;
    if (!this.emptyOr(TYPE, 'C')) return false;
    const exports = this.is(FLOW, 'X');
    if (!exports && !this.is(FLOW, 'M')) return false;
    if (!this.emptyOr(MOT, '0') || !this.emptyOr(CUSTOMS, 'C00')) return false;
    if (!this.emptyOr(PARTNER2, '0')) return false;
    const reporter = this.economy(REPORTER, REPORTER_ISO);
    const partner = this.economy(PARTNER, PARTNER_ISO);
    if (reporter === null || partner === null || reporter.code === partner.code) return false;
    const period = this.periodOf();
    if (period === null) return false;
    if (!this.emptyOr(FREQ, period.annual ? 'A' : 'M')) return false;
    if (!this.emptyOr(REF_YEAR, period.year) || !this.emptyOr(PERIOD_ID, period.periodId)) {
      return false;
    }
    const [month, paddedMonth] = period.months;
    if (this.length(REF_MONTH) !== 0 && !this.is(REF_MONTH, month as string)) {
      if (paddedMonth === undefined || !this.is(REF_MONTH, paddedMonth)) return false;
    }
    let commodity: string | undefined;
    let classification: string | undefined;
    if (!this.is(CMD, 'TOTAL')) {
      const length = this.length(CMD);
      if (length % 2 === 1 || length > 8 || this.digits(CMD) === -1) return false;
      commodity = this.slice(CMD);
      const edition = this.slice(EDITION);
      if (edition !== '') {
        const second = edition.charCodeAt(1);
        const ok =
          edition.length === 2 &&
          edition.charCodeAt(0) === 72 && // H
          (second === 83 || (second >= ZERO && second <= NINE)); // S or a digit
        if (!ok) return false;
        classification = edition;
      }
    }
    // Valuation: the flow's own (FOB for exports, CIF for imports) empty or primaryValue as
    // written, the other empty; status: official (no estimation flags).
    if (this.length(exports ? CIF : FOB) !== 0) return false;
    if (this.length(exports ? FOB : CIF) !== 0 && !this.same(exports ? FOB : CIF, VALUE)) {
      return false;
    }
    if (!this.emptyOr(ORIGINAL, 'true') || !this.emptyOr(LEGACY_FLAG, '0')) return false;
    if (!this.isBoolean(REPORTED) || !this.isBoolean(AGGREGATE)) return false;
    if (this.is(REPORTED, 'false') && this.is(AGGREGATE, 'false')) return false;
    // Quantities: none, or written as missing; no net weight.
    const unitMissing = this.is(QTY_UNIT, '-1') || this.is(QTY_ABBR, 'N/A');
    if (!this.emptyOr(QTY_UNIT, '-1') || !this.emptyOr(QTY_ABBR, 'N/A')) return false;
    if (unitMissing ? !this.emptyOr(QTY, '0') : this.length(QTY) !== 0) return false;
    if (!this.isBoolean(QTY_ESTIMATED) || !this.emptyOr(NET_WEIGHT, '0')) return false;
    if (!this.readValue()) return false;
    const missingQuantity = unitMissing && this.at[QTY] !== -1;
    const description = commodity === undefined ? '' : this.slice(CMD_DESC).trim();
    let note = description === '' ? undefined : description;
    if (missingQuantity) {
      note = note === undefined ? QUANTITY_NOT_REPORTED : `${note}; ${QUANTITY_NOT_REPORTED}`;
    }
    this.note = note;
    this.missingQuantity = missingQuantity;
    this.reporter = reporter.code;
    this.reporterName = reporter.name;
    this.partner = partner.code;
    this.partnerName = partner.name;
    this.flowCode = exports ? 'X' : 'M';
    this.period = period.text;
    this.commodity = commodity;
    this.classification = classification;
    return true;
  }

  /** The length of field `field`'s text (0 when the header lacks it). */
  private length(field: number): number {
    const column = this.at[field] as number;
    return column === -1 ? 0 : (this.ends[column] as number) - (this.starts[column] as number);
  }

  /** The text of field `field` (`''` when the header lacks it). */
  private slice(field: number): string {
    const column = this.at[field] as number;
    return column === -1 ? '' : this.text.slice(this.starts[column], this.ends[column]);
  }

  /** Whether field `field` is `literal`. */
  private is(field: number, literal: string): boolean {
    if (this.length(field) !== literal.length) return false;
    const start = this.starts[this.at[field] as number] as number;
    for (let at = 0; at < literal.length; at += 1) {
      if (this.text.charCodeAt(start + at) !== literal.charCodeAt(at)) return false;
    }
    return true;
  }

  /** Whether field `field` is empty (or absent), `true` or `false`. */
  private isBoolean(field: number): boolean {
    return this.emptyOr(field, 'true') || this.is(field, 'false');
  }

  /** Whether fields `a` and `b` hold the same text (both present). */
  private same(a: number, b: number): boolean {
    const length = this.length(a);
    if (length !== this.length(b) || this.at[a] === -1 || this.at[b] === -1) return false;
    const startA = this.starts[this.at[a] as number] as number;
    const startB = this.starts[this.at[b] as number] as number;
    for (let at = 0; at < length; at += 1) {
      if (this.text.charCodeAt(startA + at) !== this.text.charCodeAt(startB + at)) return false;
    }
    return true;
  }

  /** Whether field `field` is empty (or absent) or `literal`. */
  private emptyOr(field: number, literal: string): boolean {
    return this.length(field) === 0 || this.is(field, literal);
  }

  /** The number that field `field` writes in 1 to 9 digits, or -1. */
  private digits(field: number): number {
    const length = this.length(field);
    if (length === 0 || length > 9) return -1;
    const start = this.starts[this.at[field] as number] as number;
    let number = 0;
    for (let at = start; at < start + length; at += 1) {
      const code = this.text.charCodeAt(at);
      if (code < ZERO || code > NINE) return -1;
      number = number * 10 + (code - ZERO);
    }
    return number;
  }

  /**
   * Reads the value — plain decimal text (digits, a point and digits) of at most 15 significant
   * digits — into `value`, `mantissa` and `scale`: leading zeros of the whole part and trailing
   * zeros of the fraction dropped, as `Decimal#toFixed` writes it.
   */
  private readValue(): boolean {
    const length = this.length(VALUE);
    if (length === 0) return false;
    const text = this.text;
    const first = this.starts[this.at[VALUE] as number] as number;
    const last = first + length;
    let dot = -1;
    let start = -1; // the first digit that is kept in the whole part
    let end = last; // past the last digit kept
    for (let at = first; at < last; at += 1) {
      const code = text.charCodeAt(at);
      if (code === DOT) {
        if (dot !== -1 || at === first || at === last - 1) return false;
        dot = at;
      } else if (code < ZERO || code > NINE) return false;
      else if (start === -1 && dot === -1 && (code !== ZERO || text.charCodeAt(at + 1) === DOT)) {
        start = at;
      }
    }
    // A point before three digits after one to three, not 0 (`491.900`): a thousands point in a
    // file separated by semicolons, refused there by the general reader.
    const thousands = dot !== -1 && last - dot === 4 && dot - first <= 3;
    if (this.semicolons && thousands && text.charCodeAt(first) !== ZERO) return false;
    if (start === -1) start = dot === -1 ? last - 1 : dot - 1; // all zeros
    if (dot !== -1) {
      while (end > dot + 1 && text.charCodeAt(end - 1) === ZERO) end -= 1;
      if (end === dot + 1) end = dot; // a fraction of zeros
    }
    const digits = end - start - (dot !== -1 && end > dot ? 1 : 0);
    if (digits > 15) return false;
    let mantissa = 0;
    for (let at = start; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code !== DOT) mantissa = mantissa * 10 + (code - ZERO);
    }
    this.mantissa = mantissa;
    this.scale = dot !== -1 && end > dot ? end - dot - 1 : 0;
    this.value = text.slice(start, end);
    return true;
  }

  /** The economy of a Comtrade code field and ISO field when the code is known and agrees. */
  private economy(codeField: number, isoField: number): KnownEconomy | null {
    const code = this.digits(codeField);
    if (code === -1) return null;
    const entry = this.economies.get(code);
    if (entry !== undefined && this.is(isoField, entry.iso)) return entry.economy;
    const iso = this.slice(isoField);
    const economy = knownEconomy(code, iso);
    if (this.economies.size < 10_000) this.economies.set(code, { iso, economy });
    return economy;
  }

  /** The period of the `period` field (YYYY or YYYYMM, years 1900–2999). */
  private periodOf(): PeriodCell | null {
    const length = this.length(PERIOD);
    if (length !== 4 && length !== 6) return null;
    const number = this.digits(PERIOD);
    if (number === -1) return null;
    const key = length === 6 ? number + 10_000_000 : number;
    let period = this.periods.get(key);
    if (period === undefined) {
      period = periodCell(this.slice(PERIOD));
      if (this.periods.size < 10_000) this.periods.set(key, period);
    }
    return period;
  }
}

/** See {@link ComtradeBulkRowReader.economy}. */
function knownEconomy(code: number, isoText: string): KnownEconomy | null {
  const iso = isoText.trim() === '' ? undefined : isoText.trim().toUpperCase();
  try {
    const economy = economyFromComtradeCode(code);
    if (iso !== undefined && iso !== economy.code && iso !== economy.comtradeIso) return null;
    if (!isKnownEconomyCode(economy.code) || !/^[A-Z]{3}$/.test(economy.code)) return null;
    return { code: economy.code, name: economy.names.en };
  } catch {
    return null; // unknown code: the general reader falls back on the ISO text or refuses it
  }
}

/** See {@link ComtradeBulkRowReader.periodOf}. */
function periodCell(text: string): PeriodCell | null {
  if ((text.length !== 4 && text.length !== 6) || !isDigits(text, 6)) return null;
  const year = Number(text.slice(0, 4));
  if (year < 1900 || year > 2999) return null;
  if (text.length === 4) {
    const annual = formatPeriod({ kind: 'year', year });
    if (!TradeFlowSchema.shape.period.safeParse(annual).success) return null;
    return { text: annual, annual: true, year: text, months: ['52'], periodId: `${text}0101` };
  }
  const mm = text.slice(4);
  const month = Number(mm);
  if (month < 1 || month > 12) return null;
  const monthly = formatPeriod({ kind: 'month', year, month });
  if (!TradeFlowSchema.shape.period.safeParse(monthly).success) return null;
  const months = mm[0] === '0' ? [String(month), mm] : [mm];
  return { text: monthly, annual: false, year: text.slice(0, 4), months, periodId: `${text}01` };
}
