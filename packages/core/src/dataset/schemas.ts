/** The dataset module's schemas and parsers, apart so that series from a dataset never load zod. */
export {
  DatasetDocumentSchema,
  datasetJsonSchema,
  parseDataset,
  safeParseDataset,
  serializeDataset,
} from './dataset.js';
export { LocalizedTextSchema } from './localized-text.js';
export { parseDatasetText, safeParseDatasetText } from './parse-dataset-text.js';
