import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import seed003 from './__fixtures__/seed-003-statements.json';
import seed004 from './__fixtures__/seed-004-statements.json';
import {
  PublishedAmountJsonSchema,
  PublishedRateJsonSchema,
  parseStatement,
  StatementSchema,
  safeParseStatement,
} from './statement.js';

const level = {
  id: 'seed-003-exports',
  source: 'seed-003',
  kind: 'level',
  reporter: 'VNM',
  partner: 'LAO',
  period: '2021-Q1',
  subject: 'exports',
  amount: { text: 'US$159.6 million', value: '159600000', currency: 'USD' },
};

function issuesOf(input: unknown): string[] {
  const result = safeParseStatement(input);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(BilateralError);
  expect(result.error.code).toBe('INVALID_FIGURE');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('parseStatement', () => {
  it('accepts every statement of seeds 003 and 004', () => {
    for (const statement of [...seed003, ...seed004]) {
      expect(parseStatement(statement).id).toBe(statement.id);
    }
  });

  it('reads a growth statement', () => {
    const statement = parseStatement({
      id: 'seed-004-turnover-growth',
      source: 'seed-004',
      kind: 'growth',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2024-01/2024-09',
      subject: 'turnover',
      rate: { text: 'an increase of 25.5%', value: '25.5' },
    });
    expect(statement.kind).toBe('growth');
  });

  it('keeps the text as published', () => {
    const parsed = parseStatement(level);
    expect(parsed.kind === 'level' && parsed.amount.text).toBe('US$159.6 million');
  });

  it('refuses a value that does not match its text', () => {
    expect(issuesOf({ ...level, amount: { ...level.amount, value: '169600000' } })).toEqual([
      'amount.value: 169600000 does not match the text "US$159.6 million", which says 159600000',
    ]);
    expect(
      issuesOf({
        ...level,
        kind: 'growth',
        amount: undefined,
        rate: { text: 'down 1.1%', value: '1.1' },
      }),
    ).toEqual(['rate.value: 1.1 does not match the text "down 1.1%", which says -1.1']);
  });

  it('needs a precision when the text cannot be read', () => {
    expect(
      issuesOf({
        ...level,
        amount: { text: 'một trăm triệu', value: '100000000', currency: 'USD' },
      }),
    ).toEqual([
      'amount.precision: the text "một trăm triệu" cannot be read, so the precision must be given',
    ]);
    expect(
      issuesOf({
        ...level,
        amount: {
          text: 'một trăm triệu',
          value: '100000000',
          currency: 'USD',
          precision: '1000000',
        },
      }),
    ).toEqual([]);
  });

  it('names every bad field', () => {
    const issues = issuesOf({
      ...level,
      id: 'Bad Id',
      reporter: 'VN',
      period: '2021-Q5',
      amount: { text: 'US$1', value: '-1', currency: 'usd' },
    });
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'id',
      'reporter',
      'period',
      'amount.value',
      'amount.currency',
    ]);
  });

  it('refuses a reporter trading with itself and a balance side that is neither party', () => {
    expect(issuesOf({ ...level, partner: 'VNM' })).toEqual([
      'partner: the partner is the reporter (VNM); a statement is about trade between two economies',
    ]);
    expect(
      issuesOf({
        id: 'b',
        source: 's',
        kind: 'balance',
        reporter: 'VNM',
        partner: 'LAO',
        period: '2024',
        subject: 'balance',
        side: 'CHN',
        claim: 'surplus',
        text: 'China has a surplus',
      }),
    ).toEqual(['side: the side must be the reporter (VNM) or the partner (LAO)']);
  });

  it('refuses shares outside 0–100 % and falls beyond 100 %', () => {
    const share = seed003.find((statement) => statement.kind === 'share');
    expect(issuesOf({ ...share, share: { text: '120%', value: '120' } })).toEqual([
      'share.value: a share must be between 0 and 100 %',
    ]);
    expect(
      issuesOf({ ...level, kind: 'growth', rate: { text: 'x', value: '-101', precision: '1' } }),
    ).toEqual(['rate.value: a trade value cannot fall by more than 100 %']);
  });

  it('compares the bounds exactly, reads "-0" as 0 and refuses a step coarser than its amount (review h113 F4, F13)', () => {
    const share = seed003.find((statement) => statement.kind === 'share');
    const above = '100.0000000000000000001';
    expect(issuesOf({ ...share, share: { text: `${above}%`, value: above } })).toEqual([
      'share.value: a share must be between 0 and 100 %',
    ]);
    const rate = { text: 'x', value: '-100.0000000000000000001', precision: '1' };
    expect(issuesOf({ ...level, kind: 'growth', rate })).toEqual([
      'rate.value: a trade value cannot fall by more than 100 %',
    ]);
    expect(issuesOf({ ...level, amount: { ...level.amount, text: 'US$0', value: '-0' } })).toEqual(
      [],
    );
    expect(issuesOf({ ...level, amount: { ...level.amount, precision: '159600001' } })).toEqual([
      'amount.precision: a rounding step of 159600001 is coarser than the value 159600000 it rounds',
    ]);
    expect(issuesOf({ ...level, amount: { ...level.amount, precision: '159600000' } })).toEqual([]);
    // A value of 0 may be rounded to any step ("less than half a million": 0 to 1 million).
    const nil = { text: 'nil', value: '0', currency: 'USD', precision: '1000000' };
    expect(issuesOf({ ...level, amount: nil })).toEqual([]);
  });

  it('allows group codes only for the whole of a share', () => {
    expect(issuesOf({ ...level, partner: 'ASEAN' })).toHaveLength(1);
  });

  it('refuses unknown kinds', () => {
    expect(issuesOf({ ...level, kind: 'rumour' })).toHaveLength(1);
    expect(() => parseStatement(null)).toThrowError(BilateralError);
  });
});

describe('figure JSON schemas', () => {
  it('check value against text', () => {
    expect(
      PublishedAmountJsonSchema.safeParse({
        text: 'US$1.5 billion',
        value: '1600000000',
        currency: 'USD',
      }).success,
    ).toBe(false);
    expect(PublishedRateJsonSchema.safeParse({ text: 'up 24%', value: '24' }).success).toBe(true);
    expect(StatementSchema.safeParse(level).success).toBe(true);
  });
});
