/**
 * Reads one UN Comtrade record (API v1, its snake_case or PascalCase copies, or legacy v0) into
 * what a flow needs, reporting every problem of the record with its path. Private to the `io`
 * module.
 *
 * @internal
 */

import { readAmountText } from '../_internal/amount-text.js';
import { calendarDateProblem } from '../_internal/calendar-date.js';
import type { Decimal } from '../_internal/decimal.js';
import { foundWords } from '../_internal/must-be.js';
import { capInput, describeInput, quoteInput } from '../_internal/quote-input.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { economyCodeFromComtradeIso, economyFromComtradeCode } from '../economy/index.js';
import { writeEconomyLabel } from '../economy/write-economy-label.js';
import { BilateralError } from '../errors/index.js';
import { formatPeriod } from '../period/index.js';
import { type ComtradeField, ComtradeRecord, type QuantityKeys } from './_comtrade-fields.js';
import type { ImportLog } from './_report.js';

/** A UN Comtrade flow code: its direction and, for the parts of X and M, what the part is. */
interface FlowCode {
  readonly direction: 'export' | 'import';
  /** For codes other than X and M: the part of X or M they are, in words. */
  readonly part?: string;
}

/** The flow codes of UN Comtrade API v1 (goods). A map, so no input text can name a prototype key. */
export const FLOW_CODES: ReadonlyMap<string, FlowCode> = new Map([
  ['X', { direction: 'export' }],
  ['M', { direction: 'import' }],
  ['RX', { direction: 'export', part: 're-exports' }],
  ['RM', { direction: 'import', part: 're-imports' }],
  ['DX', { direction: 'export', part: 'domestic exports' }],
  ['FM', { direction: 'import', part: 'foreign imports' }],
  ['XIP', { direction: 'export', part: 'exports after inward processing' }],
  ['XOP', { direction: 'export', part: 'exports for outward processing' }],
  ['MIP', { direction: 'import', part: 'imports for inward processing' }],
  ['MOP', { direction: 'import', part: 'imports after outward processing' }],
]);

/** Legacy (v0) trade regime codes, as v1 flow codes. */
const REGIME_CODES: ReadonlyMap<string, string> = new Map([
  ['1', 'M'],
  ['2', 'X'],
  ['3', 'RX'],
  ['4', 'RM'],
]);

/** One record, read. */
export interface ComtradeRow {
  readonly index: number;
  readonly version: 'v1' | 'v0';
  readonly services: boolean;
  readonly reporter: string;
  readonly reporterName: string;
  readonly partner: string;
  readonly partnerName: string;
  /** The reporter or partner that is a group or an area of UN Comtrade, not an economy. */
  readonly group: string | undefined;
  /** The v1 flow code (`X`, `M`, `RX`, …); v0 regime codes are translated. */
  readonly flowCode: string;
  readonly direction: 'export' | 'import';
  readonly period: string;
  /** HS code, or undefined for `TOTAL` (and for services). */
  readonly commodity: string | undefined;
  readonly classification: string | undefined;
  readonly value: Decimal;
  readonly valuation: 'FOB' | 'CIF';
  readonly status: 'official' | 'estimate';
  readonly motCode: number;
  readonly motDesc: string | undefined;
  readonly customsCode: string;
  readonly customsDesc: string | undefined;
  readonly partner2Code: number;
  readonly partner2Desc: string | undefined;
  /** The parts of the flow's note (commodity description, quantity, estimation). */
  readonly noteParts: readonly string[];
}

/** A number read from a record: its Decimal and whether it came in exponent form. */
interface Amount {
  readonly decimal: Decimal;
  readonly exponent: boolean;
  /** A JSON number with more significant digits than a double keeps exactly. */
  readonly imprecise: boolean;
}

const INTEGER_TEXT = /^[+-]?\d+(?:\.0+)?$/;

/** What an amount field holds, for its problems: `a quantity` (qty), `a weight`, `a trade value`. */
const amountOf = (field: ComtradeField): string =>
  field === 'qty' ? 'a quantity' : field === 'netWgt' ? 'a weight' : 'a trade value';

/** Significant digits of a number's shortest text form. */
function significantDigits(text: string): number {
  const mantissa = text.split(/[eE]/)[0] ?? '';
  return mantissa.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}

/** Reads the fields of one record, remembering whether any was bad. */
class RowReader {
  ok = true;

  constructor(
    readonly record: ComtradeRecord,
    readonly row: number,
    readonly log: ImportLog,
    /** The record is a line of a file separated by semicolons (`readAmountText`'s option). */
    readonly semicolons: boolean,
  ) {}

  key(field: ComtradeField): string {
    return this.record.keyOf(field);
  }

  fail(field: ComtradeField | undefined, message: string): void {
    this.ok = false;
    this.log.problem(this.row, field === undefined ? undefined : this.key(field), message);
  }

  text(field: ComtradeField): string | undefined {
    const entry = this.record.get(field);
    if (entry === undefined) return undefined;
    const { value } = entry;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return String(value);
    this.fail(field, `expected text or a number, got ${describeInput(value)}`);
    return undefined;
  }

  /** An integer; `undefined` when absent; `false` when present but not an integer (reported). */
  integer(field: ComtradeField): number | undefined | false {
    const entry = this.record.get(field);
    if (entry === undefined) return undefined;
    const { value } = entry;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
      const integer = Number.parseInt(value.trim(), 10);
      if (Number.isSafeInteger(integer)) return integer;
    }
    this.fail(field, `${describeInput(value)} is not a whole number`);
    return false;
  }

  boolean(field: ComtradeField): boolean | undefined {
    const entry = this.record.get(field);
    if (entry === undefined) return undefined;
    const { value } = entry;
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    this.fail(field, `${describeInput(value)} is not true or false`);
    return undefined;
  }

  /** A non-negative number; `undefined` when absent; `false` when bad (reported). */
  amount(field: ComtradeField): Amount | undefined | false {
    const entry = this.record.get(field);
    if (entry === undefined) return undefined;
    const { value } = entry;
    let text: string;
    let imprecise = false;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        this.fail(field, `${String(value)} is not a finite number`);
        return false;
      }
      text = String(value);
      imprecise = significantDigits(text) > 15;
    } else if (typeof value === 'string') {
      text = value.trim();
    } else {
      this.fail(field, `expected a number, got ${describeInput(value)}`);
      return false;
    }
    const read = readAmountText(text, amountOf(field), {
      semicolons: this.semicolons && typeof value === 'string',
    });
    if (read.problem !== undefined) {
      this.fail(field, read.problem);
      return false;
    }
    return { decimal: read.decimal, exponent: /[eE]/.test(text), imprecise };
  }
}

/** Reads the reporter or partner: the Comtrade code first, the ISO code when the code is unknown. */
function readEconomy(
  r: RowReader,
  role: 'reporter' | 'partner',
): { code: string; name: string; group?: true } | undefined {
  const codeField: ComtradeField = role === 'reporter' ? 'reporterCode' : 'partnerCode';
  const isoField: ComtradeField = role === 'reporter' ? 'reporterISO' : 'partnerISO';
  const descField: ComtradeField = role === 'reporter' ? 'reporterDesc' : 'partnerDesc';
  const number = r.integer(codeField);
  const iso = r.text(isoField)?.toUpperCase();
  const desc = r.text(descField);
  if (number === false) return undefined;
  if (number === undefined) {
    if (iso === undefined) {
      r.fail(codeField, `missing ${r.key(codeField)} (the UN Comtrade code of the ${role})`);
      return undefined;
    }
    const code = economyCodeFromComtradeIso(iso);
    if (code === undefined) {
      r.fail(isoField, `${quoteInput(iso)} is not an ISO 3166-1 alpha-3 code`);
      return undefined;
    }
    return { code, name: writeEconomyLabel(code, 'en') };
  }
  try {
    const economy = economyFromComtradeCode(number);
    if (iso !== undefined && iso !== economy.code && iso !== economy.comtradeIso) {
      r.fail(
        isoField,
        `${r.key(isoField)} ${quoteInput(iso)} contradicts ${r.key(codeField)} ${number}, which is ${economy.names.en} (${economy.code})`,
      );
      return undefined;
    }
    return { code: economy.code, name: economy.names.en };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    const code = iso === undefined ? undefined : economyCodeFromComtradeIso(iso);
    if (code !== undefined && iso !== undefined) {
      r.log.note(
        'iso-fallback',
        `${r.key(codeField)} ${number} is not in Bilateral's table of Comtrade codes: the ${role} is taken from ${r.key(isoField)} ${quoteInput(iso)}${code === iso ? '' : ` (${code})`}`,
        r.row,
      );
      return { code, name: writeEconomyLabel(code, 'en') };
    }
    if (iso !== undefined) {
      // Comtrade's groups and areas the economy table does not have (838 Free Zones, the "… nes"
      // regions; the EU, Areas nes and Bunkers are in it): an unknown code whose ISO text names
      // no country.
      return { code: iso, name: desc ?? iso, group: true };
    }
    r.fail(
      codeField,
      `${r.key(codeField)} ${number} is not a UN Comtrade code Bilateral knows, and there is no ${r.key(isoField)} to fall back on`,
    );
    return undefined;
  }
}

/** A year, and a month when the source gives one. */
interface PeriodParts {
  readonly year: number;
  readonly month?: number;
}

/** Reads the period from `period`, `refYear`/`refMonth` and `refPeriodId`, which must agree. */
function readPeriod(r: RowReader): { text: string; annual: boolean } | undefined {
  // Each field on its own first, so that every bad one is reported.
  let bad = false;
  const freqText = r.text('freqCode')?.toUpperCase();
  if (freqText !== undefined && freqText !== 'A' && freqText !== 'M') {
    r.fail('freqCode', `freqCode ${quoteInput(freqText)} is not A (annual) or M (monthly)`);
    bad = true;
  }
  let fromPeriod: PeriodParts | undefined;
  const periodText = r.text('period')?.replace(/\.0+$/, '');
  if (periodText !== undefined) {
    const match = /^(\d{4})(\d{2})?$/.exec(periodText);
    const month = match?.[2] === undefined ? undefined : Number(match[2]);
    if (match === null) {
      r.fail('period', `${quoteInput(periodText)} is not a period: expected YYYY or YYYYMM`);
      bad = true;
    } else if (month !== undefined && (month < 1 || month > 12)) {
      r.fail('period', `${periodText}: month ${match[2]} is not between 01 and 12`);
      bad = true;
    } else {
      fromPeriod =
        month === undefined ? { year: Number(match[1]) } : { year: Number(match[1]), month };
    }
  }
  const refYear = r.integer('refYear');
  const refMonth = r.integer('refMonth');
  if (refYear === false || refMonth === false) bad = true;
  if (typeof refYear === 'number' && (refYear < 1900 || refYear > 2999)) {
    r.fail('refYear', `${refYear} is not a year between 1900 and 2999`);
    bad = true;
  }
  if (typeof refMonth === 'number' && refMonth !== 52 && (refMonth < 1 || refMonth > 12)) {
    r.fail(
      'refMonth',
      `${refMonth} is neither a month (1–12) nor 52, Comtrade's mark of an annual record`,
    );
    bad = true;
  }
  let fromId: PeriodParts | undefined;
  const idText = r.text('refPeriodId')?.replace(/\.0+$/, '');
  if (idText !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(idText);
    const problem =
      match === null ? undefined : calendarDateProblem(`${match[1]}-${match[2]}-${match[3]}`);
    if (match === null) {
      r.fail('refPeriodId', `${quoteInput(idText)} is not a date written YYYYMMDD`);
      bad = true;
    } else if (problem !== undefined) {
      r.fail('refPeriodId', `${idText} is not a date: ${problem}`);
      bad = true;
    } else fromId = { year: Number(match[1]), month: Number(match[2]) };
  }
  if (bad || refYear === false || refMonth === false) return undefined;

  // Annual or monthly: the frequency says; else the shape of `period`; else `refMonth`.
  let annual: boolean;
  if (freqText !== undefined) annual = freqText === 'A';
  else if (fromPeriod !== undefined) annual = fromPeriod.month === undefined;
  else if (refMonth !== undefined) annual = refMonth === 52;
  else if (refYear !== undefined) annual = true;
  else {
    r.fail(
      'period',
      `missing ${r.key('period')}: give period (YYYY or YYYYMM), refYear and refMonth, or freqCode with refPeriodId`,
    );
    return undefined;
  }
  const freqWords = freqText === undefined ? '' : ` (freqCode ${freqText})`;
  if (annual && fromPeriod?.month !== undefined) {
    r.fail('period', `${periodText} is a month, but the record is annual${freqWords}`);
    return undefined;
  }
  if (!annual && fromPeriod !== undefined && fromPeriod.month === undefined) {
    r.fail('period', `${periodText} is a year, but the record is monthly${freqWords}`);
    return undefined;
  }
  if (annual && refMonth !== undefined && refMonth !== 52) {
    r.fail(
      'refMonth',
      `${refMonth} is a month, but the record is annual${freqWords}: Comtrade writes 52 there`,
    );
    return undefined;
  }
  if (!annual && refMonth === 52) {
    r.fail('refMonth', `52 marks an annual record, but the record is monthly${freqWords}`);
    return undefined;
  }

  // The year and month every field gives must be the same.
  const years: [ComtradeField, number][] = [];
  if (fromPeriod !== undefined) years.push(['period', fromPeriod.year]);
  if (refYear !== undefined) years.push(['refYear', refYear]);
  if (fromId !== undefined) years.push(['refPeriodId', fromId.year]);
  const months: [ComtradeField, number][] = [];
  if (!annual) {
    if (fromPeriod?.month !== undefined) months.push(['period', fromPeriod.month]);
    if (refMonth !== undefined) months.push(['refMonth', refMonth]);
    if (fromId !== undefined) months.push(['refPeriodId', fromId.month ?? 0]);
  }
  for (const [label, list] of [
    ['year', years],
    ['month', months],
  ] as const) {
    const [first, ...others] = list;
    const other = others.find(([, value]) => value !== first?.[1]);
    if (first !== undefined && other !== undefined) {
      r.fail(
        other[0],
        `${r.key(other[0])} gives ${label} ${other[1]}, but ${r.key(first[0])} gives ${first[1]}`,
      );
      return undefined;
    }
  }
  const year = years[0]?.[1];
  if (year === undefined) {
    r.fail('refYear', `missing ${r.key('refYear')}: the record gives no year`);
    return undefined;
  }
  if (annual) return { text: formatPeriod({ kind: 'year', year }), annual };
  const month = months[0]?.[1];
  if (month === undefined || month < 1 || month > 12) {
    r.fail('period', `the record is monthly but gives no month (period YYYYMM or refMonth 1–12)`);
    return undefined;
  }
  return { text: formatPeriod({ kind: 'month', year, month }), annual };
}

/** Reads the flow code (v1 `flowCode`, or v0 `rgCode`). */
function readFlow(r: RowReader): { code: string; version: 'v1' | 'v0' } | undefined {
  const flowText = r.text('flowCode');
  if (flowText !== undefined) {
    const code = flowText.toUpperCase();
    if (!FLOW_CODES.has(code)) {
      r.fail(
        'flowCode',
        `${quoteInput(flowText)} is not a UN Comtrade flow code: expected X (export) or M (import), or one of their parts RX, RM, DX, FM, XIP, XOP, MIP, MOP`,
      );
      return undefined;
    }
    return { code, version: 'v1' };
  }
  const regime = r.text('rgCode');
  if (regime !== undefined) {
    const code = REGIME_CODES.get(regime.replace(/\.0+$/, ''));
    if (code === undefined) {
      r.fail(
        'rgCode',
        `${quoteInput(regime)} is not a trade flow (regime) code: expected 1 (import), 2 (export), 3 (re-export) or 4 (re-import)`,
      );
      return undefined;
    }
    return { code, version: 'v0' };
  }
  r.fail('flowCode', 'missing flowCode (X for exports, M for imports; rgCode in v0 files)');
  return undefined;
}

/** Reads `cmdCode`: an HS code with its leading zeros, or `TOTAL`. */
function readCommodity(
  r: RowReader,
  services: boolean,
): { commodity: string | undefined; classification: string | undefined } | undefined {
  const text = r.text('cmdCode');
  const classification = r.text('classificationCode')?.toUpperCase();
  if (text === undefined) {
    r.fail('cmdCode', 'missing cmdCode (an HS code such as "0901", or TOTAL for all goods)');
    return undefined;
  }
  if (text.toUpperCase() === 'TOTAL' || services) return { commodity: undefined, classification };
  const digits = text.replace(/\.0+$/, '');
  if (!/^\d+$/.test(digits)) {
    r.fail('cmdCode', `${quoteInput(text)} is neither an HS code nor TOTAL`);
    return undefined;
  }
  let code = digits;
  if (code.length % 2 === 1 && code.length < 8) {
    code = `0${code}`;
    r.log.note(
      'leading-zero-restored',
      `${r.key('cmdCode')} ${digits} had lost its leading zero (a spreadsheet or a number column drops it): HS codes have an even number of digits, so it is read as ${code}`,
      r.row,
    );
  }
  if (!/^\d{2}(?:\d{2}){0,3}$/.test(code)) {
    r.fail('cmdCode', `${quoteInput(text)} is not an HS code of 2, 4, 6 or 8 digits`);
    return undefined;
  }
  if (classification !== undefined && !/^H[S0-9]$/.test(classification)) {
    r.fail(
      'classificationCode',
      `${capInput(classification)} is not an HS edition (H0–H6): the commodity ${code} would be read as an HS code; query UN Comtrade with an HS classification`,
    );
    return undefined;
  }
  return { commodity: code, classification };
}

/** The part of a flow's note for a quantity written as missing. */
export const QUANTITY_NOT_REPORTED = 'quantity not reported';

/**
 * The import's note on the rows whose quantity is written as missing, naming `qty` and
 * `qtyUnitCode` as the file spells them (`Qty`, `QtyUnitCode` in the UI's CSV): the same words
 * for every row of a file, so its rows make one group whichever reader read them (and either
 * engine: `@bilateral/duckdb` takes it from `@bilateral/core/node`).
 *
 * @param record - gives the names the file has for `qty` and `qtyUnitCode` (its `keyOf`): a record
 *   of the importer, or any {@link QuantityKeys}
 * @returns the note's words
 *
 * @example
 * ```ts
 * import { missingQuantityNote } from '@bilateral/core/node';
 * missingQuantityNote({ keyOf: (field) => (field === 'qty' ? 'Qty' : 'QtyUnitCode') });
 * //=> 'quantity not reported (Qty 0 with QtyUnitCode -1 is how UN Comtrade writes "missing"): noted on the flow, never read as 0'
 * ```
 * @category Node
 */
export function missingQuantityNote(record: QuantityKeys): string {
  if (typeof (record as Partial<typeof record> | null | undefined)?.keyOf !== 'function') {
    throw wrongArgument(['record'], 'a record of the importer, with its keyOf', record);
  }
  return `quantity not reported (${record.keyOf('qty')} 0 with ${record.keyOf('qtyUnitCode')} -1 is how UN Comtrade writes "missing"): noted on the flow, never read as 0`;
}

const LEGACY_FLAGS: ReadonlyMap<number, string> = new Map([
  [2, 'the quantity'],
  [4, 'the net weight'],
  [6, 'the quantity and the net weight'],
]);

/** Notes on quantity and net weight; `qty` 0 with unit −1 is missing, never zero. */
function readQuantities(r: RowReader, parts: string[]): void {
  const unitCode = r.integer('qtyUnitCode');
  const unit = r.text('qtyUnitAbbr');
  const qty = r.amount('qty');
  const netWgt = r.amount('netWgt');
  const qtyEstimated = r.boolean('isQtyEstimated');
  const flag = r.integer('legacyEstimationFlag');
  if (unitCode === false || qty === false || netWgt === false || flag === false) return;
  const flagged = flag === undefined ? undefined : LEGACY_FLAGS.get(flag);
  if (flag !== undefined && flag !== 0) {
    r.log.note(
      'estimated-quantity',
      flagged === undefined
        ? `${r.key('legacyEstimationFlag')} ${flag} is not one of UNSD's codes (0, 2, 4, 6): kept as a note; the value is unaffected`
        : `${r.key('legacyEstimationFlag')} ${flag}: UNSD estimated ${flagged}. The flag is about quantities, not the trade value, so the status is unchanged`,
      r.row,
    );
  }
  const quantityEstimated = qtyEstimated === true || flag === 2 || flag === 6;
  const weightEstimated = flag === 4 || flag === 6;
  const missingUnit = unitCode === -1 || unit?.toUpperCase() === 'N/A';
  if (missingUnit && (qty === undefined || qty.decimal.isZero())) {
    if (r.record.hasColumn('qty')) {
      parts.push(QUANTITY_NOT_REPORTED);
      r.log.note('missing-quantity', missingQuantityNote(r.record), r.row);
    }
  } else if (qty !== undefined) {
    const unitWords = unit ?? (unitCode === undefined ? '' : `(unit code ${unitCode})`);
    parts.push(
      `quantity ${qty.decimal.toFixed()}${unitWords === '' ? '' : ` ${unitWords}`}${quantityEstimated ? ' (estimated by UNSD)' : ''}`,
    );
  }
  if (netWgt !== undefined && !netWgt.decimal.isZero()) {
    parts.push(
      `net weight ${netWgt.decimal.toFixed()} kg${weightEstimated ? ' (estimated by UNSD)' : ''}`,
    );
  }
}

/**
 * Reads one record; `undefined` when it has problems (all reported to the log). `semicolons`: the
 * record is a line of a file separated by semicolons, where a value such as `491.900` is refused
 * (`readAmountText`).
 */
export function readComtradeRow(
  raw: unknown,
  row: number,
  log: ImportLog,
  semicolons = false,
): ComtradeRow | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    log.problem(
      row,
      undefined,
      `expected a record (an object with UN Comtrade's columns), found ${foundWords(raw)}`,
    );
    return undefined;
  }
  const record =
    raw instanceof ComtradeRecord ? raw : new ComtradeRecord(raw as Record<string, unknown>);
  const r = new RowReader(record, row, log, semicolons);
  const typeCode = r.text('typeCode')?.toUpperCase();
  if (typeCode !== undefined && typeCode !== 'C' && typeCode !== 'S') {
    r.fail('typeCode', `${quoteInput(typeCode)} is not C (goods) or S (services)`);
  }
  const services = typeCode === 'S';
  const reporter = readEconomy(r, 'reporter');
  const partner = readEconomy(r, 'partner');
  const flow = readFlow(r);
  const period = readPeriod(r);
  const commodity = readCommodity(r, services);

  // Breakdowns of the totals row.
  const motCode = r.integer('motCode');
  const partner2Code = r.integer('partner2Code');
  const customsCode = (r.text('customsCode') ?? 'C00').toUpperCase();

  // The value: primaryValue (TradeValue in v0), else the value of the flow's own valuation.
  const direction = flow === undefined ? undefined : FLOW_CODES.get(flow.code)?.direction;
  const cif = r.amount('cifvalue');
  const fob = r.amount('fobvalue');
  let value = r.amount('primaryValue');
  let fromPrimary = true;
  if (value === undefined && direction !== undefined) {
    const fallback = direction === 'export' ? fob : cif;
    if (fallback !== undefined && fallback !== false) {
      value = fallback;
      fromPrimary = false;
      const field = direction === 'export' ? 'fobvalue' : 'cifvalue';
      log.note(
        'value-fallback',
        `${r.key('primaryValue')} is empty: the ${r.key(field)} was used instead (${direction === 'export' ? 'FOB' : 'CIF'}, what Comtrade puts in primaryValue for ${direction}s)`,
        row,
      );
    }
  }
  if (value === undefined) {
    r.fail('primaryValue', `missing ${r.key('primaryValue')} (the trade value in US dollars)`);
  }

  const parts: string[] = [];
  const cmdDesc = r.text('cmdDesc');
  if (cmdDesc !== undefined && commodity?.commodity !== undefined) parts.push(cmdDesc);
  readQuantities(r, parts);

  // Status: official unless the record says the value was estimated.
  const isReported = r.boolean('isReported');
  const isAggregate = r.boolean('isAggregate');
  const original = r.boolean('isOriginalClassification');
  let status: 'official' | 'estimate' = 'official';
  if (original === false && commodity?.commodity !== undefined) {
    status = 'estimate';
    parts.push('converted by UNSD from the HS edition the reporter used');
    log.note(
      'estimate',
      `${r.key('isOriginalClassification')} false: UNSD converted the data from the HS edition the reporter used, so the value of each commodity code is an estimate (status "estimate")`,
      row,
    );
  } else if (isReported === false && isAggregate === false) {
    status = 'estimate';
    parts.push('estimated by UNSD');
    log.note(
      'estimate',
      `${r.key('isReported')} false and ${r.key('isAggregate')} false: the value was neither reported as such nor rolled up from reported detail, so it is a UNSD estimate (status "estimate")`,
      row,
    );
  }

  if (
    !r.ok ||
    reporter === undefined ||
    partner === undefined ||
    flow === undefined ||
    direction === undefined ||
    period === undefined ||
    commodity === undefined ||
    value === undefined ||
    value === false ||
    motCode === false ||
    partner2Code === false ||
    cif === false ||
    fob === false
  ) {
    return undefined;
  }

  if (value.exponent) {
    log.note(
      'exponent-value',
      'values written in exponent form (such as 3.89177E+10) were read as written: a spreadsheet may have rounded them, so check them against the source',
      row,
    );
  }
  if (value.imprecise) {
    log.note(
      'imprecise-number',
      'values given as JSON numbers with more than 15 significant digits may have lost digits when the JSON was parsed: give them as strings or as CSV',
      row,
    );
  }

  // Valuation: FOB for exports and CIF for imports, unless primaryValue is the other one.
  let valuation: 'FOB' | 'CIF' = direction === 'export' ? 'FOB' : 'CIF';
  if (fromPrimary) {
    const isCif = cif?.decimal.eq(value.decimal) === true;
    const isFob = fob?.decimal.eq(value.decimal) === true;
    if (valuation === 'CIF' && isFob && !isCif) {
      valuation = 'FOB';
      log.note(
        'valuation',
        'imports valued FOB: primaryValue equals fobvalue and not cifvalue (the reporter records imports FOB)',
        row,
      );
    } else if (valuation === 'FOB' && isCif && !isFob) {
      valuation = 'CIF';
      log.note(
        'valuation',
        'exports valued CIF: primaryValue equals cifvalue and not fobvalue',
        row,
      );
    }
  }

  return {
    index: row,
    version: flow.version,
    services,
    reporter: reporter.code,
    reporterName: reporter.name,
    partner: partner.code,
    partnerName: partner.name,
    group:
      [reporter, partner]
        .flatMap((economy) => (economy.group ? [`${economy.name} (${economy.code})`] : []))
        .join(' and ') || undefined,
    flowCode: flow.code,
    direction,
    period: period.text,
    commodity: commodity.commodity,
    classification: commodity.classification,
    value: value.decimal,
    valuation,
    status,
    motCode: motCode ?? 0,
    motDesc: r.text('motDesc'),
    customsCode,
    customsDesc: r.text('customsDesc'),
    partner2Code: partner2Code ?? 0,
    partner2Desc: r.text('partner2Desc'),
    noteParts: parts,
  };
}
