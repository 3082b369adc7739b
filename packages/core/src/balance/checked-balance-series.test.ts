import { describe, expect, it } from 'vitest';
import { outcome } from '../__fixtures__/error-code.js';
import { seriesOf as series } from '../__fixtures__/series.js';
import { datasetSeries } from '../dataset/index.js';
import { embeddedDatasets } from '../datasets/index.js';
import { PERIOD_KINDS } from '../period/index.js';
import { balanceSeries, checkedBalanceSeries } from './index.js';

/** Every pair and period kind of the embedded datasets: its export and import series. */
const cases = Object.entries(embeddedDatasets).flatMap(([name, dataset]) => {
  const pairs = new Map(dataset.flows.map((f) => [`${f.reporter}-${f.partner}`, f]));
  return [...pairs.values()].flatMap(({ reporter, partner }) =>
    PERIOD_KINDS.map((periodKind) => {
      const request = { reporter, partner, periodKind, impliedBases: true } as const;
      return {
        label: `${name}: ${reporter}–${partner}, ${periodKind}`,
        exports: datasetSeries(dataset, { ...request, measure: 'exports' }),
        imports: datasetSeries(dataset, { ...request, measure: 'imports' }),
      };
    }),
  );
});

describe('checkedBalanceSeries', () => {
  it('has cases with balances to compare', () => {
    const drawn = cases.filter((c) => c.exports.points.length > 0 && c.imports.points.length > 0);
    expect(drawn.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)(
    'gives what balanceSeries gives (result or error): $label',
    ({ exports, imports }) => {
      expect(outcome(() => checkedBalanceSeries(exports, imports))).toEqual(
        outcome(() => balanceSeries(exports, imports)),
      );
    },
  );

  it.each([
    [
      'periods in one of the two only',
      series('exports', [
        ['2017', '524.5'],
        ['2022', '1000'],
      ]),
      series('imports', [
        ['2017', '368.4'],
        ['2023', '900'],
      ]),
    ],
    [
      'imports in another currency',
      series('exports', [['2017', '1']]),
      series('imports', [['2017', '1']], 'EUR'),
    ],
    ['two period kinds', series('exports', [['2017', '1']]), series('imports', [['2017-Q1', '1']])],
    ['no exports', series('exports', []), series('imports', [['2017', '1']])],
    ['no imports', series('exports', [['2017', '1']]), series('imports', [])],
    ['imports of 0', series('exports', [['2017', '5']]), series('imports', [['2017', '0']])],
  ] as const)('gives what balanceSeries gives for %s', (_, exports, imports) => {
    expect(outcome(() => checkedBalanceSeries(exports, imports))).toEqual(
      outcome(() => balanceSeries(exports, imports)),
    );
  });

  it('throws INVALID_INPUT for a value of the wrong shape, never a raw error: it is not a check', () => {
    const exports = series('exports', [['2017', '1']]);
    for (const call of [
      () => checkedBalanceSeries(null as never, exports),
      () => checkedBalanceSeries(exports, { ...exports, points: undefined } as never),
      () => checkedBalanceSeries(exports, { ...exports, points: [{ period: null }] } as never),
    ]) {
      expect(outcome(call)).toEqual([
        'INVALID_INPUT',
        [{ path: [], message: expect.stringMatching(/^checkedBalanceSeries takes series/) }],
      ]);
    }
  });
});
