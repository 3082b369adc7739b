import type { BorderProvince } from './border-province.js';
import { requireProvince } from './province-lookup.js';

/**
 * The border province with this id, as it is recorded (a unit merged away is returned as it
 * was; use {@link provinceAt} to follow the merger).
 *
 * @param id - `{ISO alpha-2}-{NAME}`, e.g. `'VN-DIEN-BIEN'`, `'LA-HOUAPHANH'`, `'CN-YUNNAN'`
 * @returns the frozen {@link BorderProvince}
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming the id
 *
 * @example
 * ```ts
 * getProvince('LA-HOUAPHANH').names.vi;
 * //=> 'Hủa Phăn'
 * getProvince('VN-KON-TUM').mergedInto;
 * //=> 'VN-QUANG-NGAI'
 * ```
 *
 * @category Economies
 */
export function getProvince(id: string): BorderProvince {
  return requireProvince(id);
}
