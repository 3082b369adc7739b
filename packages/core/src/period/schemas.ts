/** The period module's schema, apart so that period arithmetic never loads zod. */
export { PeriodTextSchema } from './period-schema.js';
