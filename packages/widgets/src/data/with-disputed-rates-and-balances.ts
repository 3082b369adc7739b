import { type Dataset, formatPeriod, type Statement, withDisputedRates } from '@bilateral/core';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';

/**
 * A dataset made ready to draw as the build makes the embedded data files: each level published
 * as a lower bound ("more than US$565 million", which `parseDataset` records: `rounding:
 * 'truncate'` and `bound`, so its point says "more than"; `'more-than'` for a truncated figure
 * whose words state none, as `bilateral report` words it) repeated for a flow that gives the same
 * figure from the other side (Vietnam's imports from Laos of The Star's "more than US$565
 * million" of Laos' exports to Vietnam: `mirroredBounds`), each published rate
 * its own levels contradict marked (`withDisputedRates`), and the balances its published turnover
 * narrows kept with it under `'balances'` (`narrowedBalances`; `NarrowedBalances` says why the
 * key is written where it is read). The validator chunk runs it on a document from `src`
 * or `data`, the chunk of the core's embedded datasets on those for apps, and the pages without
 * script on the dataset they draw.
 *
 * @param dataset - a validated dataset
 * @returns the dataset `withDisputedRates` gives, its narrowed balances kept with it
 * @example
 * ```ts
 * const marked = withDisputedRatesAndBalances(vietnamLaos);
 * memoized(marked, 'balances', () => undefined)?.['VNM LAO']?.['2024-01/2024-09'];
 * //=> ['-516200000', '100000000', '1']
 * ```
 */
export function withDisputedRatesAndBalances(dataset: Dataset): Dataset {
  const { flows, statements } = dataset;
  const marked = withDisputedRates({
    ...dataset,
    statements: [...statements, ...mirroredBounds(flows, statements)],
  });
  memoized(marked, 'balances', () => narrowedBalances(marked));
  return marked;
}

/**
 * The lower bounds of `statements` ("more than US$565 million": Laos' exports to Vietnam, H1
 * 2023) that a flow repeats from the other side (Vietnam's imports from Laos of the same period,
 * source, currency and value: the same published figure), each as a level statement of that
 * flow's own pair and side, where its pair has no level statement of that side, period and
 * source: so that the element drawn from either side says "more than" (the series marks a point
 * `lowerBound` only from a statement of its own pair). `bilateral-load` passes it on with the
 * dataset, which parses again: its id is the statement's with `-mirror` after it (none is added
 * where the document gives that id) and its note says what it is, the statement's own after it.
 */
function mirroredBounds(flows: Dataset['flows'], statements: readonly Statement[]): Statement[] {
  const mirrored: Statement[] = [];
  for (const statement of statements) {
    if (statement.kind !== 'level' || statement.amount.rounding !== 'truncate') continue;
    const { reporter, partner, period, source, subject, amount } = statement;
    if (subject === 'turnover') continue;
    const side = subject === 'exports' ? 'imports' : 'exports';
    const repeated = flows.some(
      (flow) =>
        flow.commodity === undefined &&
        flow.reporter === partner &&
        flow.partner === reporter &&
        flow.flow === (side === 'exports' ? 'export' : 'import') &&
        flow.source === source &&
        formatPeriod(flow.period) === period &&
        flow.value.currency === amount.currency &&
        flow.value.amount.eq(amount.value),
    );
    const stated = statements.some(
      (other) =>
        other.kind === 'level' &&
        other.reporter === partner &&
        other.partner === reporter &&
        other.subject === side &&
        other.period === period &&
        other.source === source,
    );
    const id = `${statement.id}-mirror`;
    if (repeated && !stated && !statements.some((other) => other.id === id)) {
      mirrored.push({
        ...statement,
        id,
        reporter: partner,
        partner: reporter,
        subject: side,
        note: [
          `Added by @bilateral/widgets: statement ${statement.id} (${reporter}'s ${subject} ${side === 'imports' ? 'to' : 'from'} ${partner}), whose figure ${partner}'s ${side} ${side === 'imports' ? 'from' : 'to'} ${reporter} repeat.`,
          statement.note,
        ]
          .join(' ')
          .trim(),
      });
    }
  }
  return mirrored;
}
