import { BilateralError, type IssuePath } from '../errors/index.js';
import type { Series, SeriesPoint } from '../flow/index.js';
import { checkMoney } from '../money/check-money.js';
import { assertCurrency } from '../money/currency.js';
import type { Money } from '../money/money.js';
import { checkPeriod } from '../period/check-period.js';
import { parsePeriod } from '../period/index.js';
import { invalidInput } from './invalid-input.js';
import { describeInput } from './quote-input.js';

/**
 * Checks that a value given as a {@link Series} has its shape — an object with a currency code
 * and an array of points, each a `{ period, value }` with a Period and Money — so that a mistake
 * is a `BilateralError` with a path, never a `TypeError`. A period written as text (`'2024-Q3'`)
 * is read with `parsePeriod`; the series is then given back with those periods read, otherwise
 * as it came.
 *
 * @throws BilateralError `INVALID_INPUT`, `INVALID_CURRENCY`, `INVALID_PERIOD`, `OUT_OF_RANGE`
 */
export function readSeries<C extends string>(
  series: Series<C>,
  name = 'series',
  path: IssuePath = [],
): Series<C> {
  if (typeof series !== 'object' || series === null || Array.isArray(series)) {
    invalidInput(
      path,
      `expected ${name}: { reporter, partner, measure, currency, points } (see buildSeries), got ${describeInput(series)}`,
    );
  }
  try {
    assertCurrency(series.currency);
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    throw new BilateralError(
      error.code,
      error.issues.map((issue) => ({ path: [...path, ...issue.path], message: issue.message })),
    );
  }
  const points: unknown = series.points;
  if (!Array.isArray(points)) {
    invalidInput([...path, 'points'], `expected an array of points, got ${describeInput(points)}`);
  }
  let read: SeriesPoint<C>[] | undefined;
  for (let index = 0; index < points.length; index++) {
    const point: unknown = points[index];
    const at = [...path, 'points', index];
    if (typeof point !== 'object' || point === null || Array.isArray(point)) {
      invalidInput(at, `expected a point { period, value }, got ${describeInput(point)}`);
    }
    const { period, value } = point as { period?: unknown; value?: unknown };
    // A value whose amount is not this copy's Decimal comes back as a new Money: keep that one.
    const own = checkMoney(value, [...at, 'value']);
    if (typeof period === 'string' || own !== value) {
      read ??= points.slice(0, index) as SeriesPoint<C>[];
      read.push({
        ...(point as SeriesPoint<C>),
        value: own as Money<C>,
        period:
          typeof period === 'string'
            ? parsePeriod(period, [...at, 'period'])
            : checkPeriod(period, [...at, 'period']),
      });
      continue;
    }
    checkPeriod(period, [...at, 'period']);
    read?.push(point as SeriesPoint<C>);
  }
  return read === undefined ? series : { ...series, points: read };
}
