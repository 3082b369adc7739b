import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  datasetSeries,
  laosChina,
  type PeriodKind,
  SERIES_MEASURES,
  vietnamLaos,
} from '../../core/src/index.js';
import { statementsAsDrawn } from './statements-as-drawn.js';

/** Every series a dataset gives for a pair, by measure and period kind (or the error's code). */
function everySeries(dataset: Dataset, reporter: string, partner: string) {
  const kinds: PeriodKind[] = ['year', 'quarter', 'month', 'year-to-date'];
  return SERIES_MEASURES.flatMap((measure) =>
    kinds.map((periodKind) => {
      try {
        return datasetSeries(dataset, { reporter, partner, measure, periodKind });
      } catch (error) {
        return (error as { code?: string }).code;
      }
    }),
  );
}

describe('statementsAsDrawn', () => {
  it.each([
    ['vietnam-laos', vietnamLaos, 'VNM', 'LAO'],
    ['laos-china', laosChina, 'LAO', 'CHN'],
  ] as const)(
    '%s: the same series, both ways, from levels and growth rates only',
    (_, dataset, a, b) => {
      const drawn = statementsAsDrawn(dataset);
      expect(drawn.statements.every((s) => s.kind === 'level' || s.kind === 'growth')).toBe(true);
      expect(everySeries(drawn, a, b)).toEqual(everySeries(dataset, a, b));
      expect(everySeries(drawn, b, a)).toEqual(everySeries(dataset, b, a));
    },
  );

  it('leaves out the shares and balance sentences of Vietnam–Laos', () => {
    const kinds = new Set(vietnamLaos.statements.map((statement) => statement.kind));
    expect([...kinds].sort()).toEqual(['balance', 'growth', 'level', 'share']);
    const left = vietnamLaos.statements.length - statementsAsDrawn(vietnamLaos).statements.length;
    expect(left).toBe(
      vietnamLaos.statements.filter((s) => s.kind === 'share' || s.kind === 'balance').length,
    );
  });
});
