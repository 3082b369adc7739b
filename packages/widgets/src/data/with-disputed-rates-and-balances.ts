import {
  type Dataset,
  type Statement,
  withDisputedRates,
  withMirroredBounds,
  withTurnoverBounds,
} from '@bilateral/core';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';

/**
 * A dataset made ready to draw as the build makes the embedded data files: each level published
 * as a lower bound ("more than US$565 million", which `parseDataset` records: `rounding:
 * 'truncate'` and `bound`, so its point says "more than"; `'more-than'` for a truncated figure
 * whose words state none, as `bilateral report` words it) repeated for a flow that gives the same
 * figure from the other side (Vietnam's imports from Laos of The Star's "more than US$565
 * million" of Laos' exports to Vietnam: `withRepeatedBounds`), each published rate
 * its own levels contradict marked (`withDisputedRates`), and the balances its published turnover
 * narrows kept with it under `'balances'` (`narrowedBalances`; `NarrowedBalances` says why the
 * key is written where it is read), and the turnover of a period whose exports or imports were
 * published as a lower bound stated as the interval they allow (`withTurnoverBounds`: "more than
 * US$832 million", not US$832 million as if exact, where no turnover was published). The
 * validator chunk runs it on a document from `src` or `data`, the chunk of the core's embedded
 * datasets on those for apps, and the pages without script on the dataset they draw.
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
  const marked = withDisputedRates(withRepeatedBounds(dataset));
  // The turnover of a bound side as the interval its sides allow, a statement the series reads as
  // a published bound (in this chunk, so that the first load's series only reads it); after the
  // balances and the disputed rates, which read the published turnover alone.
  const drawn = withTurnoverBounds(marked);
  memoized(drawn, 'balances', () => narrowedBalances(marked));
  return drawn;
}

/**
 * `dataset` (a copy) with each lower bound a flow repeats from the other side of its pair ("more
 * than US$565 million": Laos' exports to Vietnam, H1 2023) stated for that flow's pair too, as
 * `bilateral report` reads them (`withMirroredBounds`, the core's rule: Vietnam's imports from
 * Laos of the same period, source, currency and value, the same published figure, where Vietnam
 * states no imports of its own), so that the element drawn from either side says "more than" (the
 * series marks a point `lowerBound` only from a statement of its own pair), on a script-tag page
 * as in an app. The first step of what the elements draw, in
 * {@link withDisputedRatesAndBalances} (the validator, the embedded datasets for apps) and in the
 * build of the embedded data files (`embeddedDataFiles`), before the disputed rates, the narrowed
 * balances and `withTurnoverBounds` (which reads the repeats itself too). `bilateral-load` passes
 * the repeats on with the dataset, which parses again: each repeat's id is the statement's with
 * `-mirror` after it (none is added where the document gives that id) and its note says what it
 * is, the statement's own after it.
 *
 * @param dataset - a validated dataset
 * @returns a copy of `dataset` with the repeats after its statements
 * @example
 * ```ts
 * withRepeatedBounds(vietnamLaos).statements.length === vietnamLaos.statements.length;
 * //=> true (no flow of the embedded data repeats a bound from the other side)
 * ```
 */
export function withRepeatedBounds(dataset: Dataset): Dataset {
  const { flows, statements } = dataset;
  const repeats = withMirroredBounds(flows, statements)
    .slice(statements.length)
    .flatMap((repeat) => {
      const id = `${repeat.id}-mirror`;
      if (statements.some((other) => other.id === id)) return [];
      // The repeat is the statement seen from the other side: its pair and side swapped.
      const { reporter, partner, subject } = repeat as Extract<Statement, { kind: 'level' }>;
      const [to, from] = subject === 'imports' ? ['to', 'from'] : ['from', 'to'];
      const said = subject === 'imports' ? 'exports' : 'imports';
      const note = `Added by @bilateral/widgets: statement ${repeat.id} (${partner}'s ${said} ${to} ${reporter}), whose figure ${reporter}'s ${subject} ${from} ${partner} repeat.`;
      return [{ ...repeat, id, note: [note, repeat.note].join(' ').trim() }];
    });
  return { ...dataset, statements: [...statements, ...repeats] };
}
