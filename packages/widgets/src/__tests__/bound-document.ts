import {
  type DatasetDocument,
  type LowerBound,
  serializeDataset,
  vietnamLaos,
} from '@bilateral/core';

/**
 * For tests: the Vietnam–Laos document as a page gets it (`data`), with Laos' exports to Vietnam
 * in H1/2023 (The Star's "more than US$565 million") replaced by `value` dollars, published as
 * `text` with the bound `bound`: a bound whose digits go past the compact default's hundredth of
 * its scale ("more than US$1,065 million", not "more than US$1.07 billion").
 *
 * @example
 * ```ts
 * element.data = boundDocument('1065000000', 'more than US$1,065 million') as BilateralGrowth['data'];
 * ```
 */
export function boundDocument(
  value: string,
  text: string,
  bound: LowerBound = 'more-than',
): DatasetDocument {
  const document = serializeDataset(vietnamLaos);
  return {
    ...document,
    flows: document.flows.map((flow) =>
      flow.reporter === 'LAO' && flow.period === '2023-H1' && flow.flow === 'export'
        ? { ...flow, value }
        : flow,
    ),
    statements: document.statements?.map((statement) =>
      statement.id === 'lao-vn-2023-h1-exports' && statement.kind === 'level'
        ? { ...statement, amount: { ...statement.amount, text, value, bound } }
        : statement,
    ),
  };
}
