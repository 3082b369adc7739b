import { define } from '../base/define.js';
import { BilateralTarget } from './target.js';

export { BilateralTarget };

define('bilateral-target', BilateralTarget);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-target': BilateralTarget;
  }
}
