export { add, compare, equals, subtract, sum } from './arithmetic.js';
export { isCurrencyCode } from './currency.js';
export { type FormatMoneyOptions, formatMoney } from './format-money.js';
export { assertSameCurrency, type Money, money } from './money.js';
export {
  CurrencyCodeSchema,
  DecimalStringSchema,
  type MoneyJson,
  MoneySchema,
  moneyToJson,
  parseMoney,
  safeParseMoney,
} from './money-schema.js';
export type { RoundingMode } from './number-format.js';
