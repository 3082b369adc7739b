import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import type { Dataset } from '../dataset/dataset.js';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { parsePeriod } from '../period/index.js';
import { createFlowTableBuilder, flowTableFromDataset, flowTableFromRecords } from './index.js';

const base = {
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export',
  period: '2024-Q1',
  value: '1',
  currency: 'USD',
} as const;

function refusal(run: () => unknown): BilateralError {
  try {
    run();
  } catch (error) {
    if (error instanceof BilateralError) return error;
    throw error;
  }
  throw new Error('expected a BilateralError');
}

describe('flowTableFromRecords', () => {
  it('reads values from their text into integer units at a common scale', () => {
    const table = flowTableFromRecords([
      { ...base, value: '1491.9' },
      { ...base, value: '0.125' },
      { ...base, value: '7' },
      { ...base, value: '2.50' },
    ]);
    expect(table.scale).toBe(3);
    expect(Array.from(table.units)).toEqual([1491900, 125, 7000, 2500]);
    expect([0, 1, 2, 3].map((row) => table.valueAt(row).toString())).toEqual([
      '1491.9',
      '0.125',
      '7',
      '2.5',
    ]);
    expect(table.big.size).toBe(0);
  });

  it('keeps values past 2^53 units exactly, as bigint', () => {
    const table = flowTableFromRecords([
      { ...base, value: '9007199254740993' },
      { ...base, value: '0.5' },
      { ...base, value: '123456789012345678901234567890.123456789' },
    ]);
    expect(table.scale).toBe(9);
    expect(table.unitsAt(0)).toBe(9007199254740993000000000n);
    expect(table.unitsAt(1)).toBe(500000000);
    expect(table.valueAt(2).toFixed()).toBe('123456789012345678901234567890.123456789');
    expect(table.valueAt(0).toFixed()).toBe('9007199254740993');
  });

  it('takes Decimals, finite numbers and Period objects at the boundary', () => {
    const table = flowTableFromRecords([
      { ...base, value: new Decimal('12.5'), period: parsePeriod('2024-01/2024-09') },
      { ...base, value: 1e21 },
    ]);
    expect(table.keyAt(0, 'period')).toBe('2024-01/2024-09');
    expect(table.valueAt(0).toString()).toBe('12.5');
    expect(table.valueAt(1).toFixed()).toBe('1000000000000000000000');
  });

  it('dictionary-encodes keys, with "" for an absent commodity, source or status', () => {
    const table = flowTableFromRecords([
      { ...base, commodity: '0901', status: 'official', source: 's1' },
      { ...base, flow: 'import' },
      { ...base, commodity: '0901', period: '2024-Q2' },
    ]);
    expect(Array.from(table.codes.commodity)).toEqual([0, 1, 0]);
    expect(table.dictionaries.commodity).toEqual(['0901', '']);
    expect(table.dictionaries.period).toEqual(['2024-Q1', '2024-Q2']);
    expect(table.keyAt(1, 'status')).toBe('');
    expect(table.keyAt(1, 'flow')).toBe('import');
  });

  it('refuses bad records naming the record index and field, keeping none of the chunk', () => {
    const error = refusal(() =>
      flowTableFromRecords([
        base,
        { ...base, value: '-5' },
        { ...base, value: '1,5', currency: 'usd' },
        { ...base, flow: 'exports' as 'export' },
        { ...base, value: `0.${'1'.repeat(37)}` },
        { ...base, period: '2024-13' },
      ]),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'records.1.value',
      'records.2.currency',
      'records.2.value',
      'records.3.flow',
      'records.4.value',
      'records.5.period',
    ]);
    expect(error.issues[0]?.message).toBe('"-5": a trade value cannot be negative');
    expect(error.issues[4]?.message).toContain('at most 36');
  });

  it('refuses a record that is not an object and values that are not decimals', () => {
    const bad = [null, { ...base, value: Number.NaN }, { ...base, value: {} }];
    const error = refusal(() => flowTableFromRecords(bad as never));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'records.0.',
      'records.1.value',
      'records.2.value',
    ]);
    expect(refusal(() => flowTableFromRecords(42 as never)).code).toBe('INVALID_INPUT');
  });

  it('names a parsed trade flow once, with what to do, not its currency and value', () => {
    const error = refusal(() => flowTableFromRecords(vietnamLaos.flows.slice(0, 2) as never));
    expect(error.issues).toEqual(
      [0, 1].map((index) => ({
        path: ['records', index],
        message:
          'a parsed trade flow (its value is Money, with no currency of its own): make the table of a parsed dataset with flowTableFromDataset(dataset), or give the value and the currency as text',
      })),
    );
  });

  it('refuses row indices out of range', () => {
    const table = flowTableFromRecords([base]);
    expect(refusal(() => table.valueAt(1)).code).toBe('INVALID_INPUT');
    expect(refusal(() => table.keyAt(-1, 'reporter')).code).toBe('INVALID_INPUT');
  });
});

describe('createFlowTableBuilder', () => {
  it('appends chunks, numbering records across them, and refuses a bad chunk whole', () => {
    const builder = createFlowTableBuilder();
    builder.append([base, { ...base, value: '2.5' }]);
    const error = refusal(() =>
      builder.append([
        { ...base, value: '3' },
        { ...base, value: 'x' },
      ]),
    );
    expect(error.issues[0]?.path).toEqual(['records', 3, 'value']);
    builder.append([{ ...base, value: '4.25' }]);
    const table = builder.finish();
    expect(Array.from(table.units)).toEqual([100, 250, 425]);
    expect(refusal(() => builder.finish()).code).toBe('INVALID_INPUT');
    expect(refusal(() => builder.append([base])).code).toBe('INVALID_INPUT');
  });

  it('grows past its first capacity', () => {
    const builder = createFlowTableBuilder();
    const records = Array.from({ length: 3000 }, (_, index) => ({ ...base, value: `${index}.5` }));
    builder.append(records);
    const table = builder.finish();
    expect(table.length).toBe(3000);
    expect(table.valueAt(2999).toString()).toBe('2999.5');
  });
});

describe('flowTableFromDataset', () => {
  it('holds every flow of the Vietnam–Laos dataset exactly', () => {
    const table = flowTableFromDataset(vietnamLaos);
    expect(table.length).toBe(vietnamLaos.flows.length);
    vietnamLaos.flows.forEach((flow, row) => {
      expect(table.valueAt(row).eq(flow.value.amount)).toBe(true);
      expect(table.keyAt(row, 'source')).toBe(flow.source);
      expect(table.keyAt(row, 'commodity')).toBe(flow.commodity ?? '');
    });
  });

  it('checks that the dataset is parsed at its first flow, in no pass of its own over every flow', () => {
    // A pass over a million flows before the table's own costs some 50 ms (r33c): the check of a
    // document not parsed is of its first flow, so each later flow's period is read once, by the
    // table's own pass.
    let reads = 0;
    const flows = vietnamLaos.flows.map((flow, index) =>
      index === 0
        ? flow
        : Object.defineProperty({ ...flow }, 'period', {
            get: () => {
              reads++;
              return flow.period;
            },
          }),
    );
    expect(flowTableFromDataset({ ...vietnamLaos, flows }).length).toBe(flows.length);
    expect(reads).toBe(flows.length - 1);
    expect(flowTableFromDataset({ ...vietnamLaos, flows: [] }).length).toBe(0);
  });

  it('refuses what is not a parsed dataset with a BilateralError, not a TypeError', () => {
    const refusal = (dataset: unknown) => {
      try {
        flowTableFromDataset(dataset as Dataset);
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return [error.code, error.issues[0]?.path, error.issues[0]?.message];
      }
      return 'not refused';
    };
    expect(refusal(undefined)).toEqual([
      'INVALID_INPUT',
      ['dataset'],
      'expected a Dataset (from parseDataset), got undefined',
    ]);
    expect(refusal(vietnamLaosDocument)).toEqual([
      'INVALID_INPUT',
      ['flows', 0],
      'a flow in its JSON form (period "2017"): read the document with parseDataset, or each flow with parseTradeFlow, first',
    ]);
  });
});
