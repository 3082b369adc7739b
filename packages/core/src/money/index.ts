export { add, compare, equals, subtract, sum } from './arithmetic.js';
export { isCurrencyCode } from './currency.js';
export { type FormatMoneyOptions, formatMoney } from './format-money.js';
export { assertSameCurrency, type Money, money } from './money.js';
export type { MoneyJson } from './money-schema.js';
export type { RoundingMode } from './number-format.js';
