export { embeddedDatasets } from './embedded-datasets.js';
export { laosChina, laosChinaDocument } from './laos-china.js';
export { vietnamLaos, vietnamLaosDocument } from './vietnam-laos.js';
