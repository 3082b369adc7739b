import { type DatasetDocument, vietnamLaosDocument } from '@bilateral/core';

/** A published level: its value and the unit it was rounded to, in US dollars. */
type Level = readonly [value: string, precision: string];

const NINE_MONTHS = '2024-01/2024-09';

/**
 * For tests: the Vietnam–Laos document with its January–September 2024 figures replaced — the
 * exports and imports given, and the turnover when given (the period's other statements left out,
 * so that nothing else narrows the balance) — as a page gets it (`data`) or the build reads it.
 * Exports "US$1.0 billion" and imports "US$1.02 billion" leave the balance's sign unknown
 * (−US$75 million to +US$35 million); a turnover of "US$2.06 billion" narrows it to a surplus
 * (+5 to +35 million), one of "US$2.040 billion" (imports "US$1.020 billion") to −1.5 to +1.5
 * million, still unknown.
 *
 * @example
 * ```ts
 * const document = nineMonthsWith(['1000000000', '100000000'], ['1020000000', '10000000']);
 * ```
 */
export function nineMonthsWith(exports: Level, imports: Level, turnover?: Level): DatasetDocument {
  const { flows, statements } = vietnamLaosDocument;
  const level = ([value, precision]: Level) => ({ value, precision });
  return {
    ...vietnamLaosDocument,
    flows: flows.map((flow) =>
      flow.period !== NINE_MONTHS || flow.reporter !== 'VNM'
        ? flow
        : { ...flow, ...level(flow.flow === 'export' ? exports : imports) },
    ),
    statements: [
      ...(statements ?? []).filter((statement) => statement.period !== NINE_MONTHS),
      ...(turnover === undefined
        ? []
        : [
            {
              id: 'turnover-2024',
              source: 'seed-004-moit-2024-10-24',
              kind: 'level' as const,
              reporter: 'VNM',
              partner: 'LAO',
              period: NINE_MONTHS,
              subject: 'turnover' as const,
              amount: { text: `US$${turnover[0]}`, currency: 'USD', ...level(turnover) },
            },
          ]),
    ],
  };
}
