import { type DatasetDocument, serializeDataset, vietnamLaos } from '@bilateral/core';

/**
 * For tests: the Vietnam–Laos document as a page gets it (`data`), with The Star's figure of
 * Laos' exports to Vietnam in H1/2023 worded "at least US$565 million" (565 taken in, bound
 * `at-least`) where it says "more than": the elements write "at least" there, not "more than".
 *
 * @example
 * ```ts
 * element.data = atLeastDocument() as BilateralGrowth['data'];
 * ```
 */
export function atLeastDocument(): DatasetDocument {
  const document = serializeDataset(vietnamLaos);
  return {
    ...document,
    statements: document.statements?.map((statement) =>
      statement.id === 'lao-vn-2023-h1-exports' && statement.kind === 'level'
        ? {
            ...statement,
            amount: { ...statement.amount, text: 'at least US$565 million', bound: 'at-least' },
          }
        : statement,
    ),
  };
}
