import { reconcile } from '../figures/reconcile.js';
import type { Statement } from '../figures/statement.js';
import type { Dataset } from './dataset.js';

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

/**
 * The dataset with each growth statement that its own levels contradict marked
 * `levelsDisagree: true` ({@link DisputedRate}): {@link reconcile} finds the growth rate and the
 * levels of its period and of the same period a year earlier `inconsistent` (no values within
 * every figure's precision agree). Vietnam–Laos 2018: turnover "about US$1.03 billion" on
 * US$892.9 million in 2017 gives 14.8–15.9 %, where the same article published "up 11.9%". A
 * rate that agrees with its levels, or that cannot be checked, is left as it is. Checking
 * parses the statements (zod): run it where a dataset is validated (a build, a page's validator
 * chunk), not where build-checked data is drawn.
 *
 * @param dataset - a validated dataset
 * @param statements - the statements to check the rates against (default: the dataset's own);
 *   give the whole set when `dataset` is a part of it that lacks some levels (an embedded data
 *   file without the level statements a flow repeats)
 * @returns `dataset` itself when no rate of it is contradicted, else a copy with those growth
 *   statements marked
 * @throws {@link BilateralError} `INVALID_FIGURE` when `statements` holds an invalid statement (as
 *   {@link reconcile})
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
 * @category Datasets
 */
export function withDisputedRates(
  dataset: Dataset,
  statements: readonly Statement[] = dataset.statements,
): Dataset {
  const disputed = new Set(
    reconcile(statements).relations.flatMap((relation) =>
      relation.kind === 'growth-levels' && relation.verdict === 'inconsistent'
        ? relation.statementIds
        : [],
    ),
  );
  const marked = dataset.statements.map((statement) =>
    statement.kind === 'growth' && disputed.has(statement.id)
      ? { ...statement, levelsDisagree: true as const }
      : statement,
  );
  return marked.every((statement, index) => statement === dataset.statements[index])
    ? dataset
    : { ...dataset, statements: marked };
}
