/**
 * `@bilateral/widgets/gates`: registers `<bilateral-gates>` (the border crossings of a pair, by
 * class and province) with the app's own Lit, and exports its class, {@link BilateralGates}.
 * `@bilateral/widgets/gates/class` has the class without registering it.
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { BilateralGates } from './gates.js';

export { BilateralGates };

define('bilateral-gates', BilateralGates);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-gates': BilateralGates;
  }
}
