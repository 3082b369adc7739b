export { embeddedDatasets } from './embedded-datasets.js';
export { getEmbeddedDataset } from './get-embedded-dataset.js';
export { laosChina, laosChinaDocument } from './laos-china.js';
export { vietnamLaos, vietnamLaosDocument } from './vietnam-laos.js';
