import {
  checkedBalanceSeries,
  type Dataset,
  Decimal,
  formatPeriod,
  type Locale,
  money,
  type PeriodKind,
  type Series,
} from '@bilateral/core/calc';
import {
  uncheckedFewestDigits as fewestDigits,
  uncheckedKnownUnit as knownUnit,
  summedUnit as summed,
  uncheckedUncertaintyUnit as uncertaintyUnit,
} from '@bilateral/core/internal';
import { balanceSign } from '../data/balance-sign.js';
import { seriesOf } from '../data/dataset-memo.js';
import { memoized } from '../data/memoized.js';
import type { NarrowedBalances } from '../data/narrowed-balances.js';
import { formatShare } from '../i18n/format.js';
import type { BalancePosition, BalanceRow } from './balance.js';

/**
 * Each side's position by the sign of the reporter's balance (`balanceSign`) plus 2, 0 where it
 * is unknown: the reporter's at that index, the partner's at 4 less it.
 */
const POSITIONS = ['unknown', 'deficit', 'balanced', 'surplus', 'unknown'] as const;

/** Which flows a balance is drawn from: the pair's, in total or in one commodity. */
export interface Scope {
  readonly reporter: string;
  readonly partner: string;
  readonly commodity?: string;
}

/**
 * The balance rows of a pair in one kind of period, oldest first; computed once per page for each
 * pair of series (kept with the exports series: the balance cards and the dashboards' balance
 * panels of a page that show the same pair share them).
 */
export function rowsOf(dataset: Dataset, scope: Scope, kind: PeriodKind): readonly BalanceRow[] {
  const request = { ...scope, periodKind: kind } as const;
  const exports = seriesOf(dataset, { ...request, measure: 'exports' });
  const imports = seriesOf(dataset, { ...request, measure: 'imports' });
  if (exports.points.length === 0 || imports.points.length === 0) return [];
  return memoized(exports, imports, () =>
    // The balances the published turnover narrows are of totals (`narrowedBalances`).
    balanceRows(
      exports,
      imports,
      scope.commodity
        ? undefined
        : memoized<NarrowedBalances | undefined>(dataset, 'balances', () => undefined)?.[
            `${scope.reporter} ${scope.partner}`
          ],
    ),
  );
}

/**
 * {@link rowsOf}, computed: each balance point with what its two sides' points say of it, and
 * the balance `narrowed` (the pair's narrowed balances) gives for its period (as `bilateral
 * report` narrows it with the published turnover: its amount, known to its unit) in place of
 * the two sides' difference.
 */
function balanceRows(
  exports: Series,
  imports: Series,
  narrowed: NarrowedBalances[string] | undefined,
): readonly BalanceRow[] {
  return checkedBalanceSeries(exports, imports).points.map((point): BalanceRow => {
    const period = formatPeriod(point.period);
    const sides = [exports, imports].map((series) =>
      series.points.find((p) => formatPeriod(p.period) === period),
    );
    // The narrowed balance, and then where its sign is unknown the interval's ends (`lo`, `hi`),
    // and where it is a bound (on a side published as one: `narrowedBalances`) those and `bound`,
    // else its coverage's digits and, where that is not the flows' ratio, the ratio.
    const [amount, unit, lo, hi, bound] = narrowed?.[period] ?? [];
    const balance = amount ? money(amount, point.balance.currency) : point.balance;
    // The units the two sides are written to (`knownUnit`: a derived side's third significant
    // digit, as the report takes it), and known to for the sign (`uncertaintyUnit`: an uncertain
    // side's third significant digit too, as the report takes it), each summed, a side without
    // one counting as exact (`summedUnit`, the report's rule: exact, or PRECISION_EXCEEDED past
    // 64 digits, as the two sides' turnover, where a rounded unit could say a sign unknown).
    const [sold, bought] = sides.map((side) => side && knownUnit(side));
    const [low, high] = sides.map((side) => side && uncertaintyUnit(side));
    const precision = unit ? new Decimal(unit) : summed(sold, bought);
    const known = unit ? precision : summed(low, high);
    // 0 where rounding leaves the sign unknown; a bound's is its middle's (`narrowedBalances`
    // keeps `bound` only where its interval, open at 0, has a sign).
    const at = (balanceSign(balance.amount, bound ? undefined : known) ?? -2) + 2;
    // A narrowed balance of known sign has the report's coverage (`narrowedBalances`).
    const reported = amount && at && !bound;
    const ratio = reported && hi ? new Decimal(hi) : point.coverageRatio;
    return {
      point: {
        ...point,
        balance,
        position: {
          reporter: POSITIONS[at] as BalancePosition,
          partner: POSITIONS[4 - at] as BalancePosition,
        },
        // A ratio above or below 100 % says a side: none where that is not the position's.
        coverageRatio: ratio?.cmp(1) === at - 2 ? ratio : null,
      },
      uncertain: sides.some((side) => side?.uncertain || side?.derivation !== undefined),
      sources: sides.flatMap((side) => (side?.source ? [side.source] : [])),
      sides: [sold, bought],
      bounds: sides.map((side) => side?.lowerBound),
      precision,
      // The narrowed interval's ends where the data has them, else the balance ± half its unit.
      range:
        at && !bound
          ? undefined
          : ([lo, hi].map((end, index) =>
              end ? new Decimal(end) : balance.amount.plus((known as Decimal).times(index - 0.5)),
            ) as [Decimal, Decimal]),
      coverageDigits: reported
        ? lo
          ? +lo
          : undefined
        : fewestDigits(
            sides.flatMap((side) => (side ? [[side.value.amount, side.precision]] : [])),
          ),
    };
  });
}

/** A row's coverage, with no digit its sides support not (`coverageDigits`); `—` for none. */
export function coverageOf(row: BalanceRow, locale: Locale): string {
  const ratio = row.point.coverageRatio;
  return ratio === null ? '—' : formatShare(ratio, locale, row.coverageDigits);
}
