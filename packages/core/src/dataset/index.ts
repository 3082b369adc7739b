export { checkedDatasetCommodities } from './checked-dataset-commodities.js';
export {
  type CheckedDatasetSeriesRequest,
  checkedDatasetSeries,
} from './checked-dataset-series.js';
export {
  COMPACT_DATASET_FORMAT,
  type CompactColumn,
  type CompactDataset,
  datasetFromCheckedCompact,
} from './compact-dataset.js';
export { toCompactDataset } from './compact-dataset-write.js';
export type { Dataset, DatasetDocument } from './dataset.js';
export { datasetCommodities } from './dataset-commodities.js';
export { datasetFromCompact } from './dataset-from-compact.js';
export { datasetSeries } from './dataset-series.js';
export { type DatasetSeriesRequest, datasetSeriesWith } from './dataset-series-with.js';
export type { LocalizedText } from './localized-text.js';
export { withMirroredBounds } from './mirrored-bounds.js';
export { type DatasetSection, sliceDataset } from './slice-dataset.js';
export { withTurnoverBounds } from './turnover-bounds.js';
export { type DisputedRate, withDisputedRates } from './with-disputed-rates.js';
