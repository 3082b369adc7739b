import { vietnamLaosFlow, vietnamLaosLevel } from './vietnam-laos-figures.js';

/** A flow of Vietnam–Laos in 2024: [value, precision] in US$ (no precision for `null`). */
export type YearFlow = readonly [value: string, precision: string | null];

/** A level statement of 2024: its subject, its published text and its value in US$. */
export interface YearStatement {
  readonly subject: string;
  readonly text: string;
  readonly value: string;
}

/**
 * For tests: a Vietnam–Laos dataset document of 2024's exports and imports (each `[value,
 * precision]`, `null` for none) from one source, and level statements of 2024 by it: what
 * `bilateral report` and `<bilateral-balance>` are both given where their rows are compared.
 *
 * @example
 * ```ts
 * // Exports "US$1.0 billion" (to the 0.1 billion), imports "US$1.02 billion" (to the 0.01).
 * yearDocument(['1000000000', '100000000'], ['1020000000', '10000000']);
 * ```
 */
export function yearDocument(
  exports: YearFlow,
  imports: YearFlow,
  statements: readonly YearStatement[] = [],
) {
  const flow = (kind: 'export' | 'import', [value, precision]: YearFlow) =>
    vietnamLaosFlow({
      flow: kind,
      period: '2024',
      value,
      source: 'customs',
      precision: precision ?? undefined,
    });
  return {
    id: 'rounding',
    title: { en: 'rounding' },
    sources: [
      { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
    ],
    flows: [flow('export', exports), flow('import', imports)],
    statements: statements.map(({ subject, text, value }, index) =>
      vietnamLaosLevel({ id: `s${index}`, source: 'customs', subject, text, value }),
    ),
  };
}
