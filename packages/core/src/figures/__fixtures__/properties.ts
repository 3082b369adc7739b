/** Settings shared by the property tests of the figures module. */
export const PROPERTY_RUNS = { seed: 20241024, numRuns: 1000 } as const;
