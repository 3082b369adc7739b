export {
  type Dataset,
  type DatasetDocument,
  DatasetDocumentSchema,
  datasetJsonSchema,
  parseDataset,
  safeParseDataset,
  serializeDataset,
} from './dataset.js';
export { type DatasetSeriesRequest, datasetSeries } from './dataset-series.js';
export { type LocalizedText, LocalizedTextSchema } from './localized-text.js';
