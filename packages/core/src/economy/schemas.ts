/** The economy module's schemas and parsers, apart so that lookups never load zod. */
export { BorderProvinceSchema } from './border-province.js';
export { EconomyKindSchema, EconomySchema } from './economy.js';
export {
  EconomyCodeSchema,
  parseEconomyCode,
  safeParseEconomyCode,
} from './economy-code-schema.js';
export { LocaleSchema } from './locale-schema.js';
export { LocalizedNamesSchema } from './localized-names.js';
