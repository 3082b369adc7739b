/**
 * The sections of a Dataset that are lists, in a document's order: what the schema validates
 * item by item (`dataset.ts`) and what a compact dataset must give as lists
 * (`dataset-from-compact.ts`). A module without imports, so that the compact reader does not
 * bring the schema's.
 */
export const DATASET_SECTIONS = [
  'sources',
  'flows',
  'statements',
  'targets',
  'crossings',
  'facilities',
  'crossingCounts',
] as const;
