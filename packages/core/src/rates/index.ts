/**
 * `@bilateral/core/rates`: the embedded, sourced table of annual average exchange rates against
 * the US dollar ({@link ANNUAL_AVERAGE_RATES}) and the publications it cites
 * ({@link RATE_SOURCES}). Data only, kept apart from the calculations: `convert` and
 * `convertSeries` take the table as an argument, so a bundle that does not name it carries none.
 *
 * @packageDocumentation
 */
export { ANNUAL_AVERAGE_RATES, RATE_SOURCES } from './data/annual-average-rates.js';
