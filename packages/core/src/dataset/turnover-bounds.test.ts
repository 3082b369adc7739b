import { describe, expect, it } from 'vitest';
import { expectBilateralError } from '../__fixtures__/misuse.js';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { Statement } from '../figures/statement.js';
import { type Dataset, parseDataset, serializeDataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';
import { withMirroredBounds } from './mirrored-bounds.js';
import { withTurnoverBounds } from './turnover-bounds.js';

// Laos' H1 2023 (The Star): exports "more than US$565 million", imports "US$267 million" (to the
// million), turnover "more than US$833 million". Without that turnover, the series sums the flows.
type Document = typeof vietnamLaosDocument;
interface Changes {
  /** Changes to the exports' amount. */
  readonly exports?: object;
  /** Changes to the imports' statement; `null` leaves it out. */
  readonly imports?: object | null;
  /** Changes to the imports' flow (a field `undefined` leaves it out). */
  readonly importFlow?: object;
  /** Keep the published turnover. */
  readonly turnover?: boolean;
}

function halfYear({ exports = {}, imports = {}, importFlow = {}, turnover = false }: Changes) {
  const statements = (vietnamLaosDocument.statements ?? []).flatMap((statement) => {
    if (statement.id === 'lao-vn-2023-h1-turnover') return turnover ? [statement] : [];
    if (statement.id === 'lao-vn-2023-h1-imports')
      return imports ? [{ ...statement, ...imports }] : [];
    if (statement.id !== 'lao-vn-2023-h1-exports' || statement.kind !== 'level') return [statement];
    return [{ ...statement, amount: { ...statement.amount, ...exports } }];
  });
  const flows = vietnamLaosDocument.flows.map((flow) =>
    flow.reporter === 'LAO' && flow.flow === 'import' && flow.period === '2023-H1'
      ? JSON.parse(JSON.stringify({ ...flow, ...importFlow }))
      : flow,
  );
  return parseDataset({ ...vietnamLaosDocument, flows, statements } as Document);
}

const LAOS_HALVES = { reporter: 'LAO', partner: 'VNM', periodKind: 'half' } as const;

function turnover(dataset: ReturnType<typeof parseDataset>) {
  const series = datasetSeries(dataset, { ...LAOS_HALVES, measure: 'turnover' });
  return series.points.find((point) => point.period.kind === 'half');
}

describe('withTurnoverBounds', () => {
  it('adds nothing to the embedded datasets (their bound period has its published turnover)', () => {
    const embedded = parseDataset(vietnamLaosDocument);
    expect(withTurnoverBounds(embedded)).toBe(embedded);
  });

  it('makes a turnover on a bound side beside a rounded one the middle of the interval they allow', () => {
    const dataset = halfYear({});
    // Without it: the flows' sum, US$832 million, as if exact.
    const sum = turnover(dataset);
    expect([sum?.value.amount.toFixed(), sum?.lowerBound]).toEqual(['832000000', undefined]);
    const point = turnover(withTurnoverBounds(dataset));
    // (565, 566) + [266.5, 267.5) = (831.5, 833.5) million: 832.5 ± 1 million, no bound.
    expect(point?.value.amount.toFixed()).toBe('832500000');
    expect(point?.precision?.toFixed()).toBe('2000000');
    expect(point?.lowerBound).toBeUndefined();
    expect(point?.source).toBe('thestar-2023-09-18');
  });

  it('keeps the bound and its step beside an exact side', () => {
    // Imports of exactly US$267 million: no statement, a flow without precision.
    const dataset = halfYear({ imports: null, importFlow: { precision: undefined } });
    const point = turnover(withTurnoverBounds(dataset));
    expect([point?.value.amount.toFixed(), point?.precision?.toFixed(), point?.lowerBound]).toEqual(
      ['832000000', '1000000', 'more-than'],
    );
  });

  it('reads a truncated figure that records no bound (a Dataset built without types) as one', () => {
    // "US$565 million", truncated, its bound not recorded: lowerBoundOf's "more than", as the series.
    const parsed = halfYear({ imports: null, importFlow: { precision: undefined } });
    const statements = parsed.statements.map((statement) => {
      if (statement.id !== 'lao-vn-2023-h1-exports' || statement.kind !== 'level') return statement;
      const { bound: _, ...amount } = statement.amount;
      return { ...statement, amount: { ...amount, text: 'US$565 million' } } as Statement;
    });
    const point = turnover(withTurnoverBounds({ ...parsed, statements }));
    expect([point?.value.amount.toFixed(), point?.precision?.toFixed(), point?.lowerBound]).toEqual(
      ['832000000', '1000000', 'more-than'],
    );
  });

  it('gives the middle where the bound is not whole steps of its width', () => {
    // Imports of exactly US$267,123,456: (832.123456, 833.123456) million, about 832.623456.
    const dataset = halfYear({
      imports: null,
      importFlow: { value: '267123456', precision: undefined },
    });
    const point = turnover(withTurnoverBounds(dataset));
    expect([point?.value.amount.toFixed(), point?.precision?.toFixed(), point?.lowerBound]).toEqual(
      ['832623456', '1000000', undefined],
    );
  });

  it('adds none for a pair whose series cannot be drawn, and does not throw', () => {
    // Laos' H2 2022 imports stated in kip beside H1 2023 in dollars: that series is refused
    // (CURRENCY_MISMATCH) when an element draws it; the dataset itself is read (review r29a: the
    // validator chunk threw for the whole document).
    const amount = { text: '5 trillion kip', value: '5000000000000', currency: 'LAK' };
    const dataset = halfYear({ imports: { period: '2022-H2', amount } });
    expect(() => datasetSeries(dataset, { ...LAOS_HALVES, measure: 'imports' })).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
    expect(withTurnoverBounds(dataset)).toBe(dataset);
  });

  it('adds none for a pair whose exports and imports are in two currencies, and does not throw', () => {
    // parseDataset takes Laos' imports in kip beside its exports in dollars; their turnover is
    // refused (CURRENCY_MISMATCH) when drawn, and `bilateral report` writes none (review r29a).
    const dataset = halfYear({
      imports: null,
      importFlow: { currency: 'LAK', precision: undefined },
    });
    expect(() => turnover(dataset)).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    expect(withTurnoverBounds(dataset)).toBe(dataset);
  });

  it('takes a rounded side as never below 0', () => {
    // Imports "US$0 million" (to the million): [0, 0.5) million, not [−0.5, 0.5); with the bound,
    // (565, 566.5) million, 565.75 to 1.5 million.
    const amount = { text: 'US$0 million', value: '0', currency: 'USD', precision: '1000000' };
    const dataset = halfYear({ imports: { amount }, importFlow: { value: '0' } });
    const point = turnover(withTurnoverBounds(dataset));
    expect([point?.value.amount.toFixed(), point?.precision?.toFixed()]).toEqual([
      '565750000',
      '1500000',
    ]);
  });

  it('says "at least" where every bound includes its figure', () => {
    const dataset = halfYear({
      exports: { text: 'at least US$565 million', bound: 'at-least' },
      imports: null,
      importFlow: { precision: undefined },
    });
    const point = turnover(withTurnoverBounds(dataset));
    // [565, 566) + [267, 267] = [832, 833) million.
    expect([point?.value.amount.toFixed(), point?.lowerBound]).toEqual(['832000000', 'at-least']);
  });

  it('adds none where a side is approximate: the sum is already "about"', () => {
    const dataset = halfYear({ importFlow: { uncertain: true }, imports: { uncertain: true } });
    expect(turnover(dataset)?.uncertain).toBe(true);
    expect(withTurnoverBounds(dataset)).toBe(dataset);
  });

  it('lets the published turnover stand', () => {
    const dataset = halfYear({ turnover: true });
    expect(withTurnoverBounds(dataset)).toBe(dataset);
    expect(turnover(dataset)?.value.amount.toFixed()).toBe('833000000');
  });

  it('reads a bound the other side of the pair repeats (withMirroredBounds)', () => {
    const dataset = halfYear({});
    const mirror = {
      reporter: 'VNM',
      partner: 'LAO',
      period: '2023-H1',
      currency: 'USD',
      status: 'preliminary',
      source: 'thestar-2023-09-18',
    };
    const document = serializeDataset(dataset);
    const both = parseDataset({
      ...document,
      flows: [
        ...document.flows,
        { ...mirror, flow: 'import', value: '565000000' },
        { ...mirror, flow: 'export', value: '300000000' },
      ],
    });
    const mirrored = { ...both, statements: withMirroredBounds(both.flows, both.statements) };
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'half',
    } as const;
    // The repeats added first (the widgets' validator) or not (the embedded data files' build):
    // the same statement, as `bilateral report` reads the repeat either way (h354; the second
    // gave US$865 million as if exact before withTurnoverBounds read the repeats itself).
    for (const dataset of [mirrored, both]) {
      const [point] = datasetSeries(withTurnoverBounds(dataset), request).points;
      expect([
        point?.value.amount.toFixed(),
        point?.precision?.toFixed(),
        point?.lowerBound,
      ]).toEqual(['865000000', '1000000', 'more-than']);
    }
    // withTurnoverBounds adds the turnovers only, never the repeats it reads: the same either way.
    const added = (dataset: Dataset) =>
      withTurnoverBounds(dataset).statements.slice(dataset.statements.length);
    expect(added(both)).toEqual(added(mirrored));
  });

  it('writes statements that parseDataset reads back as they are', () => {
    const marked = withTurnoverBounds(halfYear({}));
    const added = marked.statements.at(-1);
    expect(added).toMatchObject({
      id: 'thestar-2023-09-18-lao-vnm-2023-h1-turnover-bound',
      subject: 'turnover',
      amount: { value: '832500000', precision: '2000000', rounding: 'nearest' },
    });
    expect(parseDataset(serializeDataset(marked)).statements.at(-1)).toEqual(added);
  });

  it.each([
    [
      'an amount as text',
      { amount: '267000000', currency: 'USD' },
      ['value', 'amount'],
      '"267000000"',
    ],
    [
      'an amount as a number',
      { amount: 267000000, currency: 'USD' },
      ['value', 'amount'],
      'number 267000000',
    ],
    ['the value as text', '267000000', ['value'], '"267000000"'],
    ['no currency', { amount: new Decimal('267000000') }, ['value', 'currency'], 'undefined'],
  ])(
    'refuses a flow with %s (a Dataset built in code), naming its field',
    (_, value, field, got) => {
      // It threw a TypeError from the series' sums (b.decimalPlaces is not a function), or left the
      // flow out without a word (the value as text).
      const dataset = halfYear({});
      const index = dataset.flows.findIndex(
        (flow) => flow.reporter === 'LAO' && flow.flow === 'import' && flow.period.kind === 'half',
      );
      const flows = dataset.flows.map((flow, at) => (at === index ? { ...flow, value } : flow));
      const error = expectBilateralError(
        () => withTurnoverBounds({ ...dataset, flows } as unknown as Dataset),
        ['flows', index, ...field],
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.message).toContain(
        `got ${got}: build Money with money(amount, currency)`,
      );
    },
  );

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
  ])('refuses a flow that is %s (a Dataset built in code) at its index', (flow, got) => {
    // ownFlow destructured it: a TypeError ("Cannot destructure property 'value' of 'flow'").
    const dataset = halfYear({});
    const flows = dataset.flows.map((each, at) => (at === 5 ? flow : each));
    const error = expectBilateralError(
      () => withTurnoverBounds({ ...dataset, flows } as unknown as Dataset),
      ['flows', 5],
    );
    expect([error.code, error.issues[0]?.message]).toEqual([
      'INVALID_INPUT',
      `expected a trade flow, got ${got}`,
    ]);
  });
});
