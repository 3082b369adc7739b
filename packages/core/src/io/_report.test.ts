import { describe, expect, it } from 'vitest';
import { ImportLog } from './_report.js';
import { importComtrade } from './import-comtrade.js';
import { importComtradeStream } from './import-comtrade-stream.js';

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

  it('keeps the rows a note is kept for, and their lines, and leaves out a note none passes', () => {
    const log = new ImportLog(['rows'], (row) => row + 2);
    for (let row = 0; row < 1000; row += 1) log.note('missing-quantity', 'no quantity', row);
    log.note('estimate', 'estimated', 5);
    const even = (row: number) => row % 2 === 0;
    const notes = log.notes((code) => (code === 'missing-quantity' ? even : () => false));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'missing-quantity', message: 'no quantity' });
    expect(notes[0]?.rows).toHaveLength(500);
    expect([notes[0]?.rows.slice(0, 3), notes[0]?.lines?.slice(0, 3)]).toEqual([
      [0, 2, 4],
      [2, 4, 6],
    ]);
  });

  it('a note on the flows names the lines of the flows only, not of the rows left out (regression)', async () => {
    // Line 3 is self-trade, left out: its quantity note is dropped, and so is its line.
    const text =
      'reporterCode,flowCode,partnerCode,period,cmdCode,primaryValue,qtyUnitCode,qty\n76,X,156,2023,1201,5,-1,0\n76,X,76,2023,1201,6,-1,0\n76,X,392,2023,1201,7,-1,0\n';
    const streamed = await importComtradeStream([text], { onFlows: () => undefined });
    for (const { report } of [streamed, importComtrade(text)]) {
      expect(report.notes).toMatchObject([
        { code: 'missing-quantity', rows: [0, 2], lines: [2, 4] },
      ]);
    }
  });
});
