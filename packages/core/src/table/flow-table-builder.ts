import { Decimal } from '../_internal/decimal.js';
import { fromForeign } from '../_internal/foreign-decimal.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { formatPeriod } from '../period/format-period.js';
import { parsePeriod } from '../period/parse-period.js';
import type { Period } from '../period/period.js';
import { FLOW_KEYS, type FlowKey, type FlowTable, makeFlowTable } from './flow-table.js';
import {
  MAX_SCALE,
  type ParsedUnits,
  parseUnitsText,
  rescaleUnits,
} from './internal/scaled-units.js';

/**
 * One flow as a {@link FlowTable} builder takes it: the keys as text (the period as text or a
 * {@link Period}) and the value as decimal text (`"1491.9"`), a Decimal or a finite number.
 *
 * @example
 * ```ts
 * const record: FlowRecord = {
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-01/2024-09',
 *   value: '491900000', currency: 'USD', source: 'seed-004-moit-2024-10-24',
 * };
 * flowTableFromRecords([record]).valueAt(0).toString();
 * //=> '491900000'
 * ```
 *
 * @category Tables
 */
export interface FlowRecord {
  /** ISO 3166-1 alpha-3 code of the reporting economy (`WLD` for the World). */
  readonly reporter: string;
  /** ISO 3166-1 alpha-3 code of the partner (`WLD` for the World). */
  readonly partner: string;
  /** The direction, from the reporter's side. */
  readonly flow: 'export' | 'import';
  /** The period, as text (`'2024-Q3'`) or a {@link Period}. */
  readonly period: string | Period;
  /** A non-negative decimal: text such as `"1491.9"`, a Decimal, or a finite number. */
  readonly value: string | Decimal | number;
  /** ISO 4217 code of the value's currency. */
  readonly currency: string;
  /** HS code of 2, 4, 6 or 8 digits; absent (or `null`) for totals. */
  readonly commodity?: string | null | undefined;
  /** Id of the source; absent when not known. */
  readonly source?: string | null | undefined;
  /** `'estimate'`, `'preliminary'`, `'official'` or `'revised'`; absent when not known. */
  readonly status?: string | null | undefined;
}

/**
 * A streaming builder of a {@link FlowTable}: append records in chunks as they arrive (from an
 * importer's stream, a file read in parts), then finish once.
 *
 * @example
 * ```ts
 * const builder = createFlowTableBuilder();
 * builder.append([{ reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-01',
 *   value: '50.5', currency: 'USD' }]);
 * builder.append([{ reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024-02',
 *   value: '49.25', currency: 'USD' }]);
 * const table = builder.finish();
 * [table.length, table.scale, Array.from(table.units)];
 * //=> [2, 2, [5050, 4925]]
 * ```
 *
 * @category Tables
 */
export interface FlowTableBuilder {
  /** Records appended so far. */
  readonly length: number;
  /**
   * Appends a chunk of records. A chunk with a bad record is refused whole (nothing of it is
   * kept) and the builder stays usable.
   *
   * @param records - the records, numbered after those appended before
   * @throws {@link BilateralError} `INVALID_INPUT` with one issue per bad field (up to 100), each
   * with the path `['records', index, field]`; `INVALID_PERIOD` likewise for a bad period
   *
   * @example
   * ```ts
   * const record = { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', value: '491.9', currency: 'USD' };
   * const builder = createFlowTableBuilder();
   * builder.append([record]);
   * builder.append([record, { ...record, flow: 'import', value: '1000' }]);
   * builder.length;
   * //=> 3
   * ```
   */
  append(records: Iterable<FlowRecord>): void;
  /**
   * Ends the build and returns the table; the builder takes no records after it.
   *
   * @returns the table of every record appended
   * @throws {@link BilateralError} `INVALID_INPUT` when called twice
   *
   * @example
   * ```ts
   * const record = { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024', value: '491.9', currency: 'USD' };
   * const builder = createFlowTableBuilder();
   * builder.append([record]);
   * builder.finish().valueAt(0).toString();
   * //=> '491.9'
   * ```
   */
  finish(): FlowTable;
}

const MAX_ISSUES = 100;
const CODE3 = /^[A-Z]{3}$/;
const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;
const STATUSES = new Set(['estimate', 'preliminary', 'official', 'revised']);

/** Why a key text is refused, or `null` when it is fine. */
const KEY_RULES: Readonly<Record<Exclude<FlowKey, 'period'>, (text: string) => string | null>> = {
  reporter: (text) =>
    CODE3.test(text) ? null : 'must be an ISO 3166-1 alpha-3 code such as "VNM" or "LAO"',
  partner: (text) =>
    CODE3.test(text) ? null : 'must be an ISO 3166-1 alpha-3 code such as "VNM" or "LAO"',
  flow: (text) => (text === 'export' || text === 'import' ? null : 'must be "export" or "import"'),
  currency: (text) => (CODE3.test(text) ? null : 'must be an ISO 4217 code such as "USD"'),
  commodity: (text) =>
    text === '' || HS_CODE.test(text) ? null : 'must be an HS code of 2, 4, 6 or 8 digits',
  source: () => null,
  status: (text) =>
    text === '' || STATUSES.has(text)
      ? null
      : 'must be "estimate", "preliminary", "official" or "revised"',
};

const OPTIONAL = new Set<FlowKey>(['commodity', 'source', 'status']);

class Dictionary {
  readonly texts: string[] = [];
  readonly codes = new Map<string, number>();

  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codes.set(text, code);
    }
    return code;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

const PARSED_FLOW =
  'a parsed trade flow (its value is Money, with no currency of its own): make the table of a parsed dataset with flowTableFromDataset(dataset), or give the value and the currency as text';

/** Whether a record is a parsed `TradeFlow` (a `Money` value, no `currency`), not a record. */
function isParsedFlow(record: object): boolean {
  const { value, currency } = record as { value?: unknown; currency?: unknown };
  return currency === undefined && typeof value === 'object' && value !== null && 'amount' in value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

class ChunkedFlowTableBuilder implements FlowTableBuilder {
  length = 0;
  private capacity = 1024;
  private finished = false;
  private readonly dictionaries = Object.fromEntries(
    FLOW_KEYS.map((key) => [key, new Dictionary()]),
  ) as Record<FlowKey, Dictionary>;
  /** Period text as given (or as formatted from a Period) → code of its canonical text. */
  private readonly periodCodes = new Map<string, number>();
  private codes = Object.fromEntries(
    FLOW_KEYS.map((key) => [key, new Int32Array(this.capacity)]),
  ) as Record<FlowKey, Int32Array>;
  private mantissas = new Float64Array(this.capacity);
  private decimals = new Uint8Array(this.capacity);
  private readonly bigMantissas = new Map<number, bigint>();
  private scale = 0;
  private readonly parsed: ParsedUnits = { mantissa: 0, big: null, decimals: 0 };

  append(records: Iterable<FlowRecord>): void {
    if (this.finished) {
      throw new BilateralError('INVALID_INPUT', [
        { path: [], message: 'the builder has finished; start a new one to build another table' },
      ]);
    }
    if (
      records === null ||
      typeof (records as Iterable<FlowRecord>)?.[Symbol.iterator] !== 'function'
    ) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['records'], message: `expected an iterable of records, got ${describe(records)}` },
      ]);
    }
    const start = this.length;
    let scale = this.scale;
    const issues: BilateralIssue[] = [];
    let periodError: BilateralError | null = null;
    let row = start;
    for (const record of records) {
      const index = row;
      if (row === this.capacity) this.reserve(this.capacity * 2);
      const problem = (field: string, message: string) => {
        if (issues.length < MAX_ISSUES) issues.push({ path: ['records', index, field], message });
      };
      if (typeof record !== 'object' || record === null) {
        problem('', `expected a record object, got ${describe(record)}`);
        row++;
        continue;
      }
      if (isParsedFlow(record)) {
        if (issues.length < MAX_ISSUES)
          issues.push({ path: ['records', index], message: PARSED_FLOW });
        row++;
        continue;
      }
      for (const key of FLOW_KEYS) {
        if (key === 'period') {
          const code = this.periodCode(record.period, index);
          if (typeof code === 'number') (this.codes.period as Int32Array)[row] = code;
          else {
            periodError ??= code;
            for (const issue of code.issues) if (issues.length < MAX_ISSUES) issues.push(issue);
          }
          continue;
        }
        const value = (record as unknown as Record<string, unknown>)[key];
        const dictionary = this.dictionaries[key];
        if (typeof value === 'string') {
          let code = dictionary.codes.get(value);
          if (code === undefined) {
            const refusal =
              value === '' && !OPTIONAL.has(key) ? 'must not be empty' : KEY_RULES[key](value);
            if (refusal !== null) {
              problem(key, `${JSON.stringify(value)} ${refusal}`);
              continue;
            }
            code = dictionary.code(value);
          }
          (this.codes[key] as Int32Array)[row] = code;
        } else if ((value === undefined || value === null) && OPTIONAL.has(key)) {
          (this.codes[key] as Int32Array)[row] = dictionary.code('');
        } else {
          problem(key, `expected text, got ${describe(value)}`);
        }
      }
      const refusal = this.readValue(record.value, row);
      if (refusal !== null) problem('value', refusal);
      else if ((this.decimals[row] as number) > scale) scale = this.decimals[row] as number;
      row++;
    }
    if (issues.length > 0) {
      for (let r = start; r < row; r++) this.bigMantissas.delete(r);
      const onlyPeriods =
        periodError !== null && issues.every((issue) => issue.path[2] === 'period');
      throw new BilateralError(onlyPeriods ? 'INVALID_PERIOD' : 'INVALID_INPUT', issues);
    }
    this.length = row;
    this.scale = scale;
  }

  finish(): FlowTable {
    if (this.finished) {
      throw new BilateralError('INVALID_INPUT', [
        { path: [], message: 'the builder has already finished' },
      ]);
    }
    this.finished = true;
    const { length, scale, mantissas, decimals } = this;
    const units = new Float64Array(length);
    const big = new Map<number, bigint>();
    for (let row = 0; row < length; row++) {
      const shift = scale - (decimals[row] as number);
      const mantissa = mantissas[row] as number;
      if (shift === 0 && mantissa <= Number.MAX_SAFE_INTEGER) {
        units[row] = mantissa;
        continue;
      }
      const exact = rescaleUnits(mantissa, this.bigMantissas.get(row) ?? null, shift);
      if (typeof exact === 'bigint') {
        big.set(row, exact);
        units[row] = Number(exact);
      } else units[row] = exact;
    }
    const codes = Object.fromEntries(
      FLOW_KEYS.map((key) => [key, this.codes[key].slice(0, length)]),
    ) as Record<FlowKey, Int32Array>;
    const dictionaries = Object.fromEntries(
      FLOW_KEYS.map((key) => [key, Object.freeze([...this.dictionaries[key].texts])]),
    ) as Record<FlowKey, readonly string[]>;
    return makeFlowTable({ length, scale, codes, dictionaries, units, big, partial: null });
  }

  private reserve(capacity: number): void {
    for (const key of FLOW_KEYS) this.codes[key] = grow(this.codes[key], capacity);
    this.mantissas = grow(this.mantissas, capacity);
    this.decimals = grow(this.decimals, capacity);
    this.capacity = capacity;
  }

  /** The code of a period (parsed once per distinct text), or the error naming the record. */
  private periodCode(period: unknown, index: number): number | BilateralError {
    const path = ['records', index, 'period'];
    let text: string;
    if (typeof period === 'string') text = period;
    else if (typeof period === 'object' && period !== null) {
      text = String(formatPeriod(period as Period));
    } else {
      return new BilateralError('INVALID_INPUT', [
        {
          path,
          message: `expected a period text such as "2024-Q3" or a Period, got ${describe(period)}`,
        },
      ]);
    }
    const known = this.periodCodes.get(text);
    if (known !== undefined) return known;
    try {
      const code = this.dictionaries.period.code(formatPeriod(parsePeriod(text, path)));
      this.periodCodes.set(text, code);
      return code;
    } catch (error) {
      if (error instanceof BilateralError) return error;
      throw error;
    }
  }

  /** Reads a value into the row's mantissa and decimals; returns why it is refused, or null. */
  private readValue(value: unknown, row: number): string | null {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${String(value)} is not a finite number`;
      text = String(value);
      if (text.includes('e')) text = new Decimal(text).toFixed();
    } else if (value instanceof Decimal) {
      if (!value.isFinite()) return `${value.toString()} is not a finite number`;
      text = value.toFixed();
    } else if (Decimal.isDecimal(value)) {
      // Another copy's Decimal, or an object that only carries the brand: read through its text.
      try {
        text = fromForeign(value, []).toFixed();
      } catch (error) {
        if (error instanceof BilateralError) return error.issues[0]?.message ?? error.message;
        throw error;
      }
    } else {
      return `expected a decimal text such as "491.9", got ${describe(value)}`;
    }
    const parsed = this.parsed;
    if (!parseUnitsText(text, parsed)) {
      return text.startsWith('-') && parseUnitsText(text.slice(1), parsed)
        ? `${JSON.stringify(text)}: a trade value cannot be negative`
        : `${JSON.stringify(text)} must be a decimal number such as "491.9"`;
    }
    if (parsed.decimals > MAX_SCALE) {
      return `${JSON.stringify(text)} has ${parsed.decimals} decimal places; a flow table holds at most ${MAX_SCALE}`;
    }
    this.mantissas[row] = parsed.mantissa;
    this.decimals[row] = parsed.decimals;
    if (parsed.big !== null) this.bigMantissas.set(row, parsed.big);
    else this.bigMantissas.delete(row);
    return null;
  }
}

/**
 * Starts a streaming {@link FlowTableBuilder}. Values are read from their text into scaled
 * integers (no float and no Decimal per value); the table's scale is settled when it finishes.
 *
 * @returns an empty builder
 *
 * @example
 * ```ts
 * const builder = createFlowTableBuilder();
 * builder.append([{ reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024',
 *   value: '-1', currency: 'USD' }]);
 * // throws BilateralError [INVALID_INPUT]: records[0].value: "-1": a trade value cannot be negative
 * builder.length;
 * //=> 0
 * ```
 *
 * @category Tables
 */
export function createFlowTableBuilder(): FlowTableBuilder {
  return new ChunkedFlowTableBuilder();
}
