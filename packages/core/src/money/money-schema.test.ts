import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { parseStatement } from '../figures/statement.js';
import { parseTradeFlow } from '../flow/trade-flow-schema.js';
import { parseTarget } from '../targets/target.js';
import { parseRateTable } from './rate-table-schema.js';

const [flow] = vietnamLaosDocument.flows;
const statements = vietnamLaosDocument.statements ?? [];
const level = statements.find((statement) => statement.kind === 'level');
const growth = statements.find((statement) => statement.kind === 'growth');
const target = vietnamLaosDocument.targets?.find((item) => item.kind === 'level');
const band = vietnamLaosDocument.targets?.find((item) => item.kind === 'growth-band');
const rate = {
  from: 'USD',
  to: 'VND',
  period: '2024',
  rate: '25000',
  kind: 'period-average',
  source: 'x',
};

/** A rounding step finer than any JSON number's digits, so that no value is too fine for it. */
const FINE = `0.${'0'.repeat(30)}1`;

/** The messages a call's BilateralError gives at `path` (none when it passes). */
function messagesAt(call: () => unknown, path: readonly (string | number)[]): string[] {
  try {
    call();
    return [];
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return error.issues
      .filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path))
      .map((issue) => issue.message);
  }
}

/** Each decimal field that refuses some signs or sizes, as a parse of its value. */
const FIELDS: readonly [string, (value: unknown) => string[]][] = [
  ['a trade value', (value) => messagesAt(() => parseTradeFlow({ ...flow, value }), ['value'])],
  [
    "a flow's precision",
    (value) =>
      messagesAt(() => parseTradeFlow({ ...flow, value: '0', precision: value }), ['precision']),
  ],
  [
    'a published amount',
    (value) =>
      messagesAt(
        () =>
          parseStatement({
            ...level,
            amount: { ...level?.amount, text: 'x', value, precision: FINE },
          }),
        ['amount', 'value'],
      ),
  ],
  [
    'a published rate',
    (value) =>
      messagesAt(
        () => parseStatement({ ...growth, rate: { text: 'x', value, precision: FINE } }),
        ['rate', 'value'],
      ),
  ],
  [
    "a published rate's precision",
    (value) =>
      messagesAt(
        () => parseStatement({ ...growth, rate: { text: 'x', value: '0', precision: value } }),
        ['rate', 'precision'],
      ),
  ],
  [
    'a target rate',
    (value) =>
      messagesAt(
        () => parseTarget({ ...band, band: { lower: value, upper: '5' } }),
        ['band', 'lower'],
      ),
  ],
  [
    'a level target',
    (value) =>
      messagesAt(
        () => parseTarget({ ...target, level: { amount: value, currency: 'USD' } }),
        ['level', 'amount'],
      ),
  ],
  ['a rate', (value) => messagesAt(() => parseRateTable([{ ...rate, rate: value }]), [0, 'rate'])],
];

describe('a JSON number where a decimal string belongs', () => {
  it('is not told to write a string the field refuses: a negative trade value says it cannot be', () => {
    const [, tradeValue] = FIELDS[0] ?? [];
    expect(tradeValue?.(-5)).toEqual([
      'must be a decimal written as a string, not the JSON number -5, and a trade value cannot be negative',
    ]);
    expect(tradeValue?.('-5')).toEqual(['a trade value cannot be negative']);
    // A value the field takes is still given as the string to write.
    expect(tradeValue?.(5)).toEqual([
      'must be a decimal written as a string: "5", not the JSON number 5 (a JSON number may lose digits)',
    ]);
  });

  it.each([
    ["a flow's precision", 0, 'must be greater than 0'],
    ['a published amount', -1.5, 'a published amount cannot be negative'],
    ['a published rate', -150, 'a trade value cannot fall by more than 100 %'],
    ['a target rate', 10, 'must be a rate as a decimal fraction greater than -1 and at most 5'],
    ['a level target', 0, 'a level target must be greater than 0'],
    ['a rate', -2, 'a rate must be positive'],
  ])('%s: %d says what the field cannot be', (name, value, refusal) => {
    const field = FIELDS.find(([field]) => field === name)?.[1];
    const [message] = field?.(value) ?? [];
    expect(message).toContain(`not the JSON number ${value}, and ${refusal}`);
    expect(message).not.toContain(`"${value}"`);
  });

  it('is told a string to write only when the field takes that string', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 5, 6, -100, -101),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), numbers, ([, field], value) => {
        const [message] = field(value);
        const suggested =
          /^must be a decimal written as a string: (".*"), not the JSON number/.exec(message ?? '');
        if (suggested?.[1] !== undefined) expect(field(JSON.parse(suggested[1]))).toEqual([]);
      }),
      propertyRuns(200, { ci: 500, full: 5000 }),
    );
  });
});

describe('a string that is not a plain decimal number', () => {
  const MUST_BE = 'must be a plain decimal number such as "491.9", found the string';
  const tradeValue = (value: string) => FIELDS[0]?.[1](value);

  it.each([
    ['1,5', '"1,5" (a comma as the decimal separator: write "1.5")'],
    ['12,3456', '"12,3456" (a comma as the decimal separator: write "12.3456")'],
    ['1,500', '"1,500" (a comma: write no thousands separators, and a point before decimals)'],
    ['1,500,000', '"1,500,000" (commas as thousands separators: write "1500000")'],
    ['1,500,000.5', '"1,500,000.5" (commas as thousands separators: write "1500000.5")'],
    [
      '1.500,25',
      '"1.500,25" (points as thousands separators and a comma as the decimal one: write "1500.25")',
    ],
    [
      '1\u202f500,25',
      '"1\u202f500,25" (narrow no-break spaces as thousands separators and a comma as the decimal one: write "1500.25")',
    ],
    ["1'500.25", '"1\'500.25" (apostrophes as thousands separators: write "1500.25")'],
    ['1,500,2.5', '"1,500,2.5"'],
    ['+1,5', '"+1,5"'],
    ['1e5', '"1e5"'],
  ])('%s: says what it must be, what was found and the number it may be', (value, found) => {
    expect(tradeValue(value)).toEqual([`${MUST_BE} ${found}`]);
  });

  it('gives the same words in every decimal field that takes the number', () => {
    for (const [, field] of FIELDS) {
      expect(field('0,5')).toEqual([
        `${MUST_BE} "0,5" (a comma as the decimal separator: write "0.5")`,
      ]);
      expect(field('1,500')).toEqual([
        `${MUST_BE} "1,500" (a comma: write no thousands separators, and a point before decimals)`,
      ]);
    }
  });

  it('does not suggest a number the field refuses: it says why instead', () => {
    expect(tradeValue('-1,5')).toEqual([
      `${MUST_BE} "-1,5" (a comma as the decimal separator), and a trade value cannot be negative`,
    ]);
    const targetRate = FIELDS.find(([name]) => name === 'a target rate')?.[1];
    expect(targetRate?.('1.500,25')).toEqual([
      `${MUST_BE} "1.500,25" (points as thousands separators and a comma as the decimal one), and must be a rate as a decimal fraction greater than -1 and at most 5, e.g. "0.10" for 10 %`,
    ]);
    expect(targetRate?.('-0,5')).toEqual([
      `${MUST_BE} "-0,5" (a comma as the decimal separator: write "-0.5")`,
    ]);
  });

  it('says a value the field refuses however its separators read, and still gives the hint', () => {
    const noSeparators = 'a comma: write no thousands separators, and a point before decimals';
    expect(tradeValue('-1,500')).toEqual([
      `${MUST_BE} "-1,500" (${noSeparators}), and a trade value cannot be negative`,
    ]);
    expect(tradeValue('-15,00,000')).toEqual([
      `${MUST_BE} "-15,00,000" (${noSeparators}), and a trade value cannot be negative`,
    ]);
    const targetRate = FIELDS.find(([name]) => name === 'a target rate')?.[1];
    expect(targetRate?.('-1,000')).toEqual([
      `${MUST_BE} "-1,000" (${noSeparators}), and must be a rate as a decimal fraction greater than -1 and at most 5, e.g. "0.10" for 10 %`,
    ]);
    // 5000 is refused, 5.000 is not: which the text means is not known, so only the hint is given.
    expect(targetRate?.('5,000')).toEqual([`${MUST_BE} "5,000" (${noSeparators})`]);
  });
});
