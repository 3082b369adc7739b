/**
 * What a crossing whose class is not known is called in Vietnamese (in a count of crossings by
 * class and on the gates card): the one source of it for the widgets' Vietnamese messages and the
 * report's crossings section (`bilateral report --locale vi`).
 *
 * @example
 * ```ts
 * UNKNOWN_CROSSING_CLASS_VI; //=> 'chưa rõ loại'
 * ```
 *
 * @category Infrastructure
 */
export const UNKNOWN_CROSSING_CLASS_VI = 'chưa rõ loại';
