/**
 * `@bilateral/core/hs`: the Harmonized System — codes at each level (`hsCodeAt`), flows summed up
 * the levels (`rollUpCommodities`) and the English names of sections, chapters and headings
 * (`commodityName`, embedded data sourced in {@link HS_NOMENCLATURE_SOURCE}). The root entry
 * exports the same; `@bilateral/core/calc` exports the calculations without the names.
 *
 * @packageDocumentation
 */
export {
  type CommodityName,
  type CommodityNameOptions,
  commodityName,
  HS_NOMENCLATURE_SOURCE,
} from './commodity-name.js';
export { type HsLevel, hsCodeAt } from './hs-level.js';
export {
  type CommodityTotal,
  type RollUpCommoditiesOptions,
  rollUpCommodities,
} from './roll-up-commodities.js';
