import { define } from '../base/define.js';
import { BilateralDashboard } from './dashboard.js';
// Each panel's element through its own entry, which defines it (rather than defining them here):
// the script-tag chunks then share each element's definition instead of repeating it, 0.2–0.3 kB
// less on every page (docs/performance-history.md, "2026-12-02 evening: the dashboard's chunk
// defines its panels through theirs").
import './growth.define.js';
import './balance.define.js';
import './target.define.js';
import './gates.define.js';

export { BilateralDashboard };

define('bilateral-dashboard', BilateralDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'bilateral-dashboard': BilateralDashboard;
  }
}
