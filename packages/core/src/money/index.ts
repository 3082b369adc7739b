export { add, compare, equals, subtract, sum } from './arithmetic.js';
export { convert } from './convert.js';
export {
  type ConvertedPoint,
  type ConvertedSeries,
  convertSeries,
  type SeriesConversionOptions,
} from './convert-series.js';
export { isCurrencyCode } from './currency.js';
export { type ConversionOptions, findRate, type RateUsed } from './find-rate.js';
export { type FormatMoneyOptions, formatMoney } from './format-money.js';
export { assertSameCurrency, type Money, money } from './money.js';
export type { MoneyJson } from './money-schema.js';
export type { MoneyWords } from './money-words.js';
export type { RoundingMode } from './number-format.js';
export { groupDigits, NUMBER_SEPARATORS } from './number-separators.js';
export type { ExchangeRate, RateKind } from './rate-table.js';
export { type WriteMoneyOptions, writeMoney } from './write-money.js';
export { writeMoneyIn } from './write-money-in.js';
