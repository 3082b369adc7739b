/**
 * `@bilateral/widgets/target`: registers `<bilateral-target>` (a pair's progress towards a target)
 * with the app's own Lit, and exports its class, {@link BilateralTarget}.
 * `@bilateral/widgets/target/class` has the class without registering it.
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { BilateralTarget } from './target.js';

export { BilateralTarget };

define('bilateral-target', BilateralTarget);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-target': BilateralTarget;
  }
}
