/**
 * What a crossing whose class is not known is called in Lao (in a count of crossings by class
 * and on the gates card): the one source of it for the widgets' Lao messages and the report's
 * crossings section (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * UNKNOWN_CROSSING_CLASS_LO; //=> 'ບໍ່ຮູ້ປະເພດ'
 * ```
 *
 * @category Infrastructure
 */
export const UNKNOWN_CROSSING_CLASS_LO = 'ບໍ່ຮູ້ປະເພດ';
