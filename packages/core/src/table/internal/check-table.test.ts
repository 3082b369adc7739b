import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../../datasets/index.js';
import { BilateralError } from '../../errors/index.js';
import { PERIOD_KINDS } from '../../period/period.js';
import type { FlowTableFilter } from '../filter-flow-table.js';
import {
  balanceBy,
  cagrBy,
  type FlowTable,
  filterFlowTable,
  flowTableFromDataset,
  hsLevelTable,
  periodOnPeriodBy,
  rollUp,
  sharesBy,
  sumBy,
  topN,
  yearOnYearBy,
  yearToDateBy,
} from '../index.js';

/** The code, path and message of the BilateralError `run` throws; anything else fails the test. */
function refusal(run: () => unknown): unknown[] | string {
  try {
    run();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return [error.code, error.issues[0]?.path, error.issues[0]?.message];
  }
  return 'not refused';
}

describe('the table verbs given what is not a flow table', () => {
  const asTable = (value: unknown) => value as FlowTable;
  const verbs: Record<string, (table: FlowTable) => unknown> = {
    filterFlowTable: (table) => filterFlowTable(table, { reporter: 'VNM' }),
    sumBy: (table) => sumBy(table, ['flow']),
    balanceBy: (table) => balanceBy(table),
    cagrBy: (table) => cagrBy(table, ['flow'], '2017', '2022'),
    yearOnYearBy: (table) => yearOnYearBy(table, ['flow']),
    periodOnPeriodBy: (table) => periodOnPeriodBy(table, ['flow']),
    sharesBy: (table) => sharesBy(table, ['flow'], []),
    topN: (table) => topN(table, 'flow', 1),
    hsLevelTable: (table) => hsLevelTable(table, 'chapter'),
    rollUp: (table) => rollUp(table, 'year'),
    yearToDateBy: (table) => yearToDateBy(table, 9),
  };

  it.each(Object.entries(verbs))(
    '%s names a dataset, a list or nothing at path table',
    (_, verb) => {
      expect(refusal(() => verb(asTable(vietnamLaos)))).toEqual([
        'INVALID_INPUT',
        ['table'],
        'a dataset, not a flow table: make its table with flowTableFromDataset(dataset)',
      ]);
      expect(refusal(() => verb(asTable(vietnamLaos.flows)))).toEqual([
        'INVALID_INPUT',
        ['table'],
        'an array, not a flow table: make one with flowTableFromRecords(records)',
      ]);
      expect(refusal(() => verb(asTable(undefined)))).toEqual([
        'INVALID_INPUT',
        ['table'],
        'expected a flow table (from flowTableFromDataset or flowTableFromRecords), got undefined',
      ]);
    },
  );
});

describe('filterFlowTable given a filter it cannot apply', () => {
  const table = flowTableFromDataset(vietnamLaos);
  const filter = (where: unknown) => () => filterFlowTable(table, where as FlowTableFilter);

  it('keeps the periods of every kind there is', () => {
    const kept = PERIOD_KINDS.map((periodKind) => filterFlowTable(table, { periodKind }).length);
    expect(kept.reduce((sum, rows) => sum + rows, 0)).toBe(table.length);
  });

  it('refuses a misspelt period kind instead of keeping no row', () => {
    expect(refusal(filter({ periodKind: 'years' }))).toEqual([
      'INVALID_PERIOD',
      ['where', 'periodKind'],
      '"years" is not a period kind: use "year"',
    ]);
  });

  it('refuses a value that is not a text or a list of texts, and no filter at all', () => {
    expect(refusal(filter({ period: 2024 }))).toEqual([
      'INVALID_INPUT',
      ['where', 'period'],
      'expected a text or a list of texts, got number 2024',
    ]);
    expect(refusal(filter({ period: ['2017', 2018] }))).toEqual([
      'INVALID_INPUT',
      ['where', 'period', 1],
      'expected a text, got number 2018',
    ]);
    expect(refusal(filter(undefined))).toEqual([
      'INVALID_INPUT',
      ['where'],
      "expected a filter such as { reporter: 'VNM', periodKind: 'year' }, got undefined",
    ]);
    expect(filterFlowTable(table, { commodity: null, periodKind: 'year' }).length).toBeGreaterThan(
      0,
    );
  });
});
