import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { checkCrossings } from './_lib/check-crossings.js';
import { assertDay } from './_lib/partial-date.js';
import { readCrossing } from './_lib/read-crossing.js';
import { resolveSide, type SideSelector } from './_lib/resolve.js';
import { classIssue, classOf, systemFor } from './_lib/systems.js';
import type { BorderCrossing } from './border-crossing.js';
import { type BorderTradeFacility, parseBorderTradeFacility } from './border-trade-facility.js';
import type { ClassificationSystem } from './classification-system.js';
import { type CrossingPlan, parseCrossingPlan } from './crossing-plan.js';
import { type CrossingTrade, parseCrossingTrade } from './crossing-trade.js';
import { CLASSIFICATION_SYSTEMS } from './data/classification-systems.js';
import { sideClassOn } from './side-class-on.js';

/**
 * The terms of the crossing score, in the order they are reported.
 *
 * @example
 * ```ts
 * RANK_TERMS;
 * //=> ['trade', 'growth', 'class', 'planned-upgrade', 'economic-zone', 'facilities']
 * ```
 *
 * @category Infrastructure
 */
export const RANK_TERMS = [
  'trade',
  'growth',
  'class',
  'planned-upgrade',
  'economic-zone',
  'facilities',
] as const;

/**
 * One of {@link RANK_TERMS}.
 *
 * @example
 * ```ts
 * const term: RankTerm = 'planned-upgrade';
 * ```
 *
 * @category Infrastructure
 */
export type RankTerm = (typeof RANK_TERMS)[number];

/**
 * The default weights of {@link rankCrossings} (they add up to 1): trade 0.3, growth 0.2,
 * class 0.2, planned upgrade 0.1, economic zone 0.1, facilities 0.1.
 *
 * @example
 * ```ts
 * DEFAULT_RANK_WEIGHTS.trade;
 * //=> '0.3'
 * ```
 *
 * @category Infrastructure
 */
export const DEFAULT_RANK_WEIGHTS: Readonly<Record<RankTerm, string>> = {
  trade: '0.3',
  growth: '0.2',
  class: '0.2',
  'planned-upgrade': '0.1',
  'economic-zone': '0.1',
  facilities: '0.1',
};

/**
 * What {@link rankCrossings} scores with.
 *
 * @example
 * ```ts
 * rankCrossings(LAOS_CHINA_CROSSINGS, { side: 'CHN', weights: { class: 1 } })[0]?.score.toString();
 * //=> '1'
 * ```
 *
 * @category Infrastructure
 */
export interface RankCriteria {
  /** Weights per term (decimal strings, Decimals or finite numbers, ≥ 0); missing terms take the default. */
  readonly weights?: Partial<Record<RankTerm, DecimalInput>>;
  /** The side whose class is scored: `0`, `1` or a country code (default `0`). */
  readonly side?: SideSelector;
  /** Score the class as on this day (`YYYY-MM-DD`); by default the recorded class. */
  readonly date?: string;
  /** Trade through crossings, at most one observation per crossing, all in one currency. */
  readonly trade?: readonly CrossingTrade[];
  /** A gate plan whose `upgrades` name crossings (e.g. {@link VIETNAM_LAOS_GATE_PLAN_1201}). */
  readonly plan?: CrossingPlan;
  /** Facilities linked to crossings by `crossingId`. */
  readonly facilities?: readonly BorderTradeFacility[];
  /** Classification systems (default: the embedded ones). */
  readonly systems?: readonly ClassificationSystem[];
}

/**
 * One term of a crossing's score, explained.
 *
 * @example
 * ```ts
 * rankCrossings(VIETNAM_LAOS_CROSSINGS)[0]?.terms[2]?.explanation;
 * //=> 'VNM class international: level 4 of 4'
 * ```
 *
 * @category Infrastructure
 */
export interface RankTermResult {
  readonly term: RankTerm;
  readonly weight: Decimal;
  /** The raw value as text (an amount, a rate, a class id, a count), or `null` when unknown. */
  readonly raw: string | null;
  /** The raw value scaled to [0, 1] (see {@link rankCrossings}). */
  readonly normalized: Decimal;
  /** `weight × normalized`. */
  readonly contribution: Decimal;
  /** False when the raw value is unknown (the term then contributes 0). */
  readonly known: boolean;
  readonly explanation: string;
}

/**
 * One crossing of a ranking.
 *
 * @example
 * ```ts
 * rankCrossings(VIETNAM_LAOS_CROSSINGS)[0]?.rank;
 * //=> 1
 * ```
 *
 * @category Infrastructure
 */
export interface RankedCrossing {
  /** 1 for the best; equal scores share a rank (1, 1, 3). */
  readonly rank: number;
  readonly crossingId: string;
  readonly name: string;
  /** The sum of the contributions. */
  readonly score: Decimal;
  readonly terms: readonly RankTermResult[];
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

function ratio(value: Decimal, max: Decimal): Decimal {
  return max.isZero() ? ZERO : value.div(max);
}

function checkWeights(weights: RankCriteria['weights']): Record<RankTerm, Decimal> {
  const result = {} as Record<RankTerm, Decimal>;
  for (const key of Object.keys(weights ?? {})) {
    if (!(RANK_TERMS as readonly string[]).includes(key)) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['weights', key], message: `is not a term (${RANK_TERMS.join(', ')})` },
      ]);
    }
  }
  for (const term of RANK_TERMS) {
    const given = weights?.[term];
    const weight = toDecimal(given ?? DEFAULT_RANK_WEIGHTS[term], ['weights', term]);
    if (weight.isNegative()) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['weights', term], message: `${weight.toString()} is negative; weights are ≥ 0` },
      ]);
    }
    result[term] = weight;
  }
  return result;
}

/**
 * Ranks crossings by a documented, configurable multi-criteria score, to support the priority
 * investment list of border trade infrastructure that Decision 1247/QD-TTg asks for. Each term is
 * scaled to [0, 1] and weighted:
 *
 * - `trade`: trade through the crossing ÷ the largest among the crossings ranked;
 * - `growth`: its growth rate (given, or from the previous value) ÷ the largest positive one;
 *   negative growth counts 0;
 * - `class`: the level of the side's class ÷ the highest level of its system;
 * - `planned-upgrade`: 1 when the plan names an upgrade of that side to a higher class;
 * - `economic-zone`: 1 when an economic zone is attached (`economicZoneId`, or a
 *   `border-gate-economic-zone` facility linked to it);
 * - `facilities`: other facilities linked to it ÷ the most any crossing ranked has.
 *
 * The score is the sum of `weight × normalized`; unknown values contribute 0 and are marked
 * `known: false`. Ties are broken by id, so the ranking is deterministic whatever the input order.
 * All arithmetic is {@link Decimal}.
 *
 * @param crossings - the crossings to rank (each validated as {@link parseBorderCrossing} does)
 * @param criteria - weights, the side and day for the class, trade, the plan, facilities
 * @returns the crossings from best to worst, each score explained term by term
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad weight, day, side or observation
 *   (e.g. `trade[0].crossingId` naming no crossing); `CURRENCY_MISMATCH` for trade in two
 *   currencies; `UNKNOWN_CLASS` for a planned class the system lacks; `INVALID_CROSSING` for a
 *   bad crossing
 *
 * @example
 * ```ts
 * const ranking = rankCrossings(VIETNAM_LAOS_CROSSINGS, {
 *   plan: VIETNAM_LAOS_GATE_PLAN_1201,
 *   facilities: VIETNAM_LAOS_ECONOMIC_ZONES,
 * });
 * ranking.slice(0, 2).map((r) => `${r.rank} ${r.crossingId} ${r.score.toString()}`);
 * //=> ['1 vnm-lao-bo-y 0.3', '1 vnm-lao-cau-treo 0.3']
 * ranking[0]?.terms.find((t) => t.term === 'class')?.contribution.toString();
 * //=> '0.2'
 * ```
 *
 * @category Infrastructure
 */
export function rankCrossings(
  crossings: readonly BorderCrossing[],
  criteria: RankCriteria = {},
): RankedCrossing[] {
  const systems = criteria.systems ?? CLASSIFICATION_SYSTEMS;
  const checked = checkCrossings(crossings, ['crossings'], { systems }, readCrossing);
  const weights = checkWeights(criteria.weights);
  const day = criteria.date === undefined ? undefined : assertDay(criteria.date, ['date']);
  const selector = criteria.side ?? 0;
  const ids = new Set(checked.map((crossing) => crossing.id));

  const trade = new Map<string, { value: Decimal; growth: Decimal | undefined; period: string }>();
  let currency: string | undefined;
  (criteria.trade ?? []).forEach((input, index) => {
    const observation = (() => {
      try {
        return parseCrossingTrade(input);
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        throw new BilateralError(
          error.code,
          error.issues.map((issue) => ({ ...issue, path: ['trade', index, ...issue.path] })),
        );
      }
    })();
    const path = ['trade', index];
    if (!ids.has(observation.crossingId)) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...path, 'crossingId'],
          message: `"${observation.crossingId}" is not among the crossings ranked`,
        },
      ]);
    }
    if (trade.has(observation.crossingId)) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...path, 'crossingId'],
          message: `a second observation for "${observation.crossingId}"; give one period per crossing`,
        },
      ]);
    }
    if (currency !== undefined && observation.currency !== currency) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: [...path, 'currency'],
          message: `cannot compare ${observation.currency} with ${currency} without an explicit, dated conversion`,
        },
      ]);
    }
    currency = observation.currency;
    const value = new Decimal(observation.value);
    let growth: Decimal | undefined;
    if (observation.growth !== undefined) growth = new Decimal(observation.growth);
    else if (observation.previousValue !== undefined) {
      const previous = new Decimal(observation.previousValue);
      growth =
        previous.isPositive() && !previous.isZero() ? value.div(previous).minus(1) : undefined;
    }
    trade.set(observation.crossingId, { value, growth, period: observation.period });
  });

  const plan = criteria.plan === undefined ? undefined : parseCrossingPlan(criteria.plan);
  const upgrades = new Map<string, { country: string; to: string; by: string | undefined }>();
  const planIssues: BilateralIssue[] = [];
  plan?.upgrades?.forEach((upgrade, index) => {
    const issue = classIssue(upgrade.to, upgrade.country, systemFor(upgrade.country, systems), [
      'plan',
      'upgrades',
      index,
      'to',
    ]);
    if (issue !== undefined) planIssues.push(issue);
    upgrades.set(`${upgrade.crossingId}|${upgrade.country}`, {
      country: upgrade.country,
      to: upgrade.to,
      by: upgrade.by,
    });
  });
  if (planIssues.length > 0) throw new BilateralError('UNKNOWN_CLASS', planIssues);

  const facilities = (criteria.facilities ?? []).map((facility, index) => {
    try {
      return parseBorderTradeFacility(facility);
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      throw new BilateralError(
        error.code,
        error.issues.map((issue) => ({ ...issue, path: ['facilities', index, ...issue.path] })),
      );
    }
  });
  const zoneOf = (crossing: BorderCrossing): string | undefined =>
    crossing.economicZoneId ??
    facilities.find((f) => f.kind === 'border-gate-economic-zone' && f.crossingId === crossing.id)
      ?.id;
  const facilityCount = (crossing: BorderCrossing): number =>
    facilities.filter((f) => f.kind !== 'border-gate-economic-zone' && f.crossingId === crossing.id)
      .length;

  const maxTrade = [...trade.values()].reduce((max, t) => (t.value.gt(max) ? t.value : max), ZERO);
  const maxGrowth = [...trade.values()].reduce(
    (max, t) => (t.growth === undefined || !t.growth.gt(max) ? max : t.growth),
    ZERO,
  );
  const maxFacilities = checked.reduce(
    (max, crossing) => Math.max(max, facilityCount(crossing)),
    0,
  );

  const scored = checked.map((crossing) => {
    const { side } = resolveSide(crossing, selector, ['side']);
    const terms: RankTermResult[] = [];
    const add = (term: RankTerm, raw: string | null, normalized: Decimal, explanation: string) => {
      const weight = weights[term];
      terms.push({
        term,
        weight,
        raw,
        normalized,
        contribution: weight.times(normalized),
        known: raw !== null,
        explanation,
      });
    };

    const flow = trade.get(crossing.id);
    add(
      'trade',
      flow === undefined ? null : flow.value.toString(),
      flow === undefined ? ZERO : ratio(flow.value, maxTrade),
      flow === undefined
        ? 'no trade figure for this crossing'
        : `${flow.value.toString()} ${currency ?? ''} in ${flow.period} ÷ the largest ${maxTrade.toString()}`,
    );
    const growth = flow?.growth;
    add(
      'growth',
      growth === undefined ? null : growth.toString(),
      growth === undefined ? ZERO : ratio(growth.gt(ZERO) ? growth : ZERO, maxGrowth),
      growth === undefined
        ? 'no growth figure for this crossing'
        : `growth ${growth.toString()} ÷ the largest positive ${maxGrowth.toString()}`,
    );

    const system = systemFor(side.country, systems);
    const clsId = day === undefined ? side.class : sideClassOn(side, day).class;
    const cls = system === undefined || clsId === undefined ? undefined : classOf(system, clsId);
    const top = system === undefined ? 0 : Math.max(...system.classes.map((c) => c.level));
    add(
      'class',
      clsId ?? null,
      cls === undefined || top === 0 ? ZERO : new Decimal(cls.level).div(top),
      cls === undefined
        ? `the ${side.country} class is not known`
        : `${side.country} class ${cls.id}: level ${cls.level} of ${top}`,
    );

    const upgrade = upgrades.get(`${crossing.id}|${side.country}`);
    const target =
      upgrade === undefined || system === undefined ? undefined : classOf(system, upgrade.to);
    const upgrading = target !== undefined && (cls === undefined || target.level > cls.level);
    add(
      'planned-upgrade',
      upgrade === undefined ? null : upgrade.to,
      upgrading ? ONE : ZERO,
      upgrade === undefined
        ? 'no planned upgrade recorded'
        : upgrading
          ? `planned upgrade to ${upgrade.to}${upgrade.by === undefined ? '' : ` by ${upgrade.by}`}`
          : `planned class ${upgrade.to} is not above the current class`,
    );

    const zone = zoneOf(crossing);
    add(
      'economic-zone',
      zone ?? null,
      zone === undefined ? ZERO : ONE,
      zone === undefined ? 'no economic zone recorded' : `economic zone ${zone}`,
    );
    const count = facilityCount(crossing);
    add(
      'facilities',
      String(count),
      ratio(new Decimal(count), new Decimal(maxFacilities)),
      `${count} other facilities linked ÷ the most linked to one crossing (${maxFacilities})`,
    );

    const score = terms.reduce((sum, term) => sum.plus(term.contribution), ZERO);
    return { crossingId: crossing.id, name: crossing.names.en, score, terms };
  });

  scored.sort(
    (a, b) =>
      b.score.comparedTo(a.score) ||
      (a.crossingId < b.crossingId ? -1 : a.crossingId > b.crossingId ? 1 : 0),
  );
  let previous: Decimal | undefined;
  let rank = 0;
  return scored.map((entry, index) => {
    if (previous === undefined || !entry.score.eq(previous)) rank = index + 1;
    previous = entry.score;
    return { rank, ...entry };
  });
}
