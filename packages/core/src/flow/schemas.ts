/** The flow module's schemas and parsers, apart so that series building never loads zod. */
export { parseSource, SourceSchema, safeParseSource } from './source.js';
export {
  EconomyCodeTextSchema,
  FlowDirectionSchema,
  FlowStatusSchema,
  parseTradeFlow,
  safeParseTradeFlow,
  TradeFlowSchema,
  tradeFlowFromJson,
} from './trade-flow-schema.js';
