import fc from 'fast-check';

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
