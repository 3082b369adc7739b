/**
 * `@bilateral/widgets/balance`: registers `<bilateral-balance>` (a pair's trade balance, exports
 * against imports) with the app's own Lit, and exports its class, {@link BilateralBalance}.
 * `@bilateral/widgets/balance/class` has the class without registering it.
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { BilateralBalance } from './balance.js';

export { BilateralBalance };

define('bilateral-balance', BilateralBalance);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-balance': BilateralBalance;
  }
}
