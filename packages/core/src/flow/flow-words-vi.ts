import type { SeriesMeasure } from './series.js';

/**
 * A series' measures named in Vietnamese, capitalised as names standing alone (a chart's legend,
 * a table's column; the report writes them in lower case): the one source of them for the
 * widgets' Vietnamese messages and the report (`bilateral report --locale vi`).
 *
 * @example
 * ```ts
 * FLOW_MEASURE_WORDS_VI.turnover; //=> 'Kim ngạch'
 * ```
 *
 * @category Flows
 */
export const FLOW_MEASURE_WORDS_VI: Readonly<Record<SeriesMeasure, string>> = {
  exports: 'Xuất khẩu',
  imports: 'Nhập khẩu',
  turnover: 'Kim ngạch',
};

/**
 * A flow's marks in Vietnamese: `uncertain` (a value not firmly known) and `derived` (computed
 * from other published figures): the one source of them for the widgets' Vietnamese messages (a
 * point's tip, the legend of hollow points) and the report's notes (`bilateral report --locale
 * vi`).
 *
 * @example
 * ```ts
 * FLOW_MARK_WORDS_VI.uncertain; //=> 'chưa chắc chắn'
 * ```
 *
 * @category Flows
 */
export const FLOW_MARK_WORDS_VI: Readonly<{ uncertain: string; derived: string }> = {
  uncertain: 'chưa chắc chắn',
  derived: 'suy ra',
};
