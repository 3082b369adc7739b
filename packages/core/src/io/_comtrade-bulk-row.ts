/**
 * A lean reader for the common row of a UN Comtrade CSV or bulk file: a goods totals record
 * (flow X or M, motCode 0, customsCode C00, partner2Code 0) of a known reporter and partner, with
 * plain codes, a consistent period and a plain value. It reads the cells by column index into
 * fields of its own (no object per row), the value's digits straight into canonical decimal text
 * and an exact scaled integer, and checks each field by hand; the economies and periods are
 * looked up and checked once per distinct text. Any row it does not recognise as such — or whose
 * optional columns (quantities, flags, other valuations) hold anything — it leaves to the general
 * reader (`readComtradeRow`), which reports its problems and notes as before. Private to the `io`
 * module.
 *
 * @internal
 */

import { economyFromComtradeCode, isKnownEconomyCode } from '../economy/index.js';
import { TradeFlowSchema } from '../flow/trade-flow-schema.js';
import { formatPeriod } from '../period/index.js';
import type { ComtradeField, HeaderColumn } from './_comtrade-fields.js';

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
  /** Accepted `refMonth` texts. */
  readonly months: readonly string[];
  readonly periodId: string;
}

/** Columns whose text never changes what a totals row of a known economy becomes. */
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
];

// The index of each field in `READ`.
const [TYPE, FREQ, PERIOD_ID, REF_YEAR, REF_MONTH, PERIOD, REPORTER, REPORTER_ISO] = [
  0, 1, 2, 3, 4, 5, 6, 7,
];
const [PARTNER, PARTNER_ISO, FLOW, PARTNER2, EDITION, CMD, CUSTOMS, MOT, VALUE] = [
  8, 9, 10, 11, 12, 13, 14, 15, 16,
];

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

/** The cell of field `field` (an index in `READ`), `''` when the header lacks it. */
function cellOf(cells: readonly string[], at: Int32Array, field: number): string {
  const column = at[field] as number;
  return column === -1 ? '' : (cells[column] as string);
}

/** Reads the common rows of a file with given header columns; see the module's summary. */
export class ComtradeBulkRowReader {
  /** The column of each field of `READ`, in its order (-1 when the header lacks it). */
  private readonly at: Int32Array;
  /** Columns that must be empty for a row to be read here. */
  private readonly empty: readonly number[];
  private readonly economies = new Map<string, Map<string, KnownEconomy | null>>();
  private readonly periods = new Map<string, PeriodCell | null>();

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

  constructor(columns: readonly HeaderColumn[]) {
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
   * Reads a row of the header's width into this reader's fields; false (nothing reported) when
   * the row is not a plain totals record that the general reader would import as is.
   */
  read(cells: readonly string[]): boolean {
    for (const column of this.empty) if (cells[column] !== '') return false;
    const at = this.at;
    const typeCode = cellOf(cells, at, TYPE);
    if (typeCode !== '' && typeCode !== 'C') return false;
    const flowCode = cellOf(cells, at, FLOW);
    if (flowCode !== 'X' && flowCode !== 'M') return false;
    const mot = cellOf(cells, at, MOT);
    const customs = cellOf(cells, at, CUSTOMS);
    const partner2 = cellOf(cells, at, PARTNER2);
    if ((mot !== '' && mot !== '0') || (customs !== '' && customs !== 'C00')) return false;
    if (partner2 !== '' && partner2 !== '0') return false;
    const reporter = this.economy(cellOf(cells, at, REPORTER), cellOf(cells, at, REPORTER_ISO));
    const partner = this.economy(cellOf(cells, at, PARTNER), cellOf(cells, at, PARTNER_ISO));
    if (reporter == null || partner == null || reporter.code === partner.code) return false;
    const period = this.periodOf(cellOf(cells, at, PERIOD));
    if (period == null) return false;
    const freq = cellOf(cells, at, FREQ);
    if (freq !== '' && freq !== (period.annual ? 'A' : 'M')) return false;
    const refYear = cellOf(cells, at, REF_YEAR);
    if (refYear !== '' && refYear !== period.year) return false;
    const refMonth = cellOf(cells, at, REF_MONTH);
    if (refMonth !== '' && !period.months.includes(refMonth)) return false;
    const periodId = cellOf(cells, at, PERIOD_ID);
    if (periodId !== '' && periodId !== period.periodId) return false;
    const cmdCode = cellOf(cells, at, CMD);
    let commodity: string | undefined;
    let classification: string | undefined;
    if (cmdCode !== 'TOTAL') {
      if (cmdCode.length % 2 === 1 || !isDigits(cmdCode, 8)) return false;
      commodity = cmdCode;
      const edition = cellOf(cells, at, EDITION);
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
    if (!this.readValue(cellOf(cells, at, VALUE))) return false;
    this.reporter = reporter.code;
    this.reporterName = reporter.name;
    this.partner = partner.code;
    this.partnerName = partner.name;
    this.flowCode = flowCode;
    this.period = period.text;
    this.commodity = commodity;
    this.classification = classification;
    return true;
  }

  /**
   * Reads plain decimal text (digits, a point and digits) of at most 15 significant digits into
   * `value`, `mantissa` and `scale`: leading zeros of the whole part and trailing zeros of the
   * fraction dropped, as `Decimal#toFixed` writes it.
   */
  private readValue(text: string): boolean {
    const length = text.length;
    if (length === 0) return false;
    let dot = -1;
    let start = -1; // the first digit that is kept in the whole part
    let end = length; // past the last digit kept
    for (let at = 0; at < length; at += 1) {
      const code = text.charCodeAt(at);
      if (code === DOT) {
        if (dot !== -1 || at === 0 || at === length - 1) return false;
        dot = at;
      } else if (code < ZERO || code > NINE) return false;
      else if (start === -1 && dot === -1 && (code !== ZERO || text.charCodeAt(at + 1) === DOT)) {
        start = at;
      }
    }
    if (start === -1) start = dot === -1 ? length - 1 : dot - 1; // all zeros
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
    this.value = start === 0 && end === length ? text : text.slice(start, end);
    return true;
  }

  /** The economy of a Comtrade code cell and ISO cell when the code is known and agrees. */
  private economy(codeText: string, isoText: string): KnownEconomy | null | undefined {
    let byIso = this.economies.get(codeText);
    if (byIso === undefined) {
      byIso = new Map();
      if (this.economies.size < 10_000) this.economies.set(codeText, byIso);
    }
    let economy = byIso.get(isoText);
    if (economy === undefined) {
      economy = knownEconomy(codeText, isoText);
      if (byIso.size < 100) byIso.set(isoText, economy);
    }
    return economy;
  }

  /** The period of a `period` cell (YYYY or YYYYMM, years 1900–2999). */
  private periodOf(text: string): PeriodCell | null {
    let period = this.periods.get(text);
    if (period === undefined) {
      period = periodCell(text);
      if (this.periods.size < 10_000) this.periods.set(text, period);
    }
    return period;
  }
}

/** See {@link ComtradeBulkRowReader.economy}. */
function knownEconomy(codeText: string, isoText: string): KnownEconomy | null {
  if (!isDigits(codeText, 9)) return null;
  const iso = isoText.trim() === '' ? undefined : isoText.trim().toUpperCase();
  try {
    const economy = economyFromComtradeCode(Number.parseInt(codeText, 10));
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
  const months = mm[0] === '0' ? [mm, String(month)] : [mm];
  return { text: monthly, annual: false, year: text.slice(0, 4), months, periodId: `${text}01` };
}
