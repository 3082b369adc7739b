import { type Dataset, datasetCommodities } from '../dataset/index.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlow } from '../flow/index.js';
import { commodityName, type HsLevel, rollUpCommodities } from '../hs/index.js';
import {
  type ConcentrationBand,
  contributionsToGrowth,
  herfindahlIndex,
  type IndicatorValue,
  type KeyedValue,
  mirrorFlows,
  revealedComparativeAdvantage,
  topValues,
} from '../indicators/index.js';
import { exactSum } from '../indicators/internal/exact-ratio.js';
import { type Money, money } from '../money/index.js';
import { comparePeriods, formatPeriod, type Period } from '../period/index.js';
import { computedJson } from './json-numbers.js';
import { type CommodityWords, REPORT_WORDS } from './report-words/index.js';
import { type SectionTotal, sectionTotals } from './section-totals.js';

/** One product of the report: its code, English name and value. */
export interface ProductRow {
  /** The HS code at the level shown, or a section numeral; `null` for the rest or no section. */
  readonly code: string | null;
  /** The HS 2022 name, or why there is none (`HS 9801: not in HS 2022`). */
  readonly name: string;
  readonly value: string;
  /** The share of the total, a fraction (12 significant digits); `null` when the total is 0. */
  readonly share: string | null;
}

/** An indicator for one product: the value, or `null` with the reason. */
export interface ProductIndicator {
  readonly code: string;
  readonly name: string;
  readonly value: string | null;
  readonly reason: string | null;
}

/** One flow seen by both economies, as the report shows it. */
export interface MirrorRow {
  readonly exporter: string;
  readonly importer: string;
  readonly period: string;
  readonly commodity: string | null;
  readonly name: string | null;
  readonly exports: string | null;
  readonly imports: string | null;
  readonly currency: string;
  readonly gap: string | null;
  /** `(imports − exports) ÷ exports` as a fraction; `null` with `reason`. */
  readonly relativeGap: string | null;
  readonly reason: string | null;
  readonly band: 'below' | 'within' | 'above' | null;
  readonly flagged: boolean;
  /** The importer's value brought to FOB (`imports ÷ 1.10`), or the exporter's where there is none. */
  readonly reconciled: string | null;
}

/**
 * The indicators of the dataset's commodity flows: one direction of the pair with the most
 * commodity flows, in its latest period.
 */
export interface CommoditySection {
  readonly reporter: string;
  readonly partner: string;
  readonly flow: 'export' | 'import';
  readonly period: string;
  readonly currency: string;
  /** The HS level products are summed to: `heading`, or `chapter` when some codes have 2 digits. */
  readonly level: HsLevel;
  readonly products: number;
  readonly top: readonly ProductRow[];
  /** The products beyond the top ten, summed; `null` when there are none. */
  readonly rest: (ProductRow & { readonly count: number }) | null;
  readonly sections: readonly ProductRow[];
  readonly concentration:
    | { readonly index: string; readonly points: string; readonly band: ConcentrationBand }
    | { readonly index: null; readonly reason: string };
  /** Balassa RCA by product, when the dataset has the world rows it needs; else `null` and `rcaNote`. */
  readonly rca: readonly ProductIndicator[] | null;
  readonly rcaNote: string | null;
  readonly growth: {
    readonly from: string;
    readonly total: string | null;
    readonly totalReason: string | null;
    readonly contributions: readonly ProductIndicator[];
  } | null;
  readonly growthNote: string | null;
  /** Each economy's report beside the other's, when both economies report flows of the pair. */
  readonly mirror: readonly MirrorRow[] | null;
  readonly mirrorNote: string;
}

/** The name of a code at a level, or `HS 1299` with why it has none. */
function nameOf(code: string | null, level: HsLevel, words: CommodityWords): string {
  if (code === null) return words.noSection;
  const named = commodityName(code, level === 'subheading' ? {} : { level });
  return named.name ?? `${level === 'section' ? 'section' : 'HS'} ${code} (${named.message})`;
}

const TOP = 10;

function indicatorJson(value: IndicatorValue): { value: string | null; reason: string | null } {
  return value.value === null
    ? { value: null, reason: value.message }
    : { value: computedJson(value.value), reason: null };
}

/** The reporter–partner pair and direction with the most commodity flows. */
function mainCommodityFlow(flows: readonly TradeFlow[]) {
  const counts = new Map<string, number>();
  for (const flow of flows) {
    if (flow.commodity === undefined || flow.partner === 'WLD' || flow.reporter === 'WLD') continue;
    const key = `${flow.reporter}|${flow.partner}|${flow.flow}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (best === undefined) return undefined;
  const [reporter = '', partner = '', flow = ''] = best[0].split('|');
  return { reporter, partner, flow: flow as 'export' | 'import' };
}

/** Keyed values of the rolled-up rows of one series. */
function keyed(
  rows: readonly SectionTotal[],
  match: { reporter: string; partner: string; flow: string; period: string },
): KeyedValue<Money>[] {
  return rows
    .filter(
      (row) =>
        row.reporter === match.reporter &&
        row.partner === match.partner &&
        row.flow === match.flow &&
        formatPeriod(row.period) === match.period,
    )
    .map((row) => ({ key: row.code ?? '—', value: row.value }));
}

/**
 * The commodity section of the report, or why there is none (no commodity flows, or codes that
 * cannot be summed).
 */
export function commoditySection(
  dataset: Dataset,
  words: CommodityWords = REPORT_WORDS.en.commodities,
): CommoditySection | string {
  const main = mainCommodityFlow(dataset.flows);
  if (main === undefined) return words.noCommodityFlows;
  const codes = datasetCommodities(dataset, main);
  const level: HsLevel = codes.some((code) => code.length === 2) ? 'chapter' : 'heading';
  let rolled: ReturnType<typeof rollUpCommodities>;
  let sectionRows: readonly SectionTotal[];
  try {
    rolled = rollUpCommodities(dataset.flows, { level, sources: dataset.sources });
    // The sections from the headings (or chapters): one pass over the flows, not two.
    sectionRows =
      sectionTotals(rolled) ??
      rollUpCommodities(dataset.flows, { level: 'section', sources: dataset.sources });
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return words.notSummed(error.message);
  }
  const ownRows = rolled.filter(
    (row) =>
      row.reporter === main.reporter && row.partner === main.partner && row.flow === main.flow,
  );
  const all = [...new Map(ownRows.map((row) => [formatPeriod(row.period), row.period])).values()];
  const years = all.filter((period) => period.kind === 'year');
  // Years when there are any (a month beside them is not comparable); the latest is shown.
  const periods = (years.length > 0 ? years : all).sort(comparePeriods);
  const latest = periods[periods.length - 1] as Period;
  const period = formatPeriod(latest);
  const current = keyed(rolled, { ...main, period });
  const currency = current[0]?.value.currency ?? 'USD';
  const top = topValues(current, TOP);
  const row = (code: string | null, value: Money, share: IndicatorValue['value'], at: HsLevel) => ({
    code,
    name: nameOf(code, at, words),
    value: value.amount.toFixed(),
    share: share === null ? null : computedJson(share),
  });
  const concentration = herfindahlIndex(current);
  const kind = latest.kind === 'year' ? 'year' : 'period';
  const previous = periods.filter((p) => p.kind === latest.kind).slice(-2, -1)[0];
  let growth: CommoditySection['growth'] = null;
  let growthNote: string | null = null;
  if (previous === undefined) {
    growthNote = words.noEarlier(kind, period);
  } else {
    const from = formatPeriod(previous);
    try {
      const result = contributionsToGrowth(current, keyed(rolled, { ...main, period: from }));
      const total = indicatorJson(result.total);
      growth = {
        from,
        total: total.value,
        totalReason: total.reason,
        contributions: result.rows.map((r) => ({
          code: r.key,
          name: nameOf(r.key, level, words),
          ...indicatorJson(r),
        })),
      };
    } catch (error) {
      // Products of the two years in different currencies, say.
      if (!(error instanceof BilateralError)) throw error;
      growthNote = words.noContributions(from, period, error.message);
    }
  }
  const { rca, rcaNote } = rcaOf(rolled, main, { kind, period }, level, words);
  return {
    ...main,
    period,
    currency,
    level,
    products: current.length,
    top: top.top.map((r) => row(r.key, r.value, r.share, level)),
    rest:
      top.restCount === 0
        ? null
        : {
            ...row(null, top.rest.value, top.rest.share, level),
            name: words.otherProducts,
            count: top.restCount,
          },
    sections: topValues(keyed(sectionRows, { ...main, period }), 21).top.map((r) =>
      row(r.key === '—' ? null : r.key, r.value, r.share, 'section'),
    ),
    concentration:
      concentration.index === null
        ? { index: null, reason: concentration.message }
        : {
            index: computedJson(concentration.index),
            points: computedJson(concentration.points),
            band: concentration.band,
          },
    rca,
    rcaNote,
    growth,
    growthNote,
    ...mirrorOf(dataset, main, words),
  };
}

/**
 * Balassa RCA of the reporter's products, from every reporter's exports to the World (partner
 * `WLD`) by product in the period: the World's exports of a product are their sum, so RCA is
 * Balassa's when the dataset holds every reporter, and relative to the reporters it holds otherwise.
 */
function rcaOf(
  rolled: ReturnType<typeof rollUpCommodities>,
  main: { reporter: string },
  { kind, period }: { kind: 'year' | 'period'; period: string },
  level: HsLevel,
  words: CommodityWords,
): { rca: ProductIndicator[] | null; rcaNote: string | null } {
  const toWorld = rolled.filter(
    (row) => row.partner === 'WLD' && row.flow === 'export' && formatPeriod(row.period) === period,
  );
  const reporters = [...new Set(toWorld.map((row) => row.reporter))];
  const own = keyed(rolled, { reporter: main.reporter, partner: 'WLD', flow: 'export', period });
  if (own.length === 0 || reporters.length < 2) {
    return {
      rca: null,
      rcaNote: words.rcaNeedsWorld(main.reporter, kind, period, reporters.length, own.length === 0),
    };
  }
  const world = new Map<string, Money[]>();
  for (const row of toWorld)
    world.set(row.code ?? '—', [...(world.get(row.code ?? '—') ?? []), row.value]);
  const currencies = new Set(toWorld.map((row) => row.value.currency));
  if (currencies.size > 1) {
    return {
      rca: null,
      rcaNote: words.rcaCurrencies([...currencies].join(', ')),
    };
  }
  try {
    const worldRows = [...world].map(([key, values]) => ({
      key,
      value: money(exactSum(values.map((value) => value.amount)), values[0]?.currency ?? 'USD'),
    }));
    return {
      rca: revealedComparativeAdvantage(own, worldRows).map((r) => ({
        code: r.key,
        name: nameOf(r.key, level, words),
        ...indicatorJson(r),
      })),
      rcaNote: words.rcaWorldSum(reporters.length, reporters.join(', ')),
    };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { rca: null, rcaNote: words.notComputable(error.message) };
  }
}

/** The mirror comparison of the pair, when both economies report flows of it. */
function mirrorOf(
  dataset: Dataset,
  main: { reporter: string; partner: string },
  words: CommodityWords,
): Pick<CommoditySection, 'mirror' | 'mirrorNote'> {
  const reports = (from: string, to: string) =>
    dataset.flows.some((flow) => flow.reporter === from && flow.partner === to);
  if (!reports(main.partner, main.reporter)) {
    return {
      mirror: null,
      mirrorNote: words.mirrorOneSide(main.reporter, main.partner),
    };
  }
  try {
    const rows = mirrorFlows(dataset.flows, {
      economies: [main.reporter, main.partner],
      sources: dataset.sources,
      reconcile: 'importer',
    });
    return {
      mirror: rows.map((r) => ({
        exporter: r.exporter,
        importer: r.importer,
        period: formatPeriod(r.period),
        commodity: r.commodity,
        name:
          r.commodity === null
            ? null
            : nameOf(r.commodity, r.commodity.length === 2 ? 'chapter' : 'heading', words),
        exports: r.exports?.amount.toFixed() ?? null,
        imports: r.imports?.amount.toFixed() ?? null,
        currency: (r.exports ?? r.imports)?.currency ?? 'USD',
        gap: r.gap?.amount.toFixed() ?? null,
        relativeGap: r.relativeGap.value === null ? null : computedJson(r.relativeGap.value),
        reason: r.relativeGap.value === null ? r.relativeGap.message : null,
        band: r.band,
        flagged: r.flagged,
        reconciled: r.reconciled === null ? null : computedJson(r.reconciled.amount),
      })),
      mirrorNote: words.mirrorNote,
    };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { mirror: null, mirrorNote: words.noMirror(error.message) };
  }
}
