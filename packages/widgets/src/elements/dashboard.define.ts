import { define } from '../base/define.js';
import { BilateralBalance } from './balance.js';
import { BilateralDashboard } from './dashboard.js';
import { BilateralGates } from './gates.js';
import { BilateralGrowth } from './growth.js';
import { BilateralTarget } from './target.js';

export { BilateralDashboard };

define('bilateral-growth', BilateralGrowth);
define('bilateral-balance', BilateralBalance);
define('bilateral-target', BilateralTarget);
define('bilateral-gates', BilateralGates);
define('bilateral-dashboard', BilateralDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-dashboard': BilateralDashboard;
  }
}
