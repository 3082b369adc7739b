import { describe, expect, it } from 'vitest';
import { ImportLog } from './_report.js';

describe('ImportLog', () => {
  it('lists each row once per note, in the order they came, in order or not', () => {
    const log = new ImportLog(['rows'], (row) => row + 2);
    for (const row of [3, 5, 5, 7, 1, 5, 1, 9]) log.note('estimate', 'estimated', row);
    log.note('estimate', 'another message', 4);
    expect(log.notes()).toEqual([
      { code: 'estimate', rows: [3, 5, 7, 1, 9], lines: [5, 7, 9, 3, 11], message: 'estimated' },
      { code: 'estimate', rows: [4], lines: [6], message: 'another message' },
    ]);
  });

  it('groups exclusions by reason and message, whichever came last', () => {
    const log = new ImportLog(['rows']);
    log.exclude('duplicate', 'same', 2);
    log.exclude('self-trade', 'self', 3);
    log.exclude('duplicate', 'same', 4);
    log.exclude('duplicate', 'same', 2);
    expect(log.excluded().map(({ reason, rows }) => [reason, rows])).toEqual([
      ['duplicate', [2, 4]],
      ['self-trade', [3]],
    ]);
  });
});
