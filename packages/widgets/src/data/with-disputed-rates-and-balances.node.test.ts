import {
  type CheckedDatasetSeriesRequest,
  checkedDatasetSeries,
  type Dataset,
  datasetSeries,
  embeddedDatasets,
  formatPeriod,
  parseDataset,
  parsePublishedAmount,
  type Statement,
  serializeDataset,
  withDisputedRates,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';
import { withDisputedRatesAndBalances } from './with-disputed-rates-and-balances.js';

const vietnamLaos = embeddedDatasets['vietnam-laos'] as Dataset;

/** What is kept with `dataset` under `'balances'` (undefined when nothing is). */
const keptBalances = (dataset: Dataset) => memoized(dataset, 'balances', () => undefined);

describe('withDisputedRatesAndBalances', () => {
  it('marks the rates its levels contradict and keeps the balances its turnover narrows', () => {
    const marked = withDisputedRatesAndBalances(vietnamLaos);
    const disputed = marked.statements
      .filter((s) => (s as Statement & { levelsDisagree?: true }).levelsDisagree)
      .map((s) => s.id);
    expect(disputed).toEqual(['vn-la-2018-turnover-growth']);
    expect(keptBalances(marked)).toEqual(narrowedBalances(withDisputedRates(vietnamLaos)));
    expect(keptBalances(marked)?.['VNM LAO']?.['2024-01/2024-09']).toEqual([
      '-516200000',
      '100000000',
      '1',
    ]);
  });

  it('reads a document one pair of which its statements make undrawable, the rest drawn', () => {
    // Laos' imports from Vietnam of H2 2022 stated in kip beside its H1 2023 in dollars: that
    // series is refused (CURRENCY_MISMATCH) by the element that draws it, not the whole document
    // (review r29a: withTurnoverBounds threw it here, so the validator refused every element).
    const document = serializeDataset(vietnamLaos);
    const kip = {
      id: 'lao-vn-2022-h2-imports-kip',
      source: 'thestar-2023-09-18',
      kind: 'level',
      reporter: 'LAO',
      partner: 'VNM',
      period: '2022-H2',
      subject: 'imports',
      amount: { text: '5 trillion kip', value: '5000000000000', currency: 'LAK' },
    } as const;
    const dataset = parseDataset({
      ...document,
      statements: [...(document.statements ?? []), kip],
    });
    const request = { reporter: 'LAO', partner: 'VNM', periodKind: 'half' } as const;
    expect(() => datasetSeries(dataset, { ...request, measure: 'imports' })).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
    const marked = withDisputedRatesAndBalances(dataset);
    expect(datasetSeries(marked, { ...request, measure: 'exports' }).points.length).toBeGreaterThan(
      0,
    );
  });

  it('keeps the balances with the dataset it returns, not with the one it was given', () => {
    const copy: Dataset = { ...vietnamLaos };
    const marked = withDisputedRatesAndBalances(copy);
    expect(marked).not.toBe(copy);
    expect(keptBalances(copy)).toBeUndefined();
  });
});

describe('withDisputedRatesAndBalances on a lower bound', () => {
  it('keeps the bound parseDataset records from the text', () => {
    // A `data` document: "more than US$565 million" (The Star) with no rounding nor bound given,
    // the text read once, by the core's parser (h319), not again here.
    const document = serializeDataset(vietnamLaos);
    const statements = (document.statements ?? []).map((s) =>
      s.kind === 'level' && s.id === 'lao-vn-2023-h1-exports'
        ? {
            ...s,
            amount: { text: s.amount.text, value: s.amount.value, currency: s.amount.currency },
          }
        : s,
    );
    const amountOf = (dataset: Dataset, id: string) => {
      const found = dataset.statements.find((s) => s.id === id);
      return found?.kind === 'level' ? found.amount : undefined;
    };
    const marked = withDisputedRatesAndBalances(parseDataset({ ...document, statements }));
    expect(amountOf(marked, 'lao-vn-2023-h1-exports')).toMatchObject({
      text: 'more than US$565 million',
      value: '565000000',
      rounding: 'truncate',
      bound: 'more-than',
    });
    expect(amountOf(marked, 'lao-vn-2023-h1-imports')?.rounding).toBeUndefined();
  });
});

describe('withDisputedRatesAndBalances on a lower bound drawn from the other side', () => {
  // The Star's "more than US$565 million" (Laos' exports to Vietnam, H1 2023) kept as Vietnam's
  // imports from Laos: the flow record of the same figure, seen from Vietnam.
  const document = serializeDataset(vietnamLaos);
  const vietnamsView = {
    ...document,
    flows: document.flows.map((flow) =>
      flow.reporter === 'LAO' && flow.flow === 'export' && flow.period === '2023-H1'
        ? { ...flow, reporter: 'VNM', partner: 'LAO', flow: 'import' as const }
        : flow,
    ),
  };
  const pointOf = (
    dataset: Dataset,
    reporter: string,
    partner: string,
    measure: 'exports' | 'imports',
  ) =>
    datasetSeries(dataset, { reporter, partner, measure, periodKind: 'half' }).points.find(
      (point) => formatPeriod(point.period) === '2023-H1',
    );

  it('marks a truncated figure whose words state no bound "more than" in the series the elements draw', () => {
    // `rounding: 'truncate'` given, words without a bound: the report writes "more than".
    const statements = document.statements?.map((s) => {
      if (s.id !== 'lao-vn-2023-h1-exports' || s.kind !== 'level') return s;
      const { bound: _, ...amount } = s.amount;
      return { ...s, amount: { ...amount, text: 'US$565 million', rounding: 'truncate' as const } };
    });
    const marked = withDisputedRatesAndBalances(parseDataset({ ...document, statements }));
    const request = { reporter: 'LAO', partner: 'VNM', measure: 'exports', periodKind: 'half' };
    const shown = (text: string, currency: string) =>
      parsePublishedAmount(text, { currency }).precision;
    const points = checkedDatasetSeries(marked, request as CheckedDatasetSeriesRequest, shown);
    const h1 = points.points.find((point) => formatPeriod(point.period) === '2023-H1');
    expect(h1?.lowerBound).toBe('more-than');
  });

  it('carries the bound to the flow of the same figure seen from the other side', () => {
    const marked = withDisputedRatesAndBalances(parseDataset(vietnamsView));
    expect(pointOf(marked, 'VNM', 'LAO', 'imports')).toMatchObject({
      lowerBound: 'more-than',
      source: 'thestar-2023-09-18',
    });
    expect(pointOf(marked, 'VNM', 'LAO', 'imports')?.value.amount.toFixed()).toBe('565000000');
  });

  it.each([
    ['2023', 'year'],
    ['2023-H1', 'half'],
    ['2023-Q1', 'quarter'],
    ['2023-07', 'month'],
    ['2023-01/2023-09', 'year-to-date'],
  ] as const)(
    'carries a bound of %s to the other side, as bilateral report does',
    (period, kind) => {
      // The same periods as the core's mirrored-bounds test, where the report marks the flow a bound.
      const statements = document.statements?.map((s) =>
        s.id === 'lao-vn-2023-h1-exports' ? { ...s, period } : s,
      );
      const flows = vietnamsView.flows.map((flow) =>
        flow.reporter === 'VNM' && flow.source === 'thestar-2023-09-18'
          ? { ...flow, period }
          : flow,
      );
      const marked = withDisputedRatesAndBalances(
        parseDataset({ ...vietnamsView, flows, statements }),
      );
      const point = datasetSeries(marked, {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'imports',
        periodKind: kind,
        source: 'thestar-2023-09-18',
      }).points.find((p) => formatPeriod(p.period) === period);
      expect(point).toMatchObject({ lowerBound: 'more-than' });
      expect(marked.statements.at(-1)).toMatchObject({
        id: 'lao-vn-2023-h1-exports-mirror',
        period,
      });
    },
  );

  it('gives the statement it adds an id a document may hold and a note that says what it is', () => {
    // `bilateral-load` passes the dataset on: it serializes and parses again, as the reader's
    // document did, and the statement it did not write says where it comes from.
    const marked = withDisputedRatesAndBalances(parseDataset(vietnamsView));
    const again = parseDataset(serializeDataset(marked));
    const added = again.statements.filter(
      (s) => !(vietnamsView.statements ?? []).some((o) => o.id === s.id),
    );
    expect(added).toEqual([
      expect.objectContaining({
        id: 'lao-vn-2023-h1-exports-mirror',
        reporter: 'VNM',
        partner: 'LAO',
        subject: 'imports',
        note: "Added by @bilateral/widgets: statement lao-vn-2023-h1-exports (LAO's exports to VNM), whose figure VNM's imports from LAO repeat. Lao data.",
      }),
    ]);
  });

  it('adds no statement whose id the document already gives', () => {
    const taken = {
      ...vietnamsView,
      statements: (vietnamsView.statements ?? []).map((statement) =>
        statement.id === 'vn-la-2018-turnover-growth'
          ? { ...statement, id: 'lao-vn-2023-h1-exports-mirror' }
          : statement,
      ),
    };
    const marked = withDisputedRatesAndBalances(parseDataset(taken));
    expect(() => parseDataset(serializeDataset(marked))).not.toThrow();
    expect(marked.statements).toHaveLength(taken.statements.length);
  });

  it('carries no bound to a flow of another figure, source or period', () => {
    for (const change of [
      { value: '566000000' },
      { source: 'vietnamplus-280075' },
      { period: '2023-H2' },
    ]) {
      const other = {
        ...vietnamsView,
        flows: vietnamsView.flows.map((flow) =>
          flow.reporter === 'VNM' && flow.flow === 'import' && flow.period === '2023-H1'
            ? { ...flow, ...change }
            : flow,
        ),
      };
      const marked = withDisputedRatesAndBalances(parseDataset(other));
      const period = change.period ?? '2023-H1';
      const point = datasetSeries(marked, {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'imports',
        periodKind: 'half',
      }).points.find((p) => formatPeriod(p.period) === period);
      expect([change, point?.lowerBound]).toEqual([change, undefined]);
    }
  });
});

describe('withDisputedRatesAndBalances on a turnover another source publishes', () => {
  it("draws the other source's turnover, not one derived from The Star's bound", () => {
    // Laos' H1 2023 of The Star without its turnover, its imports exactly US$267 million, and the
    // turnover "US$0.8 billion" from another source: the series of every source (what every
    // element draws) keeps that published figure, as `bilateral report`'s growth table does. A
    // turnover derived from The Star's sides ("more than US$832 million") stands in only for their
    // sum, never for another source's figure (review r30b: 0a7a914e drew it over the published
    // one, the more precise).
    const document = serializeDataset(vietnamLaos);
    const statements = (document.statements ?? []).filter(
      ({ id }) => id !== 'lao-vn-2023-h1-turnover' && id !== 'lao-vn-2023-h1-imports',
    );
    const other = {
      id: 'other-lao-vn-2023-h1-turnover',
      source: 'vietnamplus-280075',
      kind: 'level',
      reporter: 'LAO',
      partner: 'VNM',
      period: '2023-H1',
      subject: 'turnover',
      amount: { text: 'US$0.8 billion', value: '800000000', currency: 'USD' },
    } as const;
    const flows = document.flows.map((flow) => {
      if (flow.reporter !== 'LAO' || flow.flow !== 'import' || flow.period !== '2023-H1')
        return flow;
      const { precision: _, ...exact } = flow;
      return exact;
    });
    const marked = withDisputedRatesAndBalances(
      parseDataset({ ...document, flows, statements: [...statements, other] }),
    );
    const point = datasetSeries(marked, {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'turnover',
      periodKind: 'half',
    }).points.find(
      (each) => each.period.kind === 'half' && each.period.year === 2023 && each.period.half === 1,
    );
    expect([point?.value.amount.toFixed(), point?.lowerBound, point?.source]).toEqual([
      '800000000',
      undefined,
      'vietnamplus-280075',
    ]);
  });
});
