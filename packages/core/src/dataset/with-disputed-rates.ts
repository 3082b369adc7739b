import { Decimal } from '../_internal/decimal.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { type Direction, divDirected, mulDirected, subDirected } from '../figures/_directed.js';
import { amountFromJson, rateFromJson } from '../figures/_from-json.js';
import type { Interval } from '../figures/interval.js';
import type { PublishedAmount } from '../figures/published-amount.js';
import type { Statement } from '../figures/statement.js';
import { readPeriodText } from '../period/read-period-text.js';
import { uncheckedWritePeriod } from '../period/write-period.js';
import { yearEarlierInRange } from '../period/year-earlier-in-range.js';
import { BOUNDS_RECORDED, recordedMarked } from './bounds-recorded.js';
import type { Dataset } from './dataset.js';
import { checkDatasetArrays } from './dataset-argument.js';

/**
 * What {@link withDisputedRates} adds to a growth statement whose published levels contradict it:
 * `levelsDisagree: true`. A compact data file carries it as it carries any field (the build
 * writes it: {@link toCompactDataset}), so a page that reads the file knows the fact without
 * checking anything.
 *
 * @example
 * ```ts
 * const marked = withDisputedRates(vietnamLaos);
 * const growth2018 = marked.statements.find((s) => s.id === 'vn-la-2018-turnover-growth');
 * (growth2018 as Statement & DisputedRate).levelsDisagree;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export interface DisputedRate {
  /** The levels of the rate's period and of a year earlier, as published, give another rate. */
  readonly levelsDisagree?: true;
}

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/**
 * Whether some values within the precision of two levels give a rate within `stated`'s, in
 * percent (rounding boundaries counted as reachable, as `reconcile` counts them): the levels give
 * `[current.lo / prior.hi − 1, current.hi / prior.lo − 1] × 100`, rounded outwards, as
 * `impliedGrowth` computes it. `true` when they give no rate (a previous level that can be 0:
 * `reconcile` cannot check it either).
 */
function agree(current: PublishedAmount, prior: PublishedAmount, stated: Interval): boolean {
  const { lo, hi } = prior.interval;
  if (!lo.gt(0)) return true;
  const rate = (ratio: Decimal, direction: Direction) =>
    mulDirected(subDirected(ratio, ONE, direction), HUNDRED, direction);
  const low = rate(divDirected(current.interval.lo, hi, 'down'), 'down');
  const high = rate(divDirected(current.interval.hi, lo, 'up'), 'up');
  return low.lte(stated.hi) && high.gte(stated.lo);
}

/**
 * The dataset with each growth statement that its own levels contradict marked
 * `levelsDisagree: true` ({@link DisputedRate}): the verdict of {@link reconcile}'s growth-levels
 * relation is `inconsistent` for it and a level of its period and one of the same period a year
 * earlier (same pair, subject and currency): no values within every figure's precision agree.
 * It reads the statements with the figures' own readers and intervals, as `reconcile` does, but
 * computes only this relation's intervals, with none of `reconcile`'s other relations, messages
 * and explanations, so that a page's validator chunk carries little (the test holds it to
 * `reconcile`'s verdicts). Vietnam–Laos 2018: turnover "about
 * US$1.03 billion" on US$892.9 million in 2017 gives 14.8–15.9 %, where the same article
 * published "up 11.9%". A
 * rate that agrees with its levels, or that cannot be checked, is left as it is. Run it where a
 * dataset is validated (a build, a page's validator chunk), not where build-checked data is
 * drawn.
 *
 * @param dataset - a validated dataset (`parseDataset`)
 * @param statements - validated statements to check the rates against (default: the dataset's
 *   own); give the whole set when `dataset` is a part of it that lacks some levels (an embedded data
 *   file without the level statements a flow repeats)
 * @returns `dataset` itself when no rate of it is contradicted (or each is marked already), else a
 *   copy with those growth statements marked (its statements marked `BOUNDS_RECORDED` where the
 *   dataset's are, so that the widgets draw it as given)
 *
 * @example
 * ```ts
 * const marked = withDisputedRates(vietnamLaos);
 * marked.statements
 *   .filter((s) => (s as Statement & DisputedRate).levelsDisagree)
 *   .map((s) => s.id);
 * //=> ['vn-la-2018-turnover-growth']
 * withDisputedRates(laosChina) === laosChina;
 * //=> true
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `dataset` (or its `flows`, `statements`) for what is no parsed
 *   dataset, at `statements` for what is no array
 *
 * @category Datasets
 */
export function withDisputedRates(
  dataset: Dataset,
  statements: readonly Statement[] = checkDatasetArrays(dataset).statements,
): Dataset {
  checkDatasetArrays(dataset);
  if (!Array.isArray(statements)) {
    throw wrongArgument(['statements'], "an array of statements (a dataset's)", statements);
  }
  const key = (statement: Statement, period: string) =>
    `${statement.reporter} ${statement.partner} ${'subject' in statement ? statement.subject : ''} ${period}`;
  const levels = new Map<string, PublishedAmount[]>();
  for (const statement of statements) {
    const period = readPeriodText(statement.period);
    if (statement.kind !== 'level' || period === undefined) continue;
    const at = key(statement, uncheckedWritePeriod(period));
    levels.set(at, [...(levels.get(at) ?? []), amountFromJson(statement.amount)]);
  }
  const disputed = new Set<string>();
  for (const statement of statements) {
    const period = readPeriodText(statement.period);
    if (statement.kind !== 'growth' || period === undefined) continue;
    // A rate in the year 1 has no level a year earlier to check it against.
    const yearEarlier = yearEarlierInRange(period);
    if (yearEarlier === undefined) continue;
    const stated = rateFromJson(statement.rate).interval;
    const earlier = levels.get(key(statement, uncheckedWritePeriod(yearEarlier))) ?? [];
    for (const current of levels.get(key(statement, uncheckedWritePeriod(period))) ?? []) {
      if (statement.currency !== undefined && current.currency !== statement.currency) continue;
      for (const prior of earlier) {
        if (prior.currency === current.currency && !agree(current, prior, stated)) {
          disputed.add(statement.id);
        }
      }
    }
  }
  const marked = dataset.statements.map((statement) =>
    statement.kind === 'growth' &&
    disputed.has(statement.id) &&
    (statement as DisputedRate).levelsDisagree !== true
      ? { ...statement, levelsDisagree: true as const }
      : statement,
  );
  if (marked.every((statement, index) => statement === dataset.statements[index])) return dataset;
  // The bounds are the dataset's own: statements read as parseDataset reads them stay marked so.
  return {
    ...dataset,
    statements: BOUNDS_RECORDED in dataset.statements ? recordedMarked(marked) : marked,
  };
}
