import { Decimal } from '../_internal/decimal.js';
import { translatedDataText } from '../datasets/dataset-translations.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { formatDecimal } from '../money/number-format.js';
import { compactLevel, intervalText, rateRangeText } from './format-report.js';
import { type LocalCurrencySection, missingRatesNote } from './report-currency.js';
import { REPORT_WORDS } from './report-words/index.js';
import { styled } from './terminal-text.js';
import { textTable } from './text-table.js';
import { computedPercent } from './written-rate.js';

/**
 * A rate as the section gives it (`22370.09`, or `1/31.05` for a reverse pair), every digit kept,
 * in the locale's separators and grouping: `22,370.09`, `22.370,09` in Vietnamese.
 */
function rateText(rate: string, locale: Locale): string {
  const [one, divisor] = rate.startsWith('1/') ? ['1/', rate.slice(2)] : ['', rate];
  const value = new Decimal(divisor);
  const digits = { fractionDigits: value.decimalPlaces(), roundingMode: 'half-up' } as const;
  return `${one}${formatDecimal(value, { locale, ...digits, trimZeros: false })}`;
}

/**
 * The growth table in a local currency, for the text report: each year's value in the table's
 * currency and in the local one, the rate used and its source, and growth in both; then the
 * sources cited, each publisher in the project's translation where it has one, its title quoted
 * as published. Nothing for a section in the growth table's own currency (no rate used): the
 * growth table is that table.
 */
export function localCurrencyLines(
  section: LocalCurrencySection,
  locale: Locale,
  color: boolean,
): string[] {
  if (section.rates === null) return [];
  const { currency, from, measure } = section;
  const words = REPORT_WORDS[locale];
  const c = words.localColumns;
  const title = words.localHeading(
    `${economyLabel(section.reporter, locale)}–${economyLabel(section.partner, locale)}`,
    measure,
    section.commodity === null ? '' : words.hs(section.commodity, null),
    currency,
    from,
  );
  const table = textTable(
    [
      c.year,
      c.value(measure, from),
      c.rate(currency, from),
      c.value(measure, currency),
      c.growth(from),
      c.growth(currency),
      c.rateSource,
    ],
    section.rows.map((row) => [
      row.period,
      row.turnoverBound === undefined
        ? compactLevel(row.value, row.bound, from, words, row.valueUnit)
        : intervalText(row.turnoverBound, from, locale),
      row.rate === null ? '—' : rateText(row.rate, locale),
      row.local === null
        ? words.noRate
        : row.localTurnoverBound == null
          ? compactLevel(row.local, row.localBound, currency, words, row.localUnit)
          : intervalText(row.localTurnoverBound, currency, locale),
      row.growthRange === undefined
        ? computedPercent(row.growth, row.growthDigits, locale)
        : rateRangeText(row.growthRange, words),
      row.localGrowthRange === undefined
        ? computedPercent(row.localGrowth, row.localGrowthDigits, locale)
        : rateRangeText(row.localGrowthRange, words),
      row.rateSource ?? '—',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  const lines = ['', color ? styled(title, 'bold') : title, '', table, ''];
  const note = missingRatesNote(section, words);
  if (note !== null) lines.push(`  ${note}`);
  lines.push(
    `  ${section.rates === 'embedded' ? words.embeddedRates : words.ratesFrom(section.rates)}`,
  );
  for (const source of section.sources) {
    const publisher = translatedDataText(source.publisher, locale).text;
    lines.push(`    ${words.citation(source.id, publisher, source.title, source.url)}`);
  }
  return lines;
}
