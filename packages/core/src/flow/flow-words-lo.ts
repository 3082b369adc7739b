import type { SeriesMeasure } from './series.js';

/**
 * A series' measures named in Lao: the one source of them for the widgets' Lao
 * messages and the report (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * FLOW_MEASURE_WORDS_LO.turnover; //=> 'ມູນຄ່າການຄ້າ'
 * ```
 *
 * @category Flows
 */
export const FLOW_MEASURE_WORDS_LO: Readonly<Record<SeriesMeasure, string>> = {
  exports: 'ສົ່ງອອກ',
  imports: 'ນຳເຂົ້າ',
  turnover: 'ມູນຄ່າການຄ້າ',
};

/**
 * A flow's marks in Lao: `uncertain` (a value not firmly known) and `derived` (computed from
 * other published figures): the one source of them for the widgets' Lao messages (a point's
 * tip, the legend of hollow points) and the report's notes (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * FLOW_MARK_WORDS_LO.uncertain; //=> 'ບໍ່ແນ່ນອນ'
 * ```
 *
 * @category Flows
 */
export const FLOW_MARK_WORDS_LO: Readonly<{ uncertain: string; derived: string }> = {
  uncertain: 'ບໍ່ແນ່ນອນ',
  derived: 'ຄິດໄລ່',
};
