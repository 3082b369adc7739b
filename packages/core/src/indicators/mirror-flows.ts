import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { describeInput } from '../_internal/quote-input.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { readCifFobTerms } from '../balance/mirror-gap.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { economyCodeIssue } from '../flow/economy-code-issue.js';
import { preferredFlow } from '../flow/preferred-flow.js';
import { checkTradeFlows } from '../flow/series-issues.js';
import type { Source } from '../flow/source.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import { exactWhereItFits } from '../money/checked-add.js';
import { type Money, money } from '../money/index.js';
import { comparePeriods } from '../period/compare-periods.js';
import { formatPeriod } from '../period/format-period.js';
import type { Period } from '../period/period.js';
import type { IndicatorValue } from './indicator-value.js';
import { exactProduct, exactRatio, exactSum } from './internal/exact-ratio.js';
import { noValue } from './internal/no-value.js';

/**
 * How {@link mirrorFlows} reconciles the two reports of a flow into one FOB value:
 *
 * - `importer` — the importer's CIF value brought to FOB, `imports ÷ factor` (the exporter's
 *   value where the importer reported nothing): the mirror estimate used for economies whose own
 *   reports are weak, as most of Laos's in UN Comtrade are;
 * - `mean` — the mean of the exporter's FOB value and the importer's value brought to FOB,
 *   `(exports + imports ÷ factor) ÷ 2` (the one known where only one side reported): both reports
 *   weighted equally, a simplification of BACI's reliability weights.
 *
 * @example
 * ```ts
 * const method: MirrorReconciliation = 'importer';
 * ```
 *
 * @category Indicators
 */
export type MirrorReconciliation = 'importer' | 'mean';

/**
 * Which pair {@link mirrorFlows} compares, and how.
 *
 * @example
 * ```ts
 * const request: MirrorFlowsRequest = { economies: ['VNM', 'LAO'], reconcile: 'importer' };
 * ```
 *
 * @category Indicators
 */
export interface MirrorFlowsRequest {
  /** The two economies, ISO 3166-1 alpha-3: each one's exports to the other are compared. */
  readonly economies: readonly [string, string];
  /** The dataset's sources, to choose among flows several sources publish (see {@link preferredFlow}). */
  readonly sources?: readonly Source[];
  /** The assumed ratio of CIF import value to FOB export value, > 0. Default `'1.10'`. */
  readonly cifFobFactor?: DecimalInput;
  /** The band of `imports ÷ exports` that CIF/FOB valuation explains, `[low, high]`. Default `['1.05', '1.20']`. */
  readonly band?: readonly [low: DecimalInput, high: DecimalInput];
  /** Add a reconciled FOB value to each row by this method; none by default. */
  readonly reconcile?: MirrorReconciliation;
}

/**
 * Where the importer's value falls against the exporter's: `below` the CIF/FOB band (the importer
 * records less than valuation explains), `within` it, or `above` it (the importer records more).
 *
 * @example
 * ```ts
 * const band: MirrorBand = 'above';
 * ```
 *
 * @category Indicators
 */
export type MirrorBand = 'below' | 'within' | 'above';

/**
 * One flow seen from both sides: the exporter's report of its exports to the importer (FOB)
 * beside the importer's report of its imports from the exporter (CIF), for one period and product.
 *
 * @example
 * ```ts
 * const base = { period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const flows = [
 *   { ...base, reporter: 'VNM', partner: 'LAO', flow: 'export', value: money('500', 'USD') },
 *   { ...base, reporter: 'LAO', partner: 'VNM', flow: 'import', value: money('560', 'USD') },
 * ] as const;
 * const [row]: MirrorFlow[] = mirrorFlows(flows, { economies: ['VNM', 'LAO'] });
 * [row?.exporter, row?.importer, row?.gap?.amount.toString(), row?.band];
 * //=> ['VNM', 'LAO', '60', 'within']
 * ```
 *
 * @category Indicators
 */
export interface MirrorFlow {
  readonly exporter: string;
  readonly importer: string;
  readonly period: Period;
  /** The HS code, or `null` for totals. */
  readonly commodity: string | null;
  /** The exporter's report (FOB); `null` when it reported none. */
  readonly exports: Money | null;
  /** The importer's report (CIF); `null` when it reported none. */
  readonly imports: Money | null;
  /** `imports − exports`, exact; `null` when a side is missing. */
  readonly gap: Money | null;
  /**
   * `(imports − exports) ÷ exports` (64 significant digits); `null` with reason
   * `missing-denominator` when the exporter reported nothing, `missing-value` when the importer
   * did not, `zero-denominator` when the exports are 0.
   */
  readonly relativeGap: IndicatorValue;
  /** Where `imports ÷ exports` falls against the band (compared exactly); `null` when a side is missing. */
  readonly band: MirrorBand | null;
  /** Whether the two reports are outside the band. */
  readonly flagged: boolean;
  /** The reconciled FOB value, when the request asks for one (64 significant digits). */
  readonly reconciled: Money | null;
  /** Which reports the reconciled value rests on; `null` without reconciliation. */
  readonly reconciledFrom: 'importer' | 'exporter' | 'both' | null;
}

/**
 * Mirror flows of a pair: A's exports to B beside B's imports from A, and B's exports to A beside
 * A's imports from B, per period and product (and for totals). Exports are valued FOB, imports
 * CIF, so the importer's figure normally runs above the exporter's: each row gives the gap, the
 * relative gap, the band `imports ÷ exports` falls in (default 1.05–1.20, the CIF/FOB margin
 * usually observed around the conventional 10 %), a flag outside it, and optionally a reconciled
 * FOB value (see {@link MirrorReconciliation}). Rows with one side missing are kept: most Lao
 * figures in UN Comtrade are partners' mirror reports, so a missing side is itself the finding.
 * Where several sources publish the same flow, the one {@link preferredFlow} chooses is used.
 *
 * For one pair of values, `mirrorGap` (balance) gives the same `gap` and adds the CIF/FOB-adjusted
 * gap and ratio; it reads the factor and the band (its `typicalRange`) with the same defaults and
 * checks. Its `withinTypicalRange` compares the ratio rounded to 64 digits, where `band` compares
 * exactly (`imports` against `low × exports` and `high × exports`, no division): they agree unless
 * that rounding crosses an end of the band.
 *
 * @param flows - parsed trade flows (e.g. `dataset.flows`)
 * @param request - the pair, and the factor, band and reconciliation, see {@link MirrorFlowsRequest}
 * @returns one {@link MirrorFlow} per direction, period and product: the first economy's exports
 * first, then by period and HS code (totals first)
 * @throws {@link BilateralError} `INVALID_INPUT` for flows that are not parsed TradeFlows, economy
 * codes that are not two different upper-case ISO alpha-3 codes, a factor ≤ 0, a band that is not
 * a pair or whose low end exceeds its high end, or an unknown method; `CURRENCY_MISMATCH` when the
 * two reports of a flow are in different currencies (the import's path); `INVALID_DECIMAL` and
 * `OUT_OF_RANGE` for a factor or band that is not a decimal in range; `PRECISION_EXCEEDED` for a
 * gap whose exact value needs more than 64 significant digits (never rounded)
 *
 * @example
 * ```ts
 * const base = { period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const flows = [
 *   { ...base, reporter: 'VNM', partner: 'LAO', flow: 'export', value: money('500', 'USD') },
 *   { ...base, reporter: 'LAO', partner: 'VNM', flow: 'import', value: money('560', 'USD') },
 *   { ...base, reporter: 'VNM', partner: 'LAO', flow: 'import', value: money('900', 'USD') },
 * ] as const;
 * const rows = mirrorFlows(flows, { economies: ['VNM', 'LAO'], reconcile: 'importer' });
 * rows.map((row) => [row.exporter, row.gap?.amount.toString() ?? null, row.relativeGap.value?.toString() ?? null, row.band]);
 * //=> [['VNM', '60', '0.12', 'within'], ['LAO', null, null, null]]
 * rows[0]?.reconciled?.amount.toFixed(2);
 * //=> '509.09'
 * ```
 *
 * @category Indicators
 */
export function mirrorFlows(
  flows: readonly TradeFlow[],
  request: MirrorFlowsRequest,
): MirrorFlow[] {
  checkTradeFlows(flows, ['flows']);
  const { economies, factor, low, high, reconcile } = checkRequest(request);
  const [a, b] = economies;
  type Side = { flows: TradeFlow[]; indexes: number[] };
  type Entry = {
    exporter: string;
    importer: string;
    period: Period;
    commodity: string | null;
    exports?: Side;
    imports?: Side;
  };
  const entries = new Map<string, Entry>();
  flows.forEach((flow, index) => {
    const pair = flow.reporter === a ? b : flow.reporter === b ? a : undefined;
    if (pair === undefined || flow.partner !== pair) return;
    const [exporter, importer] =
      flow.flow === 'export' ? [flow.reporter, flow.partner] : [flow.partner, flow.reporter];
    const commodity = flow.commodity ?? null;
    const key = `${exporter}|${formatPeriod(flow.period)}|${commodity ?? ''}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { exporter, importer, period: flow.period, commodity };
      entries.set(key, entry);
    }
    const side = flow.flow === 'export' ? 'exports' : 'imports';
    const held = entry[side] ?? { flows: [], indexes: [] };
    held.flows.push(flow);
    held.indexes.push(index);
    entry[side] = held;
  });
  const pick = (side: Side | undefined) => {
    if (side === undefined) return undefined;
    const flow = preferredFlow(side.flows, request.sources);
    return { flow, index: side.indexes[side.flows.indexOf(flow)] ?? 0 };
  };
  return [...entries.values()]
    .sort(
      (x, y) =>
        Number(x.exporter !== a) - Number(y.exporter !== a) ||
        comparePeriods(x.period, y.period) ||
        (x.commodity ?? '').localeCompare(y.commodity ?? ''),
    )
    .map((entry) => {
      const exported = pick(entry.exports);
      const imported = pick(entry.imports);
      if (
        exported !== undefined &&
        imported !== undefined &&
        exported.flow.value.currency !== imported.flow.value.currency
      ) {
        throw new BilateralError('CURRENCY_MISMATCH', [
          {
            path: ['flows', imported.index, 'value'],
            message: `${entry.importer}'s imports from ${entry.exporter} (${formatPeriod(entry.period)}) are in ${imported.flow.value.currency}, the mirror exports in ${exported.flow.value.currency}: convert one first`,
          },
        ]);
      }
      return compare(entry, exported?.flow.value ?? null, imported?.flow.value ?? null, {
        factor,
        low,
        high,
        reconcile,
      });
    });
}

/** The comparison of one flow's two reports. */
function compare(
  entry: { exporter: string; importer: string; period: Period; commodity: string | null },
  exports: Money | null,
  imports: Money | null,
  {
    factor,
    low,
    high,
    reconcile,
  }: { factor: Decimal; low: Decimal; high: Decimal; reconcile: MirrorReconciliation | undefined },
): MirrorFlow {
  const currency = (exports ?? imports)?.currency ?? 'USD';
  const x = exports?.amount;
  const m = imports?.amount;
  let relativeGap: IndicatorValue;
  let band: MirrorBand | null = null;
  let gap: Decimal | null = null;
  if (x === undefined) {
    relativeGap = noValue(
      'missing-denominator',
      `${entry.exporter} reported no exports to ${entry.importer}`,
    );
  } else if (m === undefined) {
    relativeGap = noValue(
      'missing-value',
      `${entry.importer} reported no imports from ${entry.exporter}`,
    );
  } else {
    gap = checkRange(exactWhereItFits(m, x, 'minus'), 'the gap');
    relativeGap = x.isZero()
      ? noValue('zero-denominator', `${entry.exporter}'s exports to ${entry.importer} are 0`)
      : { value: exactRatio(gap, x, 'the relative gap') };
    // imports ÷ exports against [low, high], compared as exact products (no division).
    band = m.lt(exactProduct(low, x)) ? 'below' : m.gt(exactProduct(high, x)) ? 'above' : 'within';
  }
  let reconciled: Money | null = null;
  let reconciledFrom: MirrorFlow['reconciledFrom'] = null;
  if (reconcile !== undefined) {
    if (m !== undefined && (reconcile === 'importer' || x === undefined)) {
      reconciled = money(exactRatio(m, factor, 'the reconciled value'), currency);
      reconciledFrom = 'importer';
    } else if (m === undefined && x !== undefined) {
      reconciled = money(x, currency);
      reconciledFrom = 'exporter';
    } else if (m !== undefined && x !== undefined) {
      // (x + m ÷ f) ÷ 2 = (x·f + m) ÷ 2f, rounded once.
      const numerator = exactSum([exactProduct(x, factor), m]);
      reconciled = money(
        exactRatio(numerator, exactProduct(factor, new Decimal(2)), 'the reconciled value'),
        currency,
      );
      reconciledFrom = 'both';
    }
  }
  return Object.freeze({
    ...entry,
    exports,
    imports,
    gap: gap === null ? null : money(gap, currency),
    relativeGap,
    band,
    flagged: band === 'below' || band === 'above',
    reconciled,
    reconciledFrom,
  });
}

/** Checks a request of {@link mirrorFlows}, naming every bad field. */
function checkRequest(request: unknown): {
  economies: readonly [string, string];
  factor: Decimal;
  low: Decimal;
  high: Decimal;
  reconcile: MirrorReconciliation | undefined;
} {
  if (!isRecord(request)) {
    throw wrongArgument(['request'], "a request such as { economies: ['VNM', 'LAO'] }", request);
  }
  const fields = request as Record<string, unknown>;
  const issues: BilateralIssue[] = [];
  const economies = fields.economies;
  if (!Array.isArray(economies) || economies.length !== 2) {
    issues.push({
      path: ['request', 'economies'],
      message: `expected two economies such as ['VNM', 'LAO'], got ${describeInput(economies)}`,
    });
  } else {
    economies.forEach((code: unknown, index) => {
      const issue = economyCodeIssue(code, ['request', 'economies', index]);
      if (issue !== undefined) issues.push(issue);
    });
    if (issues.length === 0 && economies[0] === economies[1]) {
      issues.push({
        path: ['request', 'economies', 1],
        message: `${describeInput(economies[1])} twice: mirror flows need two different economies`,
      });
    }
  }
  const band = fields.band;
  if (band !== undefined && !(Array.isArray(band) && band.length === 2)) {
    issues.push({
      path: ['request', 'band'],
      message: `expected a pair [low, high] such as ['1.05', '1.20'], got ${describeInput(band)}`,
    });
  }
  const reconcile = fields.reconcile;
  if (reconcile !== undefined && reconcile !== 'importer' && reconcile !== 'mean') {
    issues.push({
      path: ['request', 'reconcile'],
      message: `${describeInput(reconcile)} is not a method: use "importer" or "mean"`,
    });
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  const { factor, low, high } = readCifFobTerms(
    fields.cifFobFactor as DecimalInput | undefined,
    band as readonly [DecimalInput, DecimalInput] | undefined,
    { factor: ['request', 'cifFobFactor'], range: ['request', 'band'], rangeName: 'band' },
  );
  return {
    economies: economies as readonly [string, string],
    factor,
    low,
    high,
    reconcile: reconcile as MirrorReconciliation | undefined,
  };
}
