import { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import type { Series, SeriesPoint, Source } from '../flow/index.js';
import { knownUnit, yearOnYear, yearOnYearDigits } from '../growth/index.js';
import { convertSeries, type ExchangeRate, money } from '../money/index.js';
import { formatPeriod, type Period, parsePeriod, yearEarlier } from '../period/index.js';
import { computedJson } from './json-numbers.js';
import type { GrowthRow, GrowthSection } from './report.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';
import { boundOf, outwardEnds, type PointBound, rateRange } from './stated-bounds.js';

/** One year of the growth table beside its value in a local currency. */
export interface LocalCurrencyRow {
  readonly period: string;
  /** The value as the growth table gives it, in `from`. */
  readonly value: string;
  /**
   * The value in the local currency: exact, or 12 significant digits when divided by a rate; null
   * when the table has no rate for the year (the year is in the section's `missingRates`).
   */
  readonly local: string | null;
  /** The unit `value` is known to: the growth table's `unit` (null when exact). */
  readonly valueUnit: string | null;
  /**
   * The unit `local` is known to (`knownUnit` of the converted figure: its precision converted at
   * the year's rate, or three significant digits of a derived one); null when exact or missing.
   */
  readonly localUnit: string | null;
  /** Units of the local currency per unit of `from`, as the table gives it; null when equal. */
  readonly rate: string | null;
  /** The id of the rate's source; null when no conversion was needed. */
  readonly rateSource: string | null;
  /** Year-on-year growth of `value` (a fraction), as the growth table computes it. */
  readonly growth: string | null;
  /** The digits `growth` is written with: the growth table's `computedDigits`. */
  readonly growthDigits: number | null;
  /** Year-on-year growth of `local` (a fraction). */
  readonly localGrowth: string | null;
  /** The digits `localGrowth` is written with, from the converted figures' precisions. */
  readonly localGrowthDigits: number | null;
  /**
   * Present where the growth table's year is a lower bound (its row's `bound`, in `from`): the
   * text writes "more than" (or "at least") `shown` in place of `value`.
   */
  readonly bound?: NonNullable<GrowthRow['bound']>;
  /**
   * Present with `bound`: the same bound in the local currency, its ends converted at the year's
   * rate (outward to 12 significant digits), `shown` its `lo` rounded down to the digit
   * `localUnit` is written to; null when the table has no rate for the year.
   */
  readonly localBound?: NonNullable<GrowthRow['bound']> | null;
  /**
   * Present where the growth table's year is a turnover resting on a side published as a lower
   * bound (its row's `turnoverBound`, in `from`): the text writes this interval for `value`.
   */
  readonly turnoverBound?: NonNullable<GrowthRow['turnoverBound']>;
  /**
   * Present with `turnoverBound`: the same interval in the local currency, its ends converted at
   * the year's rate (outward to 12 significant digits), written for `local`; null when the table
   * has no rate for the year.
   */
  readonly localTurnoverBound?: NonNullable<GrowthRow['turnoverBound']> | null;
  /** Present where the growth table's row has a `computedRange`: the text writes it for `growth`. */
  readonly growthRange?: NonNullable<GrowthRow['computedRange']>;
  /**
   * Present where either year of `localGrowth` is a bound (`growthRange`): the rates the local
   * values' intervals allow, as `growthRange` (`rateRange`); the text writes it for `localGrowth`.
   */
  readonly localGrowthRange?: NonNullable<GrowthRow['computedRange']>;
}

/** The report's growth series in a local currency, year by year, with the rate each year used. */
export interface LocalCurrencySection {
  /** The local currency (ISO 4217). */
  readonly currency: string;
  /** The currency of the growth table's values (USD for the embedded datasets). */
  readonly from: string;
  readonly reporter: string;
  readonly partner: string;
  readonly measure: GrowthSection['measure'];
  readonly commodity: string | null;
  /**
   * Where the rates come from: `embedded` (`ANNUAL_AVERAGE_RATES`) or the file given; null when
   * `currency` is `from` (the table as it is, no rate used).
   */
  readonly rates: string | null;
  readonly rows: readonly LocalCurrencyRow[];
  /** The sources of the rates used, when the table lists them (the embedded one does). */
  readonly sources: readonly Source[];
  /** The years the table has no rate for: shown without a local value, never guessed. */
  readonly missingRates: readonly string[];
  /** What to do about `missingRates` (where the rates could come from); null when none is missing. */
  readonly missingRatesNote: string | null;
}

/** How a rate divides or multiplies, written as units of the local currency per unit of `from`. */
function rateText(rate: { rate: { toFixed(): string }; inverse: boolean }): string {
  return rate.inverse ? `1/${rate.rate.toFixed()}` : rate.rate.toFixed();
}

/** Where the rates a table lacks could come from, for the error and the note, in `words`. */
function missingRateHint(
  tableName: string,
  years = 1,
  words: ReportWords = REPORT_WORDS.en,
): string {
  return tableName === 'embedded'
    ? words.embeddedRatesHint(years)
    : words.fileRatesHint(years, tableName);
}

/**
 * What to do about the years a section has no rate for (its `missingRatesNote`), in `words`:
 * null when none is missing (or none was needed: `rates` null).
 *
 * @example
 * ```ts
 * missingRatesNote({ from: 'USD', currency: 'VND', rates: 'rates.json', missingRates: ['2022'] });
 * //=> 'No USD–VND rate for 2022: add it to rates.json.'
 * ```
 */
export function missingRatesNote(
  section: Pick<LocalCurrencySection, 'from' | 'currency' | 'rates' | 'missingRates'>,
  words: ReportWords = REPORT_WORDS.en,
): string | null {
  const { from, currency, rates, missingRates } = section;
  if (rates === null || missingRates.length === 0) return null;
  return words.missingRates(
    from,
    currency,
    missingRates,
    missingRateHint(rates, missingRates.length, words),
  );
}

/**
 * The same error, at the path `currency`, its messages saying what could not be shown and why;
 * a result past the range says which rates of a rate file to check (`check`: 'the rate for 2017').
 */
function asCurrencyError(
  error: BilateralError,
  what: string,
  tableName: string,
  check?: string,
  missingYears = 1,
): BilateralError {
  const hint =
    error.code === 'MISSING_RATE'
      ? ` — ${missingRateHint(tableName, missingYears)}`
      : check !== undefined && tableName !== 'embedded'
        ? `; check ${check} in ${tableName}`
        : '';
  return new BilateralError(
    error.code,
    error.issues.map((issue) => ({
      path: ['currency'],
      message: `cannot show ${what}: ${issue.message}${hint}`,
    })),
  );
}

/** The growth section in its own currency: each row as it is, at no rate (`rates` null). */
function asItIs(growth: GrowthSection, currency: string): LocalCurrencySection {
  return {
    currency,
    from: currency,
    reporter: growth.reporter,
    partner: growth.partner,
    measure: growth.measure,
    commodity: growth.commodity,
    rates: null,
    rows: growth.rows.map((row) => ({
      period: row.period,
      value: row.value,
      local: row.value,
      valueUnit: row.unit,
      localUnit: row.unit,
      rate: null,
      rateSource: null,
      growth: row.computed ?? null,
      growthDigits: row.computedDigits ?? null,
      localGrowth: row.computed ?? null,
      localGrowthDigits: row.computedDigits ?? null,
      ...(row.bound === undefined ? {} : { bound: row.bound, localBound: row.bound }),
      ...(row.computedRange === undefined
        ? {}
        : { growthRange: row.computedRange, localGrowthRange: row.computedRange }),
    })),
    sources: [],
    missingRates: [],
    missingRatesNote: null,
  };
}

/**
 * Year-on-year growth of the converted series; a rate past the range (a rate file's typo making a
 * year's value tiny, its growth on it huge) names each pair of years and their rates to check.
 *
 * @throws BilateralError `OUT_OF_RANGE` at the path `currency`
 */
function localYearOnYear(
  series: Series,
  what: string,
  tableName: string,
): ReturnType<typeof yearOnYear> {
  try {
    return yearOnYear(series);
  } catch (error) {
    if (!(error instanceof BilateralError) || error.code !== 'OUT_OF_RANGE') throw error;
    const issues = series.points.slice(1).flatMap((point, index) => {
      const pair = [series.points[index] as SeriesPoint, point];
      try {
        yearOnYear({ ...series, points: pair });
        return [];
      } catch (pairError) {
        if (!(pairError instanceof BilateralError) || pairError.code !== 'OUT_OF_RANGE') {
          throw pairError;
        }
        const [base, year] = pair.map((each) => formatPeriod(each.period));
        return asCurrencyError(
          pairError,
          `${what} from ${base} to ${year}`,
          tableName,
          `the rates for ${base} and ${year}`,
        ).issues;
      }
    });
    // Each growth rate rests on its year and the year before, so a pair names it; were none to,
    // the error is still the currency's.
    throw issues.length > 0
      ? new BilateralError('OUT_OF_RANGE', issues)
      : asCurrencyError(error, what, tableName);
  }
}

/**
 * The growth section's series converted into `currency` with `rates`, year by year, and growth
 * computed again on the converted values. A year the table has no rate for is kept without a
 * local value (listed in `missingRates`, never guessed); growth in the local currency is then
 * missing for it and for the year after. When no year has a rate, or a year has two, it is a
 * BilateralError `MISSING_RATE` (`AMBIGUOUS_RATE`) naming the currencies and the year, at the
 * path `currency`. In the series' own currency it is the series as it is, no rate used (`rates`
 * null, each `local` its `value`, each `localGrowth` its `growth`).
 *
 * @throws BilateralError `MISSING_RATE`, `AMBIGUOUS_RATE`, `OUT_OF_RANGE`
 */
export function localCurrencySection(
  growth: GrowthSection,
  currency: string,
  table: {
    readonly rates: readonly ExchangeRate[];
    readonly name: string;
    readonly sources: readonly Source[];
  },
): LocalCurrencySection {
  const from = growth.rows[0]?.currency ?? 'USD';
  if (from === currency) return asItIs(growth, currency);
  const what = `${growth.measure} in ${currency}`;
  const series = {
    reporter: growth.reporter,
    partner: growth.partner,
    measure: growth.measure,
    currency: from,
  };
  const points = growth.rows.map((row) => ({
    period: parsePeriod(row.period),
    value: money(row.value, row.currency),
    ...(row.precision === null ? {} : { precision: new Decimal(row.precision) }),
  }));
  let firstMissing: BilateralError | undefined;
  const pastRange: BilateralError[] = [];
  const converted = points.map((point) => {
    try {
      return convertSeries({ ...series, points: [point] }, currency, { rates: table.rates })
        .points[0];
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      // Past the range (a typo in a rate file, most likely): every such year is named, each
      // message naming its figure, amount and rate.
      if (error.code === 'OUT_OF_RANGE') {
        const year = formatPeriod(point.period);
        pastRange.push(asCurrencyError(error, what, table.name, `the rate for ${year}`));
        return undefined;
      }
      if (error.code !== 'MISSING_RATE') throw asCurrencyError(error, what, table.name);
      firstMissing ??= error;
      return undefined;
    }
  });
  if (pastRange.length > 0) {
    throw new BilateralError(
      'OUT_OF_RANGE',
      pastRange.flatMap((error) => error.issues),
    );
  }
  const present = converted.filter((point) => point !== undefined);
  if (firstMissing !== undefined && present.length === 0) {
    // No year has a rate: said of them all, not of the first alone, which read as if only it were
    // missing (`--currency LAK`: "no rate … for 2016").
    const years = growth.rows.map((row) => row.period);
    const none =
      years.length < 2
        ? firstMissing
        : new BilateralError(
            'MISSING_RATE',
            `no rate from ${from} to ${currency} (or ${currency} to ${from}) in the table for any of the ${years.length} years from ${years[0]} to ${years.at(-1)}`,
          );
    throw asCurrencyError(none, what, table.name, undefined, years.length);
  }
  const localGrowth = new Map(
    localYearOnYear({ ...series, currency, points: present }, what, table.name).map((point) => [
      formatPeriod(point.period),
      point.rate,
    ]),
  );
  // The converted figures as the growth table's (uncertain, derived, from their source), each
  // known to its precision converted at its rate, for the digits of their growth.
  const known = new Map(
    growth.rows.flatMap((row, index): [string, SeriesPoint][] => {
      const point = converted[index];
      if (point === undefined) return [];
      const derived = row.marks.find((mark) => mark.kind === 'derived');
      const local: SeriesPoint = {
        period: point.period,
        value: point.value,
        ...(point.precision === undefined ? {} : { precision: point.precision }),
        ...(row.marks.some((mark) => mark.kind === 'uncertain') ? { uncertain: true } : {}),
        ...(derived === undefined ? {} : { derivation: derived.derivation }),
        ...(row.source === null ? {} : { source: row.source }),
      };
      return [[row.period, local]];
    }),
  );
  // Each bound's ends converted as its value was: the local interval of the year (a turnover's
  // on a side published as a lower bound too: the rates rest on it, though it is no bound).
  const convertedAmount = (period: Period, amount: string) => {
    try {
      return convertSeries(
        { ...series, points: [{ period, value: money(amount, from) }] },
        currency,
        { rates: table.rates },
      ).points[0]?.value.amount;
    } catch (error) {
      // An end past the range where the value is not (its rate near the range's edge): the
      // bound's, at the currency's path, with the rate to check.
      if (!(error instanceof BilateralError) || error.code !== 'OUT_OF_RANGE') throw error;
      const year = formatPeriod(period);
      throw asCurrencyError(error, `${what}, ${year}'s bound`, table.name, `the rate for ${year}`);
    }
  };
  const localBounds = new Map<SeriesPoint, PointBound>();
  for (const [index, row] of growth.rows.entries()) {
    const localPoint = known.get(row.period);
    const point = points[index];
    const interval =
      row.bound ??
      (row.turnoverBound && { ...row.turnoverBound, atLeast: row.turnoverBound.bounds[0] === '[' });
    if (interval === undefined || localPoint === undefined || point === undefined) continue;
    const [lo, hi] = [interval.lo, interval.hi].map((end) => convertedAmount(point.period, end));
    if (lo === undefined || hi === undefined) continue;
    localBounds.set(localPoint, boundOf(localPoint, lo, hi, interval.atLeast));
  }
  /** A row's bound and rate ranges, in both currencies (absent where it has none). */
  const boundsOf = (
    row: GrowthRow,
    localPoint: SeriesPoint | undefined,
    localBase: SeriesPoint | undefined,
  ): Pick<
    LocalCurrencyRow,
    | 'bound'
    | 'localBound'
    | 'turnoverBound'
    | 'localTurnoverBound'
    | 'growthRange'
    | 'localGrowthRange'
  > => {
    const local = localPoint === undefined ? undefined : localBounds.get(localPoint);
    const localRange =
      row.computedRange === undefined || localPoint === undefined || localBase === undefined
        ? undefined
        : rateRange(localPoint, localBase, localBounds);
    return {
      ...(row.bound === undefined
        ? {}
        : {
            bound: row.bound,
            localBound:
              local === undefined
                ? null
                : {
                    ...outwardEnds(local),
                    shown: local.shown.toFixed(),
                    atLeast: local.atLeast,
                  },
          }),
      ...(row.turnoverBound === undefined
        ? {}
        : {
            turnoverBound: row.turnoverBound,
            localTurnoverBound:
              local === undefined
                ? null
                : { ...outwardEnds(local), bounds: row.turnoverBound.bounds },
          }),
      ...(row.computedRange === undefined ? {} : { growthRange: row.computedRange }),
      ...(localRange === undefined ? {} : { localGrowthRange: localRange }),
    };
  };
  const rows = growth.rows.map((row, index): LocalCurrencyRow => {
    const point = converted[index];
    const rate = point?.rate ?? null;
    const local = point === undefined ? null : point.value.amount;
    const localRate = localGrowth.get(row.period) ?? null;
    const localPoint = known.get(row.period);
    return {
      period: row.period,
      value: row.value,
      local:
        local === null
          ? null
          : rate === null || !rate.inverse
            ? local.toFixed()
            : computedJson(local),
      valueUnit: row.unit,
      localUnit: localPoint === undefined ? null : (knownUnit(localPoint)?.toFixed() ?? null),
      rate: rate === null ? null : rateText(rate),
      rateSource: rate?.source ?? null,
      growth: row.computed ?? null,
      growthDigits: row.computedDigits ?? null,
      localGrowth: localRate === null ? null : computedJson(localRate),
      localGrowthDigits:
        localRate === null
          ? null
          : (yearOnYearDigits(
              localPoint as SeriesPoint,
              known.get(formatPeriod(yearEarlier(parsePeriod(row.period)))),
            ) ?? null),
      ...boundsOf(row, localPoint, known.get(formatPeriod(yearEarlier(parsePeriod(row.period))))),
    };
  });
  const used = new Set(rows.map((row) => row.rateSource));
  const missingRates = growth.rows
    .filter((_, index) => converted[index] === undefined)
    .map((row) => row.period);
  return {
    currency,
    from,
    reporter: growth.reporter,
    partner: growth.partner,
    measure: growth.measure,
    commodity: growth.commodity,
    rates: table.name,
    rows,
    sources: table.sources.filter((source) => used.has(source.id)),
    missingRates,
    missingRatesNote: missingRatesNote({ from, currency, rates: table.name, missingRates }),
  };
}
