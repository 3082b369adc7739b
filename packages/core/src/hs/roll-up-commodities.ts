import { checkRange } from '../_internal/decimal-range.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import { preferredFlow } from '../flow/preferred-flow.js';
import { checkTradeFlows } from '../flow/series-issues.js';
import type { Source } from '../flow/source.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import { exactSum } from '../indicators/internal/exact-ratio.js';
import { type Money, money } from '../money/index.js';
import { formatPeriod } from '../period/format-period.js';
import type { Period } from '../period/period.js';
import { checkHsCode, type HsLevel, hsCodeAt, isHsLevel } from './hs-level.js';

/**
 * Options of {@link rollUpCommodities}.
 *
 * @example
 * ```ts
 * // Brazil's soya bean (HS 1201) exports to China, 2021 and 2023, as UN Comtrade gives them.
 * const soy = { reporter: 'BRA', partner: 'CHN', flow: 'export', commodity: '1201', status: 'official', source: 'un-comtrade' } as const;
 * const flows = [
 *   { ...soy, period: parsePeriod('2021'), value: money('27208101300', 'USD') },
 *   { ...soy, period: parsePeriod('2023'), value: money('38917721136', 'USD') },
 * ];
 * const options: RollUpCommoditiesOptions = { level: 'chapter' };
 * rollUpCommodities(flows, options).map((row) => row.code);
 * //=> ['12', '12']
 * ```
 *
 * @category HS nomenclature
 */
export interface RollUpCommoditiesOptions {
  /** The level to sum to: `section`, `chapter`, `heading` or `subheading`. */
  readonly level: HsLevel;
  /** The dataset's sources, to choose among flows several sources publish (see {@link preferredFlow}). */
  readonly sources?: readonly Source[];
}

/**
 * One row of {@link rollUpCommodities}: a reporter's trade with a partner in one direction and
 * period, summed over the HS codes under one code of the level.
 *
 * @example
 * ```ts
 * // Brazil's soya bean (HS 1201) exports to China, 2021 and 2023, as UN Comtrade gives them.
 * const soy = { reporter: 'BRA', partner: 'CHN', flow: 'export', commodity: '1201', status: 'official', source: 'un-comtrade' } as const;
 * const flows = [
 *   { ...soy, period: parsePeriod('2021'), value: money('27208101300', 'USD') },
 *   { ...soy, period: parsePeriod('2023'), value: money('38917721136', 'USD') },
 * ];
 * const [row]: CommodityTotal[] = rollUpCommodities(flows, { level: 'section' });
 * [row.code, formatPeriod(row.period), row.value.amount.toString(), row.codes];
 * //=> ['II', '2021', '27208101300', ['1201']]
 * ```
 *
 * @category HS nomenclature
 */
export interface CommodityTotal {
  readonly reporter: string;
  readonly partner: string;
  readonly flow: 'export' | 'import';
  readonly period: Period;
  /** The level summed to. */
  readonly level: HsLevel;
  /** The code at that level (`'12'`, `'II'`); `null` for the section of chapters in none (77, 98, 99). */
  readonly code: string | null;
  /** The exact sum of the flows' values. */
  readonly value: Money;
  /** The HS codes summed, in ascending order. */
  readonly codes: readonly string[];
  /** The sources of the flows summed, in order of first use. */
  readonly sources: readonly string[];
}

/**
 * Sums commodity-level flows up the Harmonized System: HS6 → HS4 (heading) → HS2 (chapter) →
 * section, exactly, per reporter, partner, direction and period. Flows without a commodity (totals)
 * are left out. Where several sources publish the same flow, the one {@link preferredFlow} chooses
 * is summed — never both. A code and a code within it in the same reporter, partner, direction and
 * period (HS 1201 beside HS 120190) would be counted twice, so they are refused, as is a code
 * coarser than the level (a chapter cannot be split into headings). Name the rows with
 * {@link commodityName}.
 *
 * @param flows - parsed trade flows (e.g. `dataset.flows`)
 * @param options - the `level` to sum to, and the dataset's `sources`
 * @returns one {@link CommodityTotal} per reporter, partner, direction, period and code, in the
 * order their first flow has
 * @throws {@link BilateralError} `INVALID_INPUT` for flows that are not parsed TradeFlows, an
 * unknown level, a commodity that is not an HS code or is coarser than the level, or overlapping
 * codes (the path of the finer flow); `CURRENCY_MISMATCH` for flows of one row in several
 * currencies; `OUT_OF_RANGE` for a sum of 10^36 or more
 *
 * @example
 * ```ts
 * const flow = { reporter: 'VNM', partner: 'LAO', flow: 'export', period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const rows = rollUpCommodities(
 *   [
 *     { ...flow, commodity: '120110', value: money('0.1', 'USD') },
 *     { ...flow, commodity: '120190', value: money('0.2', 'USD') },
 *     { ...flow, commodity: '1507', value: money('5', 'USD') },
 *   ],
 *   { level: 'heading' },
 * );
 * rows.map((row) => [row.code, row.value.amount.toString()]);
 * //=> [['1201', '0.3'], ['1507', '5']]
 * ```
 *
 * @category HS nomenclature
 */
export function rollUpCommodities(
  flows: readonly TradeFlow[],
  options: RollUpCommoditiesOptions,
): CommodityTotal[] {
  checkTradeFlows(flows, ['flows']);
  const level = (options as { level?: unknown } | null)?.level;
  if (typeof options !== 'object' || options === null || !isHsLevel(level)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: typeof options === 'object' && options !== null ? ['options', 'level'] : ['options'],
        message: `${describeInput(level)} is not an HS level: give { level: "section" | "chapter" | "heading" | "subheading" }`,
      },
    ]);
  }
  // One flow per reporter, partner, direction, period and HS code: the preferred one. A code's
  // first flow is kept as it is (most codes have one: no arrays for it). Grouped by series, then
  // by code, each series' key kept once (not a key string a flow); `published` keeps the order
  // each series and code first comes in.
  const series = new Map<string, Group<Entry>>();
  const published: Entry[] = [];
  flows.forEach((flow, index) => {
    if (flow.commodity === undefined) return;
    checkHsCode(flow.commodity, level, ['flows', index, 'commodity'], ['options', 'level']);
    const group = groupOf(series, seriesKey(flow));
    const entry = group.codes.get(flow.commodity);
    if (entry === undefined) {
      const first: Entry = { series: group.key, flow, index };
      group.codes.set(flow.commodity, first);
      published.push(first);
    } else if (entry.others === undefined) entry.others = [{ series: entry.series, flow, index }];
    else entry.others.push({ series: entry.series, flow, index });
  });
  const chosen = published.map((entry): Chosen => {
    if (entry.others === undefined) return entry;
    const group = [entry, ...entry.others];
    const flow = preferredFlow(
      group.map((part) => part.flow),
      options.sources,
    );
    return {
      series: entry.series,
      flow,
      index: group.find((part) => part.flow === flow)?.index ?? 0,
    };
  });
  refuseOverlaps(chosen);
  // The rows by series, then code, in the order each first comes in.
  const bySeries = new Map<string, Group<Row>>();
  const rows: Row[] = [];
  for (const entry of chosen) {
    const code = hsCodeAt(entry.flow.commodity ?? '', level);
    const { codes } = groupOf(bySeries, entry.series);
    const row = codes.get(code ?? '');
    if (row === undefined) {
      const first: Row = { first: entry.flow, code, parts: [entry] };
      codes.set(code ?? '', first);
      rows.push(first);
    } else row.parts.push(entry);
  }
  return rows.map(({ first, code, parts }) => {
    const currency = first.value.currency;
    for (const { flow, index } of parts) {
      if (flow.value.currency !== currency) {
        throw new BilateralError('CURRENCY_MISMATCH', [
          {
            path: ['flows', index, 'value'],
            message: `HS ${flow.commodity} is in ${flow.value.currency}, HS ${first.commodity} of the same ${level} in ${currency}: convert them to one currency first`,
          },
        ]);
      }
    }
    const sum = checkRange(
      exactSum(parts.map(({ flow }) => flow.value.amount)),
      `the ${level} ${code ?? 'without a section'} sum`,
    );
    return Object.freeze({
      reporter: first.reporter,
      partner: first.partner,
      flow: first.flow,
      period: first.period,
      level,
      code,
      value: money(sum, currency),
      codes: Object.freeze(parts.map(({ flow }) => flow.commodity ?? '').sort()),
      sources: Object.freeze([...new Set(parts.map(({ flow }) => flow.source))]),
    });
  });
}

/** What a roll-up keeps apart besides the code (its rows' sums grouped again keep it too). */
export function seriesKey(
  flow: Pick<TradeFlow, 'reporter' | 'partner' | 'flow' | 'period'>,
): string {
  return `${flow.reporter}|${flow.partner}|${flow.flow}|${formatPeriod(flow.period)}`;
}

/** A series' flow of one code, the preferred one, and its index in the flows. */
interface Chosen {
  readonly series: string;
  readonly flow: TradeFlow;
  readonly index: number;
}

/** A series' first flow of one code, and the other flows of that code (other sources'), if any. */
type Entry = Chosen & { others?: Chosen[] };

/** A row of the roll-up: its first flow, its code at the level, and the flows summed in it. */
interface Row {
  readonly first: TradeFlow;
  readonly code: string | null;
  readonly parts: Chosen[];
}

/** A series' key, kept once, and what it groups by code. */
interface Group<T> {
  readonly key: string;
  readonly codes: Map<string, T>;
}

/** The group of a series' key, made the first time the key comes (the key kept is that one). */
const groupOf = <T>(groups: Map<string, Group<T>>, key: string): Group<T> =>
  getOrCreate(groups, key, () => ({ key, codes: new Map() }));

/** Refuses a code beside a code within it (1201 and 120190) in one series: one would count twice. */
function refuseOverlaps(chosen: readonly Chosen[]): void {
  // A code within another is longer: where every code has one length, none lies within another.
  const length = chosen[0]?.flow.commodity?.length;
  if (chosen.every(({ flow }) => flow.commodity?.length === length)) return;
  const bySeries = new Map<string, Map<string, number>>();
  for (const { series, flow, index } of chosen) {
    const codes = bySeries.get(series) ?? new Map<string, number>();
    bySeries.set(series, codes);
    codes.set(flow.commodity ?? '', index);
  }
  for (const codes of bySeries.values()) {
    for (const [code, index] of codes) {
      for (let digits = 2; digits < code.length; digits += 2) {
        const outer = codes.get(code.slice(0, digits));
        if (outer === undefined) continue;
        throw new BilateralError('INVALID_INPUT', [
          {
            path: ['flows', index, 'commodity'],
            message: `HS ${code} lies within HS ${code.slice(0, digits)} (flows[${outer}]) of the same reporter, partner, direction and period: summing both would count it twice; keep one level of detail`,
          },
        ]);
      }
    }
  }
}
