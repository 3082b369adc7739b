import { describe, expect, it } from 'vitest';
import { laosChina, vietnamLaos } from '../datasets/index.js';
import type { Statement } from '../figures/statement.js';
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

  it('travels in the compact form, as the embedded data files carry it', () => {
    const series = withDisputedRates(sliceDataset(vietnamLaos, ['flows', 'statements']));
    const read = datasetFromCompact(JSON.parse(JSON.stringify(toCompactDataset(series))));
    expect(disputedIds(read)).toEqual(['vn-la-2018-turnover-growth']);
  });

  it('refuses invalid statements as reconcile does', () => {
    expect(() => withDisputedRates(vietnamLaos, [{ id: 'x' } as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_FIGURE' }),
    );
  });
});
