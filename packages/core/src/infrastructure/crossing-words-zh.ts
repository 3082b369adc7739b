/**
 * What a crossing whose class is not known is called in Chinese (in a count of crossings by class
 * and on the gates card): the one source of it for the widgets' Chinese messages and the report's
 * crossings section (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * UNKNOWN_CROSSING_CLASS_ZH; //=> '类别不详'
 * ```
 *
 * @category Infrastructure
 */
export const UNKNOWN_CROSSING_CLASS_ZH = '类别不详';
