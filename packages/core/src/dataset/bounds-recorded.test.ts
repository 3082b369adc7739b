import { describe, expect, it } from 'vitest';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import type { Statement } from '../figures/index.js';
import { BOUNDS_RECORDED } from './bounds-recorded.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { parseDataset } from './dataset.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { withRecordedBounds } from './recorded-bounds.js';

/** Vietnam–Laos with Laos' H1/2023 exports published "at least US$565 million", no rounding. */
function textOnlyBound(): readonly Statement[] {
  return vietnamLaos.statements.map((statement) =>
    statement.id === 'lao-vn-2023-h1-exports' && statement.kind === 'level'
      ? {
          ...statement,
          amount: {
            text: 'at least US$565 million',
            value: '565000000',
            currency: 'USD',
            precision: '1000000',
          },
        }
      : statement,
  );
}

describe('BOUNDS_RECORDED', () => {
  it('marks the statements parseDataset, datasetFromCompact and withRecordedBounds return', () => {
    expect(BOUNDS_RECORDED in parseDataset(vietnamLaosDocument).statements).toBe(true);
    expect(BOUNDS_RECORDED in vietnamLaos.statements).toBe(true);
    const compact = datasetFromCompact(toCompactDataset(vietnamLaos));
    expect(BOUNDS_RECORDED in compact.statements).toBe(true);
    // A copy of them may hold other statements: it has no mark, and JSON shows none.
    expect(BOUNDS_RECORDED in [...vietnamLaos.statements]).toBe(false);
    expect(Object.keys(vietnamLaos.statements)).toHaveLength(vietnamLaos.statements.length);
    expect(Symbol.keyFor(BOUNDS_RECORDED)).toBe('bilateral-bounds-recorded');
  });

  it('is set by withRecordedBounds on statements a Dataset built in code gives, recorded', () => {
    // The statement's text states the bound its fields do not (the widgets read the mark).
    const given = { ...vietnamLaos, statements: textOnlyBound() };
    const recorded = withRecordedBounds(given);
    expect(BOUNDS_RECORDED in recorded.statements).toBe(true);
    const level = recorded.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    expect(level?.kind === 'level' && [level.amount.rounding, level.amount.bound]).toEqual([
      'truncate',
      'at-least',
    ]);
    expect(withRecordedBounds(recorded)).toBe(recorded);
    expect(withRecordedBounds(vietnamLaos)).toBe(vietnamLaos);
  });
});
