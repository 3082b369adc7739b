import { Decimal } from '../_internal/decimal.js';
import { withExactSizeDigits } from '../_internal/exact-size-digits.js';
import { isKnownEconomyCode } from '../economy/is-known-economy-code.js';
import type { TradeFlow } from '../flow/index.js';
import { isCurrencyCode } from '../money/currency.js';
import type { Money } from '../money/index.js';
import { type Period, parsePeriod } from '../period/index.js';

const ECONOMY = /^[A-Z]{3}$/;
const COMMODITY = /^\d{2}(?:\d{2}){0,3}$/;
/** Unsigned decimal text of at most 36 characters: always in range, read by `money` as written. */
const VALUE = /^\d+(?:\.\d+)?$/;
const MAX_VALUE_LENGTH = 36;
/** How many keys every flow has: reporter, partner, flow, period, value, currency, status, source. */
const REQUIRED_KEYS = 8;

const isEconomy = (text: string): boolean => isKnownEconomyCode(text) && ECONOMY.test(text);
const isCurrency = (text: string): boolean => isCurrencyCode(text);
// Module-level copies: an imported binding read per flow is a property read under some loaders
// (the checks above read theirs once per distinct text).
const ExactDecimal = Decimal;
const exactSizeDigits = withExactSizeDigits;
const isStatus = (value: unknown): value is TradeFlow['status'] =>
  value === 'official' || value === 'estimate' || value === 'preliminary' || value === 'revised';

/** What the texts of one document's flows were found to be: each text is checked once. */
export interface FlowTextCache {
  /** Period texts and their periods (`null`: not a period). */
  readonly periods: Map<string, Period | null>;
  /** Economy codes and whether they are known. */
  readonly economies: Map<string, boolean>;
  /** Currency codes and whether they are ISO 4217 codes. */
  readonly currencies: Map<string, boolean>;
}

/** An empty {@link FlowTextCache}, for one document. */
export function flowTextCache(): FlowTextCache {
  return { periods: new Map(), economies: new Map(), currencies: new Map() };
}

/** Whether a text passes `check`, asked once per text. */
function cachedCheck(text: string, known: Map<string, boolean>, check: (text: string) => boolean) {
  let ok = known.get(text);
  if (ok === undefined) {
    ok = check(text);
    known.set(text, ok);
  }
  return ok;
}

/**
 * The period a text names, parsed once per text (`null` when it names none): each call returns
 * a new object, as `parsePeriod` does, so no two flows share a period.
 */
function periodOf(text: string, periods: Map<string, Period | null>): Period | null {
  let parsed = periods.get(text);
  if (parsed === undefined) {
    try {
      parsed = parsePeriod(text);
    } catch {
      parsed = null;
    }
    periods.set(text, parsed);
  }
  if (parsed === null) return null;
  return parsed.kind === 'range'
    ? { kind: 'range', start: { ...parsed.start }, end: { ...parsed.end } }
    : { ...parsed };
}

/**
 * A flow of a dataset document read without its schema, when it is plainly well formed: a plain
 * object with only the keys of `TradeFlowSchema` but `precision`, every value of the type and
 * form the schema asks, a period `parsePeriod` reads, and a non-negative value of at most 36
 * characters. Returns the `TradeFlow` `flowFromValidJson` would build from the schema's output
 * (same keys, same order, same Money), or `undefined` for anything else — the caller then runs
 * the schema, which reports the exact problems. Anything this function accepts, the schema
 * accepts (a property test checks it on random flows). `cache` holds what one document's texts
 * were found to be (periods, economy and currency codes), so each is checked once.
 */
export function wellFormedFlow(
  item: unknown,
  cache: FlowTextCache = flowTextCache(),
): TradeFlow | undefined {
  if (
    typeof item !== 'object' ||
    item === null ||
    Object.getPrototypeOf(item) !== Object.prototype
  ) {
    return undefined;
  }
  const json = item as Readonly<Record<string, unknown>>;
  // Each value is read once, in the loop that checks it: nothing unchecked is used.
  let required = 0;
  let reporter = '';
  let partner = '';
  let direction: TradeFlow['flow'] = 'export';
  let periodText = '';
  let value = '';
  let currency = '';
  let status: TradeFlow['status'] = 'official';
  let source = '';
  let valuation: TradeFlow['valuation'];
  let commodity: string | undefined;
  let derivation: string | undefined;
  let uncertain: boolean | undefined;
  let note: string | undefined;
  for (const key in json) {
    const entry = json[key];
    switch (key) {
      case 'reporter':
        if (typeof entry !== 'string' || !cachedCheck(entry, cache.economies, isEconomy)) {
          return undefined;
        }
        reporter = entry;
        required++;
        break;
      case 'partner':
        if (typeof entry !== 'string' || !cachedCheck(entry, cache.economies, isEconomy)) {
          return undefined;
        }
        partner = entry;
        required++;
        break;
      case 'flow':
        if (entry !== 'export' && entry !== 'import') return undefined;
        direction = entry;
        required++;
        break;
      case 'period':
        if (typeof entry !== 'string') return undefined;
        periodText = entry;
        required++;
        break;
      case 'value':
        if (typeof entry !== 'string' || entry.length > MAX_VALUE_LENGTH || !VALUE.test(entry)) {
          return undefined;
        }
        value = entry;
        required++;
        break;
      case 'currency':
        if (typeof entry !== 'string' || !cachedCheck(entry, cache.currencies, isCurrency)) {
          return undefined;
        }
        currency = entry;
        required++;
        break;
      case 'status':
        if (!isStatus(entry)) return undefined;
        status = entry;
        required++;
        break;
      case 'source':
        if (typeof entry !== 'string' || entry.length === 0) return undefined;
        source = entry;
        required++;
        break;
      case 'valuation':
        if (entry !== 'FOB' && entry !== 'CIF' && entry !== undefined) return undefined;
        valuation = entry;
        break;
      case 'commodity':
        if (entry !== undefined && (typeof entry !== 'string' || !COMMODITY.test(entry))) {
          return undefined;
        }
        commodity = entry;
        break;
      case 'derivation':
        if (entry !== undefined && (typeof entry !== 'string' || entry.length === 0)) {
          return undefined;
        }
        derivation = entry;
        break;
      case 'uncertain':
        if (entry !== undefined && typeof entry !== 'boolean') return undefined;
        uncertain = entry;
        break;
      case 'note':
        if (entry !== undefined && typeof entry !== 'string') return undefined;
        note = entry;
        break;
      default:
        return undefined;
    }
  }
  if (required !== REQUIRED_KEYS) return undefined;
  const period = periodOf(periodText, cache.periods);
  if (period === null) return undefined;
  // What `money(value, currency)` gives, without checking again what the loop checked: an
  // unsigned plain decimal of at most 36 characters is read by `toDecimal` as `new Decimal`.
  // Its digits in an array of their own size: a million flows' values are held 140 MB smaller.
  const amount = Object.freeze({
    amount: exactSizeDigits(new ExactDecimal(value)),
    currency,
  }) as Money;
  // A commodity (with no valuation before it) is written in the literal: added afterwards it
  // takes a property array of its own in every flow (an object and 40 bytes more a flow).
  const flow: { -readonly [K in keyof TradeFlow]: TradeFlow[K] } =
    commodity !== undefined && valuation === undefined
      ? { reporter, partner, flow: direction, period, value: amount, status, source, commodity }
      : { reporter, partner, flow: direction, period, value: amount, status, source };
  if (valuation !== undefined) flow.valuation = valuation;
  if (commodity !== undefined && valuation !== undefined) flow.commodity = commodity;
  if (derivation !== undefined) flow.derivation = derivation;
  if (uncertain !== undefined) flow.uncertain = uncertain;
  if (note !== undefined) flow.note = note;
  return Object.freeze(flow);
}
