import { describe, expect, it } from 'vitest';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { type Dataset, type DatasetDocument, parseDataset, serializeDataset } from './dataset.js';

describe('serializeDataset given something other than a Dataset (defect 7)', () => {
  it('reads a dataset document first, giving the same document as from the parsed dataset', () => {
    const fromDocument = serializeDataset(vietnamLaosDocument as DatasetDocument);
    expect(fromDocument).toEqual(serializeDataset(vietnamLaos));
    expect(parseDataset(fromDocument)).toEqual(vietnamLaos);
  });

  const mistakes: readonly [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['text', JSON.stringify(vietnamLaosDocument)],
    ['an array', [vietnamLaosDocument]],
    ['a document with a bad flow', { ...vietnamLaosDocument, flows: [{ period: '2024-Q5' }] }],
    ['a dataset missing its flows', { ...vietnamLaos, flows: undefined }],
    ['a dataset with one flow in JSON form', { ...vietnamLaos, flows: vietnamLaosDocument.flows }],
  ];
  for (const [name, input] of mistakes) {
    it(`refuses ${name} with INVALID_DATASET, never a TypeError`, () => {
      let thrown: unknown;
      try {
        serializeDataset(input as Dataset);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BilateralError);
      expect((thrown as BilateralError).code).toBe('INVALID_DATASET');
    });
  }
});

describe('serializeDataset given values that only carry a Decimal brand', () => {
  /** An object that passes `Decimal.isDecimal` on either engine, with `toString` and no more. */
  const forged = (text: string) => ({
    [Symbol.for('bilateral-decimal')]: true,
    toStringTag: '[object Decimal]',
    toString: () => text,
  });
  const [flow, ...flows] = vietnamLaos.flows;
  const [statement, ...statements] = vietnamLaos.statements;
  const level = statement?.kind === 'level' ? statement : undefined;
  const withFirst = (changes: Partial<Record<'flow' | 'statement', object>>) =>
    ({
      ...vietnamLaos,
      flows: [{ ...flow, ...changes.flow }, ...flows],
      statements: [{ ...statement, ...changes.statement }, ...statements],
    }) as Dataset;

  it('reads them through their text, in flows and in statements', () => {
    // Before: "precision.toFixed is not a function" (a TypeError); a statement's kept as it was.
    const written = serializeDataset(
      withFirst({
        flow: { precision: forged('100000') },
        statement: { amount: { ...level?.amount, value: forged(level?.amount.value ?? '') } },
      }),
    );
    expect(written.flows[0]?.precision).toBe('100000');
    expect(written.statements?.[0]).toEqual(statement);
  });

  it('refuses text that is no decimal with INVALID_DECIMAL at its path, never a TypeError', () => {
    const refusal = (dataset: Dataset) => {
      try {
        serializeDataset(dataset);
      } catch (error) {
        return [(error as BilateralError).code, (error as BilateralError).issues[0]?.path];
      }
      return 'written';
    };
    expect(refusal(withFirst({ flow: { precision: forged('twelve') } }))).toEqual([
      'INVALID_DECIMAL',
      ['flows', 0, 'precision'],
    ]);
    expect(
      refusal(withFirst({ statement: { amount: { ...level?.amount, precision: forged('NaN') } } })),
    ).toEqual(['INVALID_DECIMAL', ['statements', 0, 'amount', 'precision']]);
  });
});

describe('serializeDataset given what is no Decimal where a flow or a target holds one', () => {
  const band = vietnamLaos.targets.findIndex((target) => target.kind !== 'level');
  const level = vietnamLaos.targets.findIndex((target) => target.kind === 'level');
  const withTarget = (index: number, change: (target: Record<string, unknown>) => object) =>
    ({
      ...vietnamLaos,
      targets: vietnamLaos.targets.map((target, at) =>
        at === index ? change(target as unknown as Record<string, unknown>) : target,
      ),
    }) as Dataset;
  const places: readonly [IssuePath, (value: unknown) => Dataset][] = [
    [
      ['flows', 0, 'precision'],
      (precision) =>
        ({
          ...vietnamLaos,
          flows: [{ ...vietnamLaos.flows[0], precision }, ...vietnamLaos.flows.slice(1)],
        }) as Dataset,
    ],
    [
      ['targets', band, 'band', 'lower'],
      (lower) =>
        withTarget(band, (target) => ({ ...target, band: { ...(target.band as object), lower } })),
    ],
    [
      ['targets', band, 'band', 'upper'],
      (upper) =>
        withTarget(band, (target) => ({ ...target, band: { ...(target.band as object), upper } })),
    ],
    [
      ['targets', level, 'level', 'amount'],
      (amount) =>
        withTarget(level, (target) => ({
          ...target,
          level: { ...(target.level as object), amount },
        })),
    ],
  ];
  for (const [path, withValue] of places) {
    it(`refuses it at ${path.join('.')} with INVALID_DECIMAL and its path, never a TypeError`, () => {
      expect(band).toBeGreaterThanOrEqual(0);
      expect(level).toBeGreaterThanOrEqual(0);
      // Before: "precision.toFixed is not a function", "b.lower.toFixed is not a function", …;
      // a number was written as its text.
      for (const value of [null, {}, { plus() {} }, '100000', 100000, Object.create(null)]) {
        let thrown: unknown;
        try {
          serializeDataset(withValue(value));
        } catch (error) {
          thrown = error;
        }
        expect([
          value,
          thrown instanceof BilateralError && thrown.code,
          (thrown as BilateralError).issues?.[0]?.path,
        ]).toEqual([value, 'INVALID_DECIMAL', path]);
      }
    });
  }
});
