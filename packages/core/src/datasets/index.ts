export type { DatasetTranslations } from './dataset-translations.js';
export { embeddedDatasets } from './embedded-datasets.js';
export { getEmbeddedDataset } from './get-embedded-dataset.js';
export { laosChina, laosChinaDocument } from './laos-china.js';
export { DATASET_TRANSLATIONS_LO } from './texts-lo.js';
export { DATASET_TRANSLATIONS_VI } from './texts-vi.js';
export { DATASET_TRANSLATIONS_ZH } from './texts-zh.js';
export { vietnamLaos, vietnamLaosDocument } from './vietnam-laos.js';
