import { define } from '../base/define.js';
import { BilateralGrowth } from './growth.js';

export { BilateralGrowth };

define('bilateral-growth', BilateralGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-growth': BilateralGrowth;
  }
}
