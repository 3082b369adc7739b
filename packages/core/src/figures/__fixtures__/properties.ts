import { propertyRuns } from '../../__fixtures__/property-runs.js';

/** Settings shared by the property tests of the figures module. */
export const PROPERTY_RUNS = propertyRuns(20241024, { ci: 500, full: 1000 });

/** Settings of the reconciliation properties, which cost about 2 ms a run. */
export const RECONCILE_RUNS = propertyRuns(20241024, { ci: 100, full: 1000 });
