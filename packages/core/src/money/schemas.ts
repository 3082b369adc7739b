/** The money module's schemas and parsers, apart so that money arithmetic never loads zod. */
export {
  CurrencyCodeSchema,
  DecimalStringSchema,
  MoneySchema,
  moneyToJson,
  parseMoney,
  safeParseMoney,
} from './money-schema.js';
export {
  parseRateTable,
  type RateTableJson,
  RateTableSchema,
  safeParseRateTable,
} from './rate-table-schema.js';
