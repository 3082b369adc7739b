/**
 * Index over the border-province table and the message for an unknown id. Private to the module.
 *
 * @internal
 */

import { BilateralError } from '../errors/index.js';
import type { BorderProvince } from './border-province.js';
import { describeValue } from './economy-lookup.js';
import { BORDER_PROVINCES } from './provinces.js';

for (const province of BORDER_PROVINCES) {
  Object.freeze(province.names);
  Object.freeze(province.borders);
  Object.freeze(province);
}

/** The whole table, frozen (and every entry in it). */
export const ALL_PROVINCES: readonly BorderProvince[] = Object.freeze(BORDER_PROVINCES);

/** Provinces by id. */
export const PROVINCES_BY_ID: ReadonlyMap<string, BorderProvince> = new Map(
  ALL_PROVINCES.map((province) => [province.id, province]),
);

/** The province with this id, or an `UNKNOWN_ECONOMY` error naming the id. */
export function requireProvince(id: unknown): BorderProvince {
  const province = typeof id === 'string' ? PROVINCES_BY_ID.get(id) : undefined;
  if (province !== undefined) return province;
  const upper =
    typeof id === 'string'
      ? id
          .trim()
          .toUpperCase()
          .replaceAll(/[\s_]+/g, '-')
      : '';
  const hint = PROVINCES_BY_ID.has(upper)
    ? `did you mean "${upper}"?`
    : 'ids look like "VN-DIEN-BIEN" or "LA-HOUAPHANH"; listProvinces() lists them all';
  throw new BilateralError(
    'UNKNOWN_ECONOMY',
    `${describeValue(id)} is not a known border province id: ${hint}`,
  );
}
