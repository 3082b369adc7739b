import { describe, expect, it } from 'vitest';
import { outcome } from '../__fixtures__/error-code.js';
import { safeParseDataset } from '../dataset/dataset.js';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/vietnam-laos.js';
import type { BorderCrossing } from './border-crossing.js';
import { checkDatasetCrossings } from './check-dataset-crossings.js';
import type { OfficialCrossingCount } from './official-crossing-count.js';

const [count, ...counts] = vietnamLaos.crossingCounts as OfficialCrossingCount[];
const [crossing, ...crossings] = vietnamLaos.crossings as BorderCrossing[];

describe('checkDatasetCrossings', () => {
  it('passes the embedded datasets’ crossings and counts', () => {
    expect(checkDatasetCrossings(vietnamLaos)).toBeUndefined();
  });

  it('names a bad official count from the dataset’s root, as safeParseDataset does (h408)', () => {
    const bad = { ...(count as OfficialCrossingCount), counts: { main: -1 } };
    const parsed = safeParseDataset({
      ...vietnamLaosDocument,
      crossingCounts: [...counts, bad],
    });
    const path = ['crossingCounts', counts.length, 'counts', 'main'];
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([path]);
    expect(
      outcome(() => checkDatasetCrossings({ ...vietnamLaos, crossingCounts: [...counts, bad] })),
    ).toEqual([
      'INVALID_INPUT',
      [{ path, message: 'must be a whole number 0 or more, found a number (-1)' }],
    ]);
  });

  it('refuses an official count’s id used twice, as safeParseDataset does (r37d)', () => {
    // Before: passed, though parseDataset refuses the same document (one count, two figures).
    const first = count as OfficialCrossingCount;
    const twice = { ...first, counts: { main: 1 } };
    const parsed = safeParseDataset({
      ...vietnamLaosDocument,
      crossingCounts: [first, ...counts, twice],
    });
    const path = ['crossingCounts', counts.length + 1, 'id'];
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([path]);
    expect(
      outcome(() =>
        checkDatasetCrossings({ ...vietnamLaos, crossingCounts: [first, ...counts, twice] }),
      ),
    ).toEqual([
      'INVALID_INPUT',
      [{ path, message: `id "${first.id}" is already used by crossingCounts[0]` }],
    ]);
  });

  it('names a bad crossing from the dataset’s root', () => {
    const odd = {
      ...(crossing as BorderCrossing),
      sides: [{ ...crossing?.sides[0], class: 'odd' }, crossing?.sides[1]],
    } as BorderCrossing;
    expect(() =>
      checkDatasetCrossings({ ...vietnamLaos, crossings: [...crossings, odd] }),
    ).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_CLASS',
        issues: [
          expect.objectContaining({ path: ['crossings', crossings.length, 'sides', 0, 'class'] }),
        ],
      }),
    );
  });
});
