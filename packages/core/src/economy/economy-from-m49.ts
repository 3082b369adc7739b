import { BilateralError } from '../errors/index.js';
import type { Economy } from './economy.js';
import { BY_COMTRADE, BY_M49 } from './economy-index.js';
import { describeValue, label, listedEconomiesIssue, readNumericCode } from './economy-lookup.js';

/**
 * The economy with this UN M49 numeric code (the code ISO 3166-1 numeric also uses).
 *
 * @param code - a number (`704`) or its digits (`'704'`, `'004'`); the World is `1` (`'001'`)
 * @returns the frozen {@link Economy}
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the code; when the number is a UN
 * Comtrade code instead (699, 842, 0 …) the message says whose, and points to
 * {@link economyFromComtradeCode}; a number no economy has, with the hint `LIST_ECONOMIES`
 *
 * @example
 * ```ts
 * economyFromM49(356).code;
 * //=> 'IND'
 * economyFromM49('001').code;
 * //=> 'WLD'
 * economyFromM49(699);
 * // throws BilateralError [UNKNOWN_ECONOMY]: 699 is not a known UN M49 code: it is the UN Comtrade code of India (IND) …
 * ```
 *
 * @category Economies
 */
export function economyFromM49(code: number | string): Economy {
  const number = readNumericCode(code);
  if (number === undefined) {
    throw new BilateralError(
      'UNKNOWN_ECONOMY',
      `${describeValue(code)} is not a UN M49 code: expected a whole number from 0 to 999 such as 704 or "704"`,
    );
  }
  const economy = BY_M49.get(number);
  if (economy !== undefined) return economy;
  const comtrade = BY_COMTRADE.get(number);
  const shown = describeValue(code);
  throw new BilateralError('UNKNOWN_ECONOMY', [
    comtrade === undefined
      ? { path: [], ...listedEconomiesIssue(`${shown} is not a known UN M49 code`) }
      : {
          path: [],
          message: `${shown} is not a known UN M49 code: it is the UN Comtrade code of ${label(comtrade)}, ${comtrade.m49 === null ? 'which has no M49 code' : `whose M49 code is ${String(comtrade.m49).padStart(3, '0')}`}; read Comtrade files with economyFromComtradeCode()`,
        },
  ]);
}
