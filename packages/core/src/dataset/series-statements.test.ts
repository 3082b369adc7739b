import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaos } from '../datasets/index.js';
import type { Statement } from '../figures/statement.js';
import { formatPeriod } from '../period/format-period.js';
import { datasetSeries } from './dataset-series.js';

// Hostile statements through the root entry (review h90, finding 1): a hand-built Dataset's
// statements reach `datasetSeries`, which checks what the series reads as it did through `money`.
const [level] = vietnamLaos.statements.filter((statement) => statement.kind === 'level');
const [growth] = vietnamLaos.statements.filter((statement) => statement.kind === 'growth');
if (level?.kind !== 'level' || growth?.kind !== 'growth') throw new Error('no statements');
const request = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
  impliedBases: true,
} as const;

/** vietnamLaos with its first level statement's amount changed (the flows kept or not). */
const withAmount = (amount: Record<string, unknown>, flows = vietnamLaos.flows) => ({
  ...vietnamLaos,
  flows,
  statements: [{ ...level, amount: { ...level.amount, precision: '1', ...amount } } as Statement],
});

describe('datasetSeries checks the statements it reads', () => {
  it.each([
    ['a lower-case currency', { currency: 'usd' }, 'INVALID_CURRENCY', 'currency'],
    ['a currency that is a number', { currency: 12 }, 'INVALID_CURRENCY', 'currency'],
    ['a value that is null', { value: null }, 'INVALID_DECIMAL', 'value'],
    ['a value that is not decimal text', { value: 'abc' }, 'INVALID_DECIMAL', 'value'],
    ['a value out of range', { value: '1e40' }, 'OUT_OF_RANGE', 'value'],
    ['a precision that is null', { precision: null }, 'INVALID_DECIMAL', 'precision'],
    // What parseDataset refuses and a series would draw (review h105, F2).
    ['a negative value', { value: '-5' }, 'INVALID_FIGURE', 'value'],
    ['a negative value as a number', { value: -5 }, 'INVALID_FIGURE', 'value'],
    ['a precision of 0', { precision: '0' }, 'INVALID_FIGURE', 'precision'],
    ['a negative precision', { precision: '-1' }, 'INVALID_FIGURE', 'precision'],
    // No precision: its text is read, and the error names the statement (F5).
    [
      'no precision and no text',
      { precision: undefined, text: undefined },
      'INVALID_FIGURE',
      'text',
    ],
  ])("%s: a typed error at the statement's field", (_name, amount, code, field) => {
    const path = ['statements', 0, 'amount', field];
    expect(failure(() => datasetSeries(withAmount(amount), request))).toEqual({
      code,
      paths: [path],
    });
    expect(failure(() => datasetSeries(withAmount(amount, []), request))).toEqual({
      code,
      paths: [path],
    });
  });

  it('reads a value or precision given as a number or a Decimal as its decimal text', () => {
    const asText = datasetSeries(withAmount({ value: '892900000.5', precision: '1' }), request);
    expect(asText.points.length).toBeGreaterThan(1);
    for (const amount of [
      { value: 892900000.5, precision: 1 },
      { value: new Decimal('892900000.5'), precision: new Decimal(1) },
      { value: ' 892900000.5 ', precision: '1e0' },
      { value: '8.929000005e8', precision: '+1.000' },
    ]) {
      expect(datasetSeries(withAmount(amount), request)).toEqual(asText);
    }
  });

  it("checks a growth rate's value when it implies bases", () => {
    const rated = (value: unknown) => ({
      ...vietnamLaos,
      statements: [level, { ...growth, rate: { ...growth.rate, value } } as Statement],
    });
    expect(failure(() => datasetSeries(rated(null), request))).toEqual({
      code: 'INVALID_DECIMAL',
      paths: [['statements', 1, 'rate', 'value']],
    });
    // Below −100 %, as publishedRate refuses it (it implied no base: NON_POSITIVE_BASE at ['rate']).
    expect(failure(() => datasetSeries(rated('-150'), request))).toEqual({
      code: 'INVALID_FIGURE',
      paths: [['statements', 1, 'rate', 'value']],
    });
    // −100 % itself: a fall to 0 leaves no base to imply (was NON_POSITIVE_BASE at ['rate'],
    // review h113 F4); the year before stays out of the series, as without the rate.
    const derived = (value: unknown) =>
      datasetSeries(rated(value), request).points.filter((point) => point.derivation);
    expect(derived('8.5').map((point) => formatPeriod(point.period))).toEqual(['2016']);
    expect(derived('-100')).toEqual([]);
    expect(datasetSeries(rated(8.5), request)).toEqual(datasetSeries(rated('8.5'), request));
    expect(datasetSeries(rated('85e-1'), request).points.map((point) => point.value)).toEqual(
      datasetSeries(rated('8.5'), request).points.map((point) => point.value),
    );
    // Without implied bases the rates are not read.
    const plain = { ...request, impliedBases: false };
    expect(datasetSeries(rated(null), plain)).toEqual(datasetSeries(rated('8.5'), plain));
  });

  describe("a statement's period, and the statement itself (review h105, F1, F5, F13)", () => {
    const index = vietnamLaos.statements.indexOf(level);
    /** vietnamLaos with its first level statement replaced by `statement`. */
    const replaced = (statement: unknown) => ({
      ...vietnamLaos,
      statements: vietnamLaos.statements.map((each, at) =>
        at === index ? (statement as Statement) : each,
      ),
    });
    const year = { ...request, impliedBases: false };

    it.each([
      ['a number', 2017],
      ['a list of text', ['2017']],
      ['null', null],
      ['text that is no period', '2017-13'],
    ])(
      'a period that is %s: INVALID_PERIOD at the statement, no point drawn twice',
      (_name, period) => {
        expect(level.period).toBe('2017');
        for (const asked of [request, year]) {
          expect(failure(() => datasetSeries(replaced({ ...level, period }), asked))).toEqual({
            code: 'INVALID_PERIOD',
            paths: [['statements', index, 'period']],
          });
        }
      },
    );

    it.each([
      ['null', null],
      ['a number', 5],
    ])('a statement that is %s: INVALID_INPUT at its place', (_name, statement) => {
      expect(failure(() => datasetSeries(replaced(statement), year))).toEqual({
        code: 'INVALID_INPUT',
        paths: [['statements', index]],
      });
    });
  });

  describe('and only those: a bad statement the series does not read does not refuse it', () => {
    /** vietnamLaos with the statement `id` changed by `change`. */
    const changed = (id: string, change: (statement: Statement) => object) => {
      expect(vietnamLaos.statements.some((statement) => statement.id === id)).toBe(true);
      return {
        ...vietnamLaos,
        statements: vietnamLaos.statements.map((statement) =>
          statement.id === id ? (change(statement) as Statement) : statement,
        ),
      };
    };
    const badValue = (statement: Statement) =>
      statement.kind === 'level'
        ? { ...statement, amount: { ...statement.amount, value: 'abc' } }
        : statement;
    const badRate = (statement: Statement) =>
      statement.kind === 'growth'
        ? { ...statement, rate: { ...statement.rate, value: 'abc' } }
        : statement;
    const year = { ...request, impliedBases: false };
    const quarter = { ...request, periodKind: 'quarter' } as const;

    it.each([
      ["a quarter's level statement, for a year series", 'seed-003-turnover', badValue, year],
      [
        "a quarter's growth rate, for a year series with implied bases",
        'seed-003-turnover-growth',
        badRate,
        request,
      ],
      [
        "a year's level statement, for a quarter series",
        'vn-la-2019-turnover-estimate',
        badValue,
        quarter,
      ],
      [
        "another source's level statement, for one source's series",
        'vn-la-2019-turnover-estimate',
        badValue,
        { ...year, source: 'vietnamplus-133987' },
      ],
    ] as const)('%s: the series as without the fault', (_name, id, change, asked) => {
      const series = datasetSeries(vietnamLaos, asked);
      expect(series.points.length).toBeGreaterThan(0);
      expect(datasetSeries(changed(id, change), asked)).toEqual(series);
    });

    it('but refuses it for a series that reads it, at its place in the list', () => {
      const index = vietnamLaos.statements.findIndex(
        (statement) => statement.id === 'vn-la-2019-turnover-estimate',
      );
      expect(
        failure(() => datasetSeries(changed('vn-la-2019-turnover-estimate', badValue), year)),
      ).toEqual({ code: 'INVALID_DECIMAL', paths: [['statements', index, 'amount', 'value']] });
    });
  });
});
