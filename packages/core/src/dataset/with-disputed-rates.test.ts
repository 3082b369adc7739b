import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { laosChina, vietnamLaos } from '../datasets/index.js';
import { reconcile } from '../figures/reconcile.js';
import type { Statement } from '../figures/statement.js';
import { BOUNDS_RECORDED } from './bounds-recorded.js';
import { toCompactDataset } from './compact-dataset-write.js';
import type { Dataset } from './dataset.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { sliceDataset } from './slice-dataset.js';
import { type DisputedRate, withDisputedRates } from './with-disputed-rates.js';

const disputedIds = (dataset: Dataset) =>
  dataset.statements
    .filter((statement) => (statement as Statement & DisputedRate).levelsDisagree === true)
    .map((statement) => statement.id);

describe('withDisputedRates', () => {
  it('marks the rate its levels contradict (Vietnam–Laos 2018: +11.9 % on levels giving 14.8–15.9 %), and no other', () => {
    const marked = withDisputedRates(vietnamLaos);
    expect(disputedIds(marked)).toEqual(['vn-la-2018-turnover-growth']);
    // Every other statement is the same object; the input is not changed.
    const changed = marked.statements.filter(
      (statement, index) => statement !== vietnamLaos.statements[index],
    );
    expect(changed.map((statement) => statement.id)).toEqual(['vn-la-2018-turnover-growth']);
    expect(disputedIds(vietnamLaos)).toEqual([]);
    // Marked once: marking again gives the same dataset.
    expect(withDisputedRates(marked)).toBe(marked);
  });

  it('keeps the mark that every statement records its bound, so the widgets draw it as given (r32f)', () => {
    // parseDataset's statements carry BOUNDS_RECORDED; marking a rate copies the array, and an
    // unmarked copy made an element given it as `data` load the validator and read it again.
    expect(BOUNDS_RECORDED in vietnamLaos.statements).toBe(true);
    const marked = withDisputedRates(vietnamLaos);
    expect(marked).not.toBe(vietnamLaos);
    expect(BOUNDS_RECORDED in marked.statements).toBe(true);
    // Statements that carry no mark get none: their texts may state bounds not recorded.
    const unmarked = withDisputedRates({ ...vietnamLaos, statements: [...vietnamLaos.statements] });
    expect(disputedIds(unmarked)).toEqual(['vn-la-2018-turnover-growth']);
    expect(BOUNDS_RECORDED in unmarked.statements).toBe(false);
  });

  it('gives the dataset itself when no rate is contradicted', () => {
    expect(disputedIds(laosChina)).toEqual([]);
    expect(withDisputedRates(laosChina)).toBe(laosChina);
    const agreeing = {
      ...vietnamLaos,
      statements: vietnamLaos.statements.filter(
        (statement) => statement.id !== 'vn-la-2018-turnover-growth',
      ),
    };
    expect(withDisputedRates(agreeing)).toBe(agreeing);
  });

  it('checks a part of a dataset against the whole set of statements', () => {
    // Without the 2017 level, the part alone cannot check the 2018 rate.
    const part = {
      ...vietnamLaos,
      statements: vietnamLaos.statements.filter(
        (statement) => !(statement.kind === 'level' && statement.period === '2017'),
      ),
    };
    expect(disputedIds(withDisputedRates(part))).toEqual([]);
    expect(disputedIds(withDisputedRates(part, vietnamLaos.statements))).toEqual([
      'vn-la-2018-turnover-growth',
    ]);
  });

  it('leaves a rate in the year 1 as it is: no year earlier to check it against (review h150 A12)', () => {
    // 2018's statements (the rate its levels contradict, which is marked where it is) moved to
    // the year 1 and its first quarter: nothing is a year before them, so nothing is marked,
    // where withDisputedRates threw INVALID_PERIOD.
    const yearOne = {
      ...vietnamLaos,
      statements: vietnamLaos.statements.flatMap((statement) =>
        statement.period === '2018'
          ? [
              { ...statement, period: '0001' },
              { ...statement, id: `${statement.id}-q1`, period: '0001-Q1' },
            ]
          : [statement],
      ),
    };
    const moved = yearOne.statements.filter((statement) => statement.period.startsWith('0001'));
    expect(moved.map((statement) => statement.kind)).toContain('growth');
    expect(withDisputedRates(yearOne)).toBe(yearOne);
  });

  it('travels in the compact form, as the embedded data files carry it', () => {
    const series = withDisputedRates(sliceDataset(vietnamLaos, ['flows', 'statements']));
    const read = datasetFromCompact(JSON.parse(JSON.stringify(toCompactDataset(series))));
    expect(disputedIds(read)).toEqual(['vn-la-2018-turnover-growth']);
  });

  it('gives reconcile’s verdicts: a rate is marked exactly when a growth-levels relation of it is inconsistent', () => {
    // The embedded datasets, and Vietnam–Laos with each growth rate moved by −6 to +6 points,
    // so that rates pass from agreeing to contradicting their levels and back.
    const shifted = (points: number): Dataset => ({
      ...vietnamLaos,
      statements: vietnamLaos.statements.map((statement) => {
        if (statement.kind !== 'growth') return statement;
        const value = new Decimal(statement.rate.value).plus(points);
        const text = `${value.isNegative() ? 'down' : 'up'} ${value.abs().toFixed()}%`;
        return { ...statement, rate: { ...statement.rate, text, value: value.toFixed() } };
      }),
    });
    const cases = [vietnamLaos, laosChina, ...[-6, -3, -1, 1, 3, 6].map(shifted)];
    let marked = 0;
    for (const dataset of cases) {
      const expected = reconcile(dataset.statements)
        .relations.filter(
          (relation) => relation.kind === 'growth-levels' && relation.verdict === 'inconsistent',
        )
        .map((relation) => relation.statementIds[2]);
      const ids = disputedIds(withDisputedRates(dataset));
      expect(ids).toEqual([...new Set(expected)]);
      marked += ids.length;
    }
    expect(marked).toBeGreaterThan(3);
  });
});
