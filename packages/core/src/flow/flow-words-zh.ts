import type { SeriesMeasure } from './series.js';

/**
 * A series' measures named in Chinese: the one source of them for the widgets' Chinese
 * messages and the report (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * FLOW_MEASURE_WORDS_ZH.turnover; //=> '贸易额'
 * ```
 *
 * @category Flows
 */
export const FLOW_MEASURE_WORDS_ZH: Readonly<Record<SeriesMeasure, string>> = {
  exports: '出口',
  imports: '进口',
  turnover: '贸易额',
};

/**
 * A flow's marks in Chinese: `uncertain` (a value not firmly known) and `derived` (computed from
 * other published figures): the one source of them for the widgets' Chinese messages (a point's
 * tip, the legend of hollow points) and the report's notes (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * FLOW_MARK_WORDS_ZH.uncertain; //=> '数值不确定'
 * ```
 *
 * @category Flows
 */
export const FLOW_MARK_WORDS_ZH: Readonly<{ uncertain: string; derived: string }> = {
  uncertain: '数值不确定',
  derived: '推算',
};

/**
 * A flow's commodity code named in Chinese, before its digits (`HS编码1201`): the one source of
 * it for the widgets' Chinese messages (a figure's title, `（HS编码1201）`) and the report's
 * headings (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * `（${HS_CODE_WORD_ZH}1201）`; //=> '（HS编码1201）'
 * ```
 *
 * @category Flows
 */
export const HS_CODE_WORD_ZH = 'HS编码';
