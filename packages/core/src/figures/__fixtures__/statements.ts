/**
 * Test helpers: statements made from exact values, each rounded to its own precision, for the
 * properties of `reconcile`.
 */
import * as fc from 'fast-check';
import {
  decimalText,
  HUNDRED,
  type Q,
  q,
  qDiv,
  qMul,
  qSub,
  roundTo,
  type TestRounding,
} from './exact.js';

type Json = Record<string, unknown>;

/** The exact trade of one pair in a period and the same period a year earlier. */
export interface ExactTrade {
  readonly exports: bigint;
  readonly imports: bigint;
  readonly previousExports: bigint;
  readonly previousImports: bigint;
}

/** How each published figure is rounded. */
export interface Publication {
  readonly levelSteps: readonly number[];
  readonly rateSteps: readonly number[];
  readonly roundings: readonly TestRounding[];
  readonly statePrevious: boolean;
  readonly balanceSide: 'VNM' | 'LAO';
  readonly balanceAmount: boolean;
}

const usd = (value: bigint) => fc.bigInt({ min: 1000n, max: value });

export const tradeArbitrary: fc.Arbitrary<ExactTrade> = fc.record({
  exports: usd(10n ** 10n),
  imports: usd(10n ** 10n),
  previousExports: usd(10n ** 10n),
  previousImports: usd(10n ** 10n),
});

export function publicationArbitrary(statePrevious?: boolean): fc.Arbitrary<Publication> {
  return fc.record({
    levelSteps: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
    rateSteps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
    roundings: fc.array(fc.constantFrom<TestRounding>('half-up', 'half-even', 'truncate'), {
      minLength: 12,
      maxLength: 12,
    }),
    statePrevious: statePrevious === undefined ? fc.boolean() : fc.constant(statePrevious),
    balanceSide: fc.constantFrom<'VNM' | 'LAO'>('VNM', 'LAO'),
    balanceAmount: fc.boolean(),
  });
}

const base = (id: string, period: string) => ({
  id,
  source: 'test',
  reporter: 'VNM',
  partner: 'LAO',
  period,
});

/** A power-of-ten step no larger than the value, so a stated level is never 0. */
function stepFor(value: bigint, power: number): bigint {
  const digits = value.toString().length - 1;
  return 10n ** BigInt(Math.min(power, Math.max(digits, 0)));
}

function amount(value: Q, step: bigint, rounding: TestRounding): Json {
  const stated = roundTo(value, q(step), rounding);
  const text = decimalText(stated);
  return {
    text: `US$${text}`,
    value: text,
    currency: 'USD',
    precision: step.toString(),
    rounding: rounding === 'truncate' ? 'truncate' : 'nearest',
  };
}

function rate(value: Q, power: number, rounding: TestRounding): Json {
  const step = q(1n, 10n ** BigInt(power));
  const text = decimalText(roundTo(value, step, rounding));
  return {
    text: `${text}%`,
    value: text,
    precision: decimalText(step),
    rounding: rounding === 'truncate' ? 'truncate' : 'nearest',
  };
}

const growth = (current: bigint, previous: bigint): Q =>
  qMul(qSub(qDiv(q(current), q(previous)), q(1n)), HUNDRED);

/** Every statement a source could publish about this trade, each rounded its own way. */
export function statementsOf(trade: ExactTrade, how: Publication): Json[] {
  const period = '2021-Q1';
  const earlier = '2020-Q1';
  const turnover = trade.exports + trade.imports;
  const previousTurnover = trade.previousExports + trade.previousImports;
  const [s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0] = how.levelSteps;
  const [r0 = 1, r1 = 1, r2 = 1, r3 = 1] = how.rateSteps;
  const round = (index: number): TestRounding => how.roundings[index] ?? 'half-up';
  const level = (
    id: string,
    at: string,
    subject: string,
    value: bigint,
    power: number,
    index: number,
  ) => ({
    ...base(id, at),
    kind: 'level',
    subject,
    amount: amount(q(value), stepFor(value, power), round(index)),
  });
  const statements: Json[] = [
    level('turnover', period, 'turnover', turnover, s0, 0),
    level('exports', period, 'exports', trade.exports, s1, 1),
    level('imports', period, 'imports', trade.imports, s2, 2),
    {
      ...base('turnover-growth', period),
      kind: 'growth',
      subject: 'turnover',
      rate: rate(growth(turnover, previousTurnover), r0, round(3)),
    },
    {
      ...base('exports-growth', period),
      kind: 'growth',
      subject: 'exports',
      rate: rate(growth(trade.exports, trade.previousExports), r1, round(4)),
    },
    {
      ...base('imports-growth', period),
      kind: 'growth',
      subject: 'imports',
      rate: rate(growth(trade.imports, trade.previousImports), r2, round(5)),
    },
    {
      ...base('exports-share', period),
      kind: 'share',
      subject: 'exports',
      share: rate(qMul(qDiv(q(trade.exports), q(turnover)), HUNDRED), r3, round(6)),
      whole: { reporter: 'VNM', partner: 'LAO', subject: 'turnover' },
    },
  ];
  if (how.statePrevious) {
    statements.push(
      level('previous-turnover', earlier, 'turnover', previousTurnover, s3, 7),
      level('previous-exports', earlier, 'exports', trade.previousExports, s4, 8),
      level('previous-imports', earlier, 'imports', trade.previousImports, s5, 9),
    );
  }
  const balance = trade.exports - trade.imports;
  if (balance !== 0n) {
    const vietnamSurplus = balance > 0n;
    const claim = (how.balanceSide === 'VNM') === vietnamSurplus ? 'surplus' : 'deficit';
    const size = balance < 0n ? -balance : balance;
    statements.push({
      ...base('balance', period),
      kind: 'balance',
      subject: 'balance',
      side: how.balanceSide,
      claim,
      text: `${how.balanceSide} has a ${claim}`,
      ...(how.balanceAmount ? { amount: amount(q(size), stepFor(size, s6), round(10)) } : {}),
    });
  }
  return statements;
}
