import { getOrCreate } from '../_internal/get-or-create.js';
import { BilateralError } from '../errors/index.js';
import { checkedAdd, exact } from '../money/checked-add.js';
import { periodOrder } from '../period/month-index.js';
import type { Period } from '../period/period.js';
import { uncheckedWritePeriod } from '../period/write-period.js';
import type { CheckedSeriesRequest } from './check-series-request.js';
import { seriesFlows } from './flow-index.js';
import { preferredFlow } from './preferred-flow.js';
import type { Series, SeriesAlternative, SeriesPoint } from './series.js';
import type { Source } from './source.js';
import type { TradeFlow } from './trade-flow.js';

/** The flows of one period, by direction, in the order they are listed. */
interface PeriodFlows {
  readonly period: Period;
  readonly export: TradeFlow[];
  readonly import: TradeFlow[];
}

/** One flow per source: the preferred one when a source publishes the same flow twice. */
function bySource(flows: readonly TradeFlow[], sources: readonly Source[]): Map<string, TradeFlow> {
  const grouped = new Map<string, TradeFlow[]>();
  for (const flow of flows) getOrCreate(grouped, flow.source, () => []).push(flow);
  return new Map([...grouped].map(([source, own]) => [source, preferredFlow(own, sources)]));
}

function onePoint(
  chosen: TradeFlow,
  flows: readonly TradeFlow[],
  sources: readonly Source[],
): SeriesPoint {
  const alternatives: SeriesAlternative[] = [...bySource(flows, sources).values()]
    .filter(
      (flow) => flow.source !== chosen.source && flow.value.currency === chosen.value.currency,
    )
    .map((flow) => Object.freeze({ source: flow.source, value: flow.value }));
  return {
    period: chosen.period,
    value: chosen.value,
    source: chosen.source,
    ...(chosen.derivation === undefined ? {} : { derivation: chosen.derivation }),
    ...(chosen.uncertain ? { uncertain: true } : {}),
    ...(chosen.precision === undefined ? {} : { precision: chosen.precision }),
    ...(alternatives.length === 0 ? {} : { alternatives: Object.freeze(alternatives) }),
  };
}

function turnoverPoint(group: PeriodFlows, sources: readonly Source[]): SeriesPoint | undefined {
  if (group.export.length === 0 || group.import.length === 0) return undefined;
  const exported = preferredFlow(group.export, sources);
  const imported = preferredFlow(group.import, sources);
  const exports = bySource(group.export, sources);
  const imports = bySource(group.import, sources);
  const alternatives: SeriesAlternative[] = [];
  for (const [source, exportFlow] of exports) {
    const importFlow = imports.get(source);
    const same = exported.source === source && imported.source === source;
    if (importFlow === undefined || same) continue;
    if (exportFlow.value.currency !== exported.value.currency) continue;
    if (importFlow.value.currency !== exported.value.currency) continue;
    alternatives.push(
      Object.freeze({ source, value: checkedAdd(exportFlow.value, importFlow.value) }),
    );
  }
  // The rounding unit: the parts' units summed, a part without one counting as exact, exact
  // (`exact`) or `PRECISION_EXCEEDED` past 64 digits, never rounded: `summedUnit`, the rule of
  // `bilateral report`'s tables, written out here (calling it cost an app bundling the growth
  // chart 7 B gzipped, h413). But where a part without one is derived or approximate, its unit is
  // unknown here, and the sum has none (its `derivation` or `uncertain` then gives it one:
  // `knownUnit`).
  const precision = [exported, imported].some(
    (flow) => !flow.precision && (flow.derivation || flow.uncertain),
  )
    ? undefined
    : exported.precision && imported.precision
      ? exact(exported.precision, imported.precision, 'plus')
      : (exported.precision ?? imported.precision);
  // The exact sum of two published figures is itself published-grade: it is derived only when
  // one of its parts is (and then says which and how).
  const derived = [
    ...(exported.derivation === undefined ? [] : [`exports: ${exported.derivation}`]),
    ...(imported.derivation === undefined ? [] : [`imports: ${imported.derivation}`]),
  ];
  return {
    period: exported.period,
    value: checkedAdd(exported.value, imported.value),
    ...(exported.source === imported.source ? { source: exported.source } : {}),
    ...(derived.length === 0 ? {} : { derivation: `exports + imports (${derived.join('; ')})` }),
    ...(exported.uncertain || imported.uncertain ? { uncertain: true } : {}),
    ...(precision === undefined ? {} : { precision }),
    ...(alternatives.length === 0 ? {} : { alternatives: Object.freeze(alternatives) }),
  };
}

/**
 * `buildSeries` for a request `checkSeriesRequest` gave, or one the caller built with every field
 * valid (not checked again). Private to the library: it imports no request checker, so the
 * series of `/calc`'s `checkedDatasetSeries` carry none.
 */
export function buildCheckedSeries(
  flows: readonly TradeFlow[],
  checked: CheckedSeriesRequest,
): Series {
  // The flows of this series alone, from an index built once per flows array.
  const selected = seriesFlows(flows, checked);
  const periods = new Map<string, PeriodFlows>();
  for (const flow of selected) {
    const group = getOrCreate(periods, uncheckedWritePeriod(flow.period), () => ({
      period: flow.period,
      export: [],
      import: [],
    }));
    group[flow.flow].push(flow);
  }
  const points: SeriesPoint[] = [];
  for (const group of periods.values()) {
    if (checked.measure === 'turnover') {
      const point = turnoverPoint(group, checked.sources);
      if (point !== undefined) points.push(point);
    } else {
      // Any other measure (not one of the three words) has no flows: an empty series, never imports.
      const flowsOfPeriod =
        checked.measure === 'exports'
          ? group.export
          : checked.measure === 'imports'
            ? group.import
            : [];
      if (flowsOfPeriod.length === 0) continue;
      points.push(
        flowsOfPeriod.length === 1
          ? onePoint(flowsOfPeriod[0] as TradeFlow, [], checked.sources)
          : onePoint(preferredFlow(flowsOfPeriod, checked.sources), flowsOfPeriod, checked.sources),
      );
    }
  }
  points.sort((a, b) => periodOrder(a.period, b.period));
  const currency = points[0]?.value.currency ?? 'USD';
  points.forEach((point, index) => {
    if (point.value.currency !== currency) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: ['points', index],
          message: `${uncheckedWritePeriod(point.period)} is in ${point.value.currency}, earlier periods in ${currency}; convert with a dated rate first`,
        },
      ]);
    }
  });
  return {
    reporter: checked.reporter,
    partner: checked.partner,
    measure: checked.measure,
    currency,
    points,
  };
}
