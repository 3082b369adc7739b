/**
 * `@bilateral/widgets/growth`: registers `<bilateral-growth>` (a series' growth, year on year or to
 * date, with its target band) with the app's own Lit, and exports its class,
 * {@link BilateralGrowth}. `@bilateral/widgets/growth/class` has the class without registering it.
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { BilateralGrowth } from './growth.js';

export { BilateralGrowth };

define('bilateral-growth', BilateralGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-growth': BilateralGrowth;
  }
}
