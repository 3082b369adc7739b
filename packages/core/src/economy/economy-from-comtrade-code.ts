import { BilateralError } from '../errors/index.js';
import type { Economy } from './economy.js';
import { BY_COMTRADE, BY_M49 } from './economy-index.js';
import { describeValue, listedEconomiesIssue, readNumericCode } from './economy-lookup.js';

/**
 * The economy behind a `reporterCode` or `partnerCode` of a UN Comtrade record. The number is
 * looked up among Comtrade codes first (699 → India, 842 → USA, 251 → France, 490 → Taiwan,
 * 0 → World), then, for files that carry plain M49 codes, among M49 codes (356 → India). No
 * Comtrade code of the table is another economy's M49 code, so the order only decides for
 * numbers Comtrade does not use.
 *
 * @param code - a number (`418`) or its digits (`'418'`), as Comtrade JSON and CSV give it
 * @returns the frozen {@link Economy}
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the code; a number no economy has, with
 * the hint `LIST_ECONOMIES`
 *
 * @example
 * ```ts
 * economyFromComtradeCode(699).code;
 * //=> 'IND'
 * economyFromComtradeCode(842).code;
 * //=> 'USA'
 * economyFromComtradeCode(0).code;
 * //=> 'WLD'
 * economyFromComtradeCode('704').code;
 * //=> 'VNM'
 * ```
 *
 * @category Economies
 */
export function economyFromComtradeCode(code: number | string): Economy {
  const number = readNumericCode(code);
  if (number === undefined) {
    throw new BilateralError(
      'UNKNOWN_ECONOMY',
      `${describeValue(code)} is not a UN Comtrade code: expected a whole number from 0 to 999 such as 704 or "704"`,
    );
  }
  const economy = BY_COMTRADE.get(number) ?? BY_M49.get(number);
  if (economy !== undefined) return economy;
  throw new BilateralError('UNKNOWN_ECONOMY', [
    {
      path: [],
      ...listedEconomiesIssue(
        `${describeValue(code)} is not the UN Comtrade code of an economy Bilateral knows`,
      ),
    },
  ]);
}
