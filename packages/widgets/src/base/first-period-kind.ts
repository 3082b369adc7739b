import type { PeriodKind } from '@bilateral/core';

/**
 * The period kind an element draws, and what it draws for it: the kind asked for (a
 * `period-kind` attribute) when it is one of `kinds`, otherwise the first of `kinds` whose
 * drawing has figures, so that a dataset of months only is drawn by month. `undefined` when
 * none has.
 */
export function firstPeriodKind<T>(
  asked: PeriodKind | undefined,
  kinds: readonly PeriodKind[],
  draw: (kind: PeriodKind) => T,
  hasFigures: (drawn: T) => boolean,
): { readonly kind: PeriodKind; readonly drawn: T } | undefined {
  const tried = asked !== undefined && kinds.includes(asked) ? [asked] : kinds;
  for (const kind of tried) {
    const drawn = draw(kind);
    if (hasFigures(drawn)) return { kind, drawn };
  }
  return undefined;
}
