import { define } from '../base/define.js';
import { BilateralGates } from './gates.js';

export { BilateralGates };

define('bilateral-gates', BilateralGates);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-gates': BilateralGates;
  }
}
