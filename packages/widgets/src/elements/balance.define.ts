import { define } from '../base/define.js';
import { BilateralBalance } from './balance.js';

export { BilateralBalance };

define('bilateral-balance', BilateralBalance);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-balance': BilateralBalance;
  }
}
