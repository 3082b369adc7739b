import fc from 'fast-check';
import type { Series } from '../../flow/index.js';
import { money } from '../../money/index.js';
import { comparePeriods, parsePeriod } from '../../period/index.js';
import type { FlowRecord } from '../index.js';

/** A non-negative decimal text: 0–6 decimals, sometimes 0, sometimes far past 2^53 units. */
export const valueText = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat(6)) },
    { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat(9)) },
    { weight: 1, arbitrary: fc.constant<[bigint, number]>([0n, 0]) },
  )
  .map(([units, decimals]) => {
    const digits = units.toString().padStart(decimals + 1, '0');
    return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  });

/** Yearly records, several rows per key allowed (the verbs sum rows as they are). */
export const yearlyRecords = fc.array(
  fc.record({
    reporter: fc.constantFrom('VNM', 'LAO'),
    partner: fc.constantFrom('LAO', 'CHN', 'THA', 'KHM'),
    flow: fc.constantFrom<'export' | 'import'>('export', 'import'),
    period: fc.constantFrom('2022', '2023', '2024'),
    value: valueText,
    currency: fc.constant('USD'),
  }),
  { maxLength: 50 },
);

/** The per-value path: one Series of Money (in USD) per reporter, partner and flow. */
export function seriesOf(list: readonly FlowRecord[]): Map<string, Series> {
  const byKey = new Map<string, FlowRecord[]>();
  for (const record of list) {
    const key = `${record.reporter} ${record.partner} ${record.flow}`;
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  return new Map(
    [...byKey].map(([key, members]) => [
      key,
      {
        reporter: members[0]?.reporter ?? '',
        partner: members[0]?.partner ?? '',
        measure: 'turnover',
        currency: 'USD',
        points: members
          .map((record) => ({
            period: parsePeriod(String(record.period)),
            value: money(String(record.value), 'USD'),
          }))
          .sort((a, b) => comparePeriods(a.period, b.period)),
      },
    ]),
  );
}
