import { wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError } from '../errors/index.js';
import { checkInterval } from './_check-figure.js';
import { addIntervals } from './add-intervals.js';
import { type Interval, makeInterval } from './interval.js';
import { subtractIntervals } from './subtract-intervals.js';

/**
 * What is published about one period of a reporter's trade with a partner, each figure as the
 * interval it stands for ({@link PublishedAmount}'s `interval`): every published value of its
 * exports, of its imports and, where one is published, of its turnover.
 *
 * @example
 * ```ts
 * // January–September 2024 (seed 004): $491.9 million, $1 billion, $1.5 billion.
 * const figures: TradeFigures = {
 *   exports: [interval('491850000', '491950000', '[)')],
 *   imports: [interval('500000000', '1500000000', '[)')],
 *   turnover: [interval('1450000000', '1550000000', '[)')],
 * };
 * ```
 *
 * @category Figures
 */
export interface TradeFigures {
  /** The intervals of the published exports: at least one. */
  readonly exports: readonly Interval[];
  /** The intervals of the published imports: at least one. */
  readonly imports: readonly Interval[];
  /** The intervals of the published turnover; none or omitted when it is not published. */
  readonly turnover?: readonly Interval[];
}

/**
 * The exports, imports, turnover and balance of a period that every figure published about it
 * allows ({@link tradeIntervals}), each a closed interval.
 *
 * @example
 * ```ts
 * const known: TradeIntervals | null = tradeIntervals({
 *   exports: [interval('491850000', '491950000', '[)')],
 *   imports: [interval('500000000', '1500000000', '[)')],
 *   turnover: [interval('1450000000', '1550000000', '[)')],
 * });
 * known && formatInterval(known.imports, { unit: '1e6' }); //=> '[958.05, 1058.15]'
 * known && formatInterval(known.balance, { unit: '1e6' }); //=> '[-566.3, -466.1]'
 * ```
 *
 * @category Figures
 */
export interface TradeIntervals {
  /** The exports consistent with every figure. */
  readonly exports: Interval;
  /** The imports consistent with every figure. */
  readonly imports: Interval;
  /** The turnover: exports + imports, within every published turnover. */
  readonly turnover: Interval;
  /** The balance, exports − imports, of exports and imports that make that turnover. */
  readonly balance: Interval;
}

/** The closed interval two intervals share, or null when they share nothing (closures compared). */
function shared(a: Interval, b: Interval): Interval | null {
  const lo = a.lo.gt(b.lo) ? a.lo : b.lo;
  const hi = a.hi.lt(b.hi) ? a.hi : b.hi;
  return lo.gt(hi) ? null : makeInterval(lo, hi, true, true);
}

/** The closed interval every interval of a list shares, or null when they share nothing. */
function sharedByAll(intervals: readonly Interval[], start: Interval): Interval | null {
  let result: Interval | null = makeInterval(start.lo, start.hi, true, true);
  for (const next of intervals) {
    if (result === null) return null;
    result = shared(result, next);
  }
  return result;
}

/**
 * The exports, imports, turnover and balance of one period that all its published figures allow
 * together, or null when they do not meet. A published figure stands for an interval ("US$1
 * billion" for [0.5, 1.5) billion), so a sum of rounded parts is known only to their
 * precisions summed, and a turnover published more precisely than one of its parts says more
 * about the sum — and so about the part and the balance — than the parts do. The turnover is
 * the interval exports + imports makes, within every published turnover; the exports are those
 * within every published exports that leave, with some published imports, such a turnover (and
 * the imports likewise); the balance runs from the least exports less the most imports to the
 * most exports less the least imports of those: the extremes of exports − imports over every
 * pair of values the figures allow. An end on a rounding boundary counts as reachable (closed),
 * as {@link reconcile} compares figures, since the publisher's tie rule is unknown.
 *
 * Nine months of 2024 (seed 004): exports $491.9 million, imports "$1 billion", turnover $1.5
 * billion. Exports + imports make [991.85, 1991.95] million, so the balance alone could be
 * anything in [−1008.15, −8.05] million; with the turnover, [1450, 1550] million, the imports are
 * [958.05, 1058.15] million and the balance [−566.3, −466.1] million: about −US$0.5 billion, not
 * about −US$1 billion.
 *
 * @param figures - the intervals of the published exports, imports and turnover of the period,
 *   in one currency
 * @returns the intervals every figure allows, or null when the figures contradict each other (two
 *   published exports, two imports or two turnovers that do not overlap, or a turnover outside
 *   what exports + imports can make)
 * @throws {@link BilateralError} `INVALID_INPUT` when `exports` or `imports` is empty, and at
 *   `figures.exports` (`imports`, `turnover`, or the interval in it) for what is no array of
 *   intervals
 *
 * @example
 * ```ts
 * const known = tradeIntervals({
 *   exports: [interval('491.85', '491.95', '[)')],
 *   imports: [interval('500', '1500', '[)')],
 *   turnover: [interval('1450', '1550', '[)')],
 * });
 * known && [formatInterval(known.turnover), formatInterval(known.balance)];
 * //=> ['[1450, 1550]', '[-566.3, -466.1]']
 * tradeIntervals({
 *   exports: [interval('491.85', '491.95', '[)')],
 *   imports: [interval('500', '1500', '[)')],
 *   turnover: [interval('2450', '2550', '[)')],
 * });
 * //=> null (no exports and imports make US$2.5 billion)
 * ```
 *
 * @category Figures
 */
export function tradeIntervals(figures: TradeFigures): TradeIntervals | null {
  const given = Object(figures) as Partial<TradeFigures>;
  for (const [side, intervals] of [
    ['exports', given.exports],
    ['imports', given.imports],
    ['turnover', given.turnover ?? []],
  ] as const) {
    if (!Array.isArray(intervals))
      throw wrongArgument(['figures', side], 'an array of intervals', intervals);
    for (const [index, range] of intervals.entries())
      checkInterval(range, ['figures', side, index]);
  }
  const [firstExports] = figures.exports;
  const [firstImports] = figures.imports;
  if (firstExports === undefined || firstImports === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [firstExports === undefined ? 'exports' : 'imports'],
        message: 'needs at least one published figure of exports and one of imports',
      },
    ]);
  }
  const exports = sharedByAll(figures.exports, firstExports);
  const imports = sharedByAll(figures.imports, firstImports);
  if (exports === null || imports === null) return null;
  // Every interval from here on is closed (`shared` makes them so), and so are their sums and
  // differences.
  const turnover = sharedByAll(figures.turnover ?? [], addIntervals(exports, imports));
  if (turnover === null) return null;
  const exportsKept = shared(exports, subtractIntervals(turnover, imports));
  const importsKept = shared(imports, subtractIntervals(turnover, exports));
  if (exportsKept === null || importsKept === null) return null;
  return Object.freeze({
    exports: exportsKept,
    imports: importsKept,
    turnover,
    // exports − imports is least at (least exports, most imports) when that pair makes a turnover
    // allowed; otherwise on the turnover's edge, where it is again the kept sides' ends.
    balance: subtractIntervals(exportsKept, importsKept),
  });
}

/**
 * Which published figures of a period make {@link tradeIntervals} give null: the exports when two
 * published values of them do not overlap (a flow and a statement, or two statements), the
 * imports likewise, else the turnover (two published turnovers that do not overlap, or one outside
 * what exports + imports can make); null when the figures meet. The sides are checked first: a
 * turnover is only blamed when each side's figures agree among themselves.
 *
 * @param figures - the intervals of the published exports, imports and turnover of the period,
 *   as {@link tradeIntervals} takes them
 * @returns `'exports'`, `'imports'` or `'turnover'`, or null when they meet
 * @throws {@link BilateralError} `INVALID_INPUT` when `exports` or `imports` is empty
 *
 * @example
 * ```ts
 * // 2017: exports US$524.5 million and a statement of US$600 million, turnover US$892.9 million.
 * tradeConflict({
 *   exports: [interval('524.45', '524.55', '[)'), interval('599.5', '600.5', '[)')],
 *   imports: [interval('368.35', '368.45', '[)')],
 *   turnover: [interval('892.85', '892.95', '[)')],
 * });
 * //=> 'exports'
 * tradeConflict({
 *   exports: [interval('491.85', '491.95', '[)')],
 *   imports: [interval('500', '1500', '[)')],
 *   turnover: [interval('2450', '2550', '[)')],
 * });
 * //=> 'turnover'
 * ```
 *
 * @category Figures
 */
export function tradeConflict(figures: TradeFigures): 'exports' | 'imports' | 'turnover' | null {
  if (tradeIntervals(figures) !== null) return null;
  // tradeIntervals has checked the figures, and that both sides have a first figure.
  for (const side of ['exports', 'imports'] as const) {
    const [first] = figures[side];
    if (first !== undefined && sharedByAll(figures[side], first) === null) return side;
  }
  return 'turnover';
}
