/**
 * Registers all five elements (`<bilateral-growth>`, `<bilateral-balance>`,
 * `<bilateral-target>`, `<bilateral-gates>`, `<bilateral-dashboard>`) with the app's own Lit.
 *
 * @packageDocumentation
 */

export { BilateralBalance } from './elements/balance.js';
export * from './elements/dashboard.define.js';
export { BilateralGates } from './elements/gates.js';
export { BilateralGrowth } from './elements/growth.js';
export { BilateralTarget } from './elements/target.js';
