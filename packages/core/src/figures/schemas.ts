/** The figures module's schemas and parsers, apart so that interval arithmetic never loads zod. */
export {
  PublishedAmountJsonSchema,
  PublishedRateJsonSchema,
  parseStatement,
  StatementSchema,
  StatementSubjectSchema,
  safeParseStatement,
} from './statement.js';
