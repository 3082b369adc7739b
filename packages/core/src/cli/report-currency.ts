import { BilateralError } from '../errors/index.js';
import type { Source } from '../flow/index.js';
import { yearOnYear } from '../growth/index.js';
import { convertSeries, type ExchangeRate, money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import { computedJson } from './json-numbers.js';
import type { GrowthSection } from './report.js';

/** One year of the growth table beside its value in a local currency. */
export interface LocalCurrencyRow {
  readonly period: string;
  /** The value as the growth table gives it, in `from`. */
  readonly value: string;
  /** The value in the local currency: exact, or 12 significant digits when divided by a rate. */
  readonly local: string;
  /** Units of the local currency per unit of `from`, as the table gives it; null when equal. */
  readonly rate: string | null;
  /** The id of the rate's source; null when no conversion was needed. */
  readonly rateSource: string | null;
  /** Year-on-year growth of `value` (a fraction), as the growth table computes it. */
  readonly growth: string | null;
  /** Year-on-year growth of `local` (a fraction). */
  readonly localGrowth: string | null;
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
  /** Where the rates come from: `embedded` (`ANNUAL_AVERAGE_RATES`) or the file given. */
  readonly rates: string;
  readonly rows: readonly LocalCurrencyRow[];
  /** The sources of the rates used, when the table lists them (the embedded one does). */
  readonly sources: readonly Source[];
}

/** How a rate divides or multiplies, written as units of the local currency per unit of `from`. */
function rateText(rate: { rate: { toFixed(): string }; inverse: boolean }): string {
  return rate.inverse ? `1/${rate.rate.toFixed()}` : rate.rate.toFixed();
}

/**
 * The growth section's series converted into `currency` with `rates`, year by year, and growth
 * computed again on the converted values. A year without a rate (or with two) is a
 * BilateralError `MISSING_RATE` (`AMBIGUOUS_RATE`) naming the currencies and the year, at the
 * path `currency`.
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
  const series = {
    reporter: growth.reporter,
    partner: growth.partner,
    measure: growth.measure,
    currency: from,
    points: growth.rows.map((row) => ({
      period: parsePeriod(row.period),
      value: money(row.value, row.currency),
    })),
  };
  let converted: ReturnType<typeof convertSeries>;
  try {
    converted = convertSeries(series, currency, { rates: table.rates });
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    const hint =
      error.code === 'MISSING_RATE'
        ? table.name === 'embedded'
          ? ' — the embedded table has no sourced rate for it (docs/money-and-periods.md lists what it holds); give the rates with --rates <file.json>'
          : ` — add it to ${table.name}`
        : '';
    throw new BilateralError(
      error.code,
      error.issues.map((issue) => ({
        path: ['currency'],
        message: `cannot show ${growth.measure} in ${currency}: ${issue.message}${hint}`,
      })),
    );
  }
  const localGrowth = yearOnYear(converted);
  const rows = converted.points.map((point, index): LocalCurrencyRow => {
    const row = growth.rows[index];
    const rate = point.rate;
    return {
      period: row?.period ?? '',
      value: row?.value ?? '',
      local:
        rate === null || !rate.inverse
          ? point.value.amount.toFixed()
          : computedJson(point.value.amount),
      rate: rate === null ? null : rateText(rate),
      rateSource: rate?.source ?? null,
      growth: row?.computed ?? null,
      localGrowth: localGrowth[index]?.rate == null ? null : computedJson(localGrowth[index].rate),
    };
  });
  const used = new Set(rows.map((row) => row.rateSource));
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
  };
}
