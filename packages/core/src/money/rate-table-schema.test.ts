import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.js';
import { convert, money } from './index.js';
import { parseRateTable, RateTableSchema, safeParseRateTable } from './schemas.js';

const row = {
  from: 'USD',
  to: 'VND',
  period: '2024',
  rate: '25000',
  kind: 'period-average',
  source: 'my-central-bank-2024',
};

describe('parseRateTable', () => {
  it('reads periods and exact rates (the TSDoc examples)', () => {
    expect(RateTableSchema.safeParse([row]).success).toBe(true);
    const rates = parseRateTable([row]);
    expect(rates[0]?.period).toEqual({ kind: 'year', year: 2024 });
    expect(rates[0]?.rate.toString()).toBe('25000');
    expect(
      convert(money('2', 'USD'), 'VND', { period: parsePeriod('2024'), rates }).amount.toString(),
    ).toBe('50000');
  });

  it('reads a dated rate and keeps every digit of the rate', () => {
    const [rate] = parseRateTable([
      {
        from: 'USD',
        to: 'LAK',
        date: '2024-12-31',
        rate: '21900.123456789012345678901234567890',
        kind: 'end-of-period',
        source: 'my-bank-2024-12-31',
      },
    ]);
    expect(rate).toMatchObject({ date: '2024-12-31', kind: 'end-of-period' });
    expect(rate?.period).toBeUndefined();
    expect(rate?.rate.toString()).toBe('21900.12345678901234567890123456789');
  });

  it('refuses an undated row, naming the pair (the safeParseRateTable example)', () => {
    const { period: _period, ...undated } = row;
    const result = safeParseRateTable([undated]);
    expect(result.success ? null : result.error.code).toBe('UNDATED_RATE');
    expect(result.success ? null : result.error.message).toBe(
      '[0]: the USD→VND rate has neither a period nor a date: every rate must be dated',
    );
  });

  it('says what a table is when it is not an array (a dataset given as the rates)', () => {
    const result = safeParseRateTable({ id: 'vietnam-laos', flows: [] });
    expect(result.success ? null : result.error.message).toBe(
      'must be a JSON array of rates, each { from, to, period or date, rate, kind, source }, found an object',
    );
  });

  it('names each bad field', () => {
    const result = safeParseRateTable([
      row,
      { ...row, from: 'usd', rate: '1,5', kind: 'spot', period: '2024-Q5', source: 'Bad Id' },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      '1.from',
      '1.kind',
      '1.period',
      '1.rate',
      '1.source',
    ]);
  });

  it('refuses a rate from a currency to itself other than 1 (it was kept, never to be used)', () => {
    const result = safeParseRateTable([
      row,
      { ...row, to: 'USD' },
      { ...row, to: 'USD', rate: '1.00' },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      {
        path: [1, 'rate'],
        message:
          'the USD→USD rate for 2024 is 25000: a currency converts to itself at 1 (is "to" the other currency?)',
      },
    ]);
  });

  it("names every row's problem, those the schema finds and those found after it", () => {
    // Only the schema's were named (a negative rate beside a bad kind was not), then only the
    // first row's: a table of a zero and a negative rate named the negative one alone.
    const result = safeParseRateTable([
      { ...row, rate: '-5' },
      { ...row, kind: 'spot' },
      { ...row, rate: '0', period: '2020' },
      row,
      { ...row, period: undefined, from: 'EUR' },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toEqual([
      { path: [0, 'rate'], message: 'the USD→VND rate for 2024 must be positive, got -5' },
      {
        path: [1, 'kind'],
        message: 'must be "period-average" or "end-of-period", found the string "spot"',
      },
      { path: [2, 'rate'], message: 'the USD→VND rate for 2020 must be positive, got 0' },
      {
        path: [4],
        message: 'the EUR→VND rate has neither a period nor a date: every rate must be dated',
      },
    ]);
  });

  it('names each of 100,000 bad rows, with the good rows between them read', () => {
    // The fields are checked in one pass over the table (an error per row took 1.4 s of CPU).
    const table: unknown[] = new Array(100_000).fill('2024');
    table[50_000] = row;
    table[99_999] = { ...row, kind: 'spot' };
    const result = safeParseRateTable(table);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(99_999);
    expect(result.error.issues[0]).toEqual({
      path: [0],
      message: 'must be an object, found the string "2024"',
    });
    expect(result.error.issues.at(-1)?.path).toEqual([99_999, 'kind']);
    expect(result.error.issues.some((issue) => issue.path[0] === 50_000)).toBe(false);
  });

  it.each([
    ['a table that is not an array', { row }, 'INVALID_INPUT'],
    ['a zero rate', [{ ...row, rate: '0' }], 'INVALID_INPUT'],
    ['a negative rate', [{ ...row, rate: '-25000' }], 'INVALID_INPUT'],
    ['a rate past the range', [{ ...row, rate: `1${'0'.repeat(36)}` }], 'INVALID_INPUT'],
    ['a period and a date', [{ ...row, date: '2024-01-01' }], 'INVALID_INPUT'],
    ['a month as a date', [{ ...row, period: undefined, date: '2024-01' }], 'INVALID_INPUT'],
    [
      'a day that does not exist',
      [{ ...row, period: undefined, date: '2023-02-29' }],
      'INVALID_INPUT',
    ],
  ])('refuses %s', (_name, input, code) => {
    const result = safeParseRateTable(input);
    expect(result.success ? 'no error' : result.error.code).toBe(code);
  });
});
