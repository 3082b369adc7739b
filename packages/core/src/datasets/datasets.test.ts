import { describe, expect, it } from 'vitest';
import { parseDataset, serializeDataset } from '../dataset/schemas.js';
import { parsePublishedAmount, reconcile } from '../figures/index.js';
import { formatPeriod } from '../period/index.js';
import {
  embeddedDatasets,
  getEmbeddedDataset,
  laosChina,
  laosChinaDocument,
  vietnamLaos,
  vietnamLaosDocument,
} from './index.js';

describe('embedded datasets', () => {
  it.each([
    ['vietnam-laos', vietnamLaos, vietnamLaosDocument],
    ['laos-china', laosChina, laosChinaDocument],
  ] as const)('%s: every flow cites a listed source', (_id, dataset, _document) => {
    const ids = new Set(dataset.sources.map((source) => source.id));
    for (const flow of dataset.flows) expect(ids.has(flow.source)).toBe(true);
  });

  it.each([
    ['vietnam-laos', vietnamLaos, vietnamLaosDocument],
    ['laos-china', laosChina, laosChinaDocument],
  ] as const)(
    '%s: serialising and parsing again gives back the same dataset, digit for digit',
    (_id, dataset, document) => {
      const text = JSON.stringify(serializeDataset(dataset));
      const again = parseDataset(JSON.parse(text));
      expect(again).toEqual(dataset);
      expect(JSON.parse(JSON.stringify(serializeDataset(again)))).toEqual(
        JSON.parse(JSON.stringify(document)),
      );
    },
  );

  it('holds the Vietnam–Laos figures of the seeds', () => {
    const find = (period: string, flow: 'export' | 'import') =>
      vietnamLaos.flows.find(
        (f) =>
          f.reporter === 'VNM' &&
          f.flow === flow &&
          serializeDataset({ ...vietnamLaos, flows: [f] }).flows[0]?.period === period,
      );
    expect(find('2021-Q1', 'export')?.value.amount.toString()).toBe('159600000');
    expect(find('2021-Q1', 'import')?.value.amount.toString()).toBe('179000000');
    expect(find('2024-01/2024-09', 'export')?.value.amount.toString()).toBe('491900000');
    expect(find('2024-01/2024-09', 'import')?.precision?.toString()).toBe('1000000000');
    expect(find('2025-01/2025-07', 'export')?.value.amount.toString()).toBe('755200000');
    expect(find('2025-01/2025-07', 'import')?.value.amount.toString()).toBe('1250000000');
  });

  it('marks approximate values as uncertain', () => {
    const imports2021 = vietnamLaos.flows.find(
      (flow) => flow.flow === 'import' && flow.period.kind === 'year' && flow.period.year === 2021,
    );
    expect(imports2021?.uncertain).toBe(true);
    expect(imports2021?.note).toContain('about US$780 million');
  });
});

describe('flows and level statements agree', () => {
  const subjectOf = { export: 'exports', import: 'imports' } as const;
  it.each([
    ['vietnam-laos', vietnamLaos],
    ['laos-china', laosChina],
  ] as const)(
    '%s: every flow with a level statement has the same value and precision',
    (_id, dataset) => {
      let compared = 0;
      for (const flow of dataset.flows) {
        const period = formatPeriod(flow.period);
        const statement = dataset.statements.find(
          (s) =>
            s.kind === 'level' &&
            s.reporter === flow.reporter &&
            s.partner === flow.partner &&
            s.period === period &&
            s.subject === subjectOf[flow.flow],
        );
        if (statement?.kind !== 'level') continue;
        compared++;
        const published = parsePublishedAmount(statement.amount.text, {
          currency: statement.amount.currency,
          ...(statement.amount.precision === undefined
            ? {}
            : { precision: statement.amount.precision }),
        });
        expect(published.value.eq(flow.value.amount), `${period} ${flow.flow}`).toBe(true);
        expect(flow.precision?.eq(published.precision), `${period} ${flow.flow} precision`).toBe(
          true,
        );
      }
      expect(compared).toBeGreaterThanOrEqual(dataset.id === 'vietnam-laos' ? 10 : 4);
    },
  );
});

describe('reconciliation of the embedded statements', () => {
  it('finds the seed statements consistent and flags the known discrepancies', () => {
    const report = reconcile(vietnamLaos.statements);
    const verdict = (ids: string[]) =>
      report.relations.find((r) => ids.every((id) => r.statementIds.includes(id)))?.verdict;
    expect(verdict(['seed-003-exports', 'seed-003-imports', 'seed-003-turnover'])).toBe(
      'consistent',
    );
    expect(verdict(['seed-004-exports', 'seed-004-imports', 'seed-004-turnover'])).toBe(
      'consistent',
    );
    expect(verdict(['seed-004-balance'])).toBe('consistent');
    // 2018: US$1.03 billion against US$892.9 million is +15.4 %, not the published +11.9 %.
    expect(verdict(['vn-la-2018-turnover', 'vn-la-2018-turnover-growth'])).toBe('inconsistent');
    expect(reconcile(laosChina.statements).counts.inconsistent).toBe(0);
  });

  it('reconciles the 2025 figures: seven months by parts and growth, the year against 2024', () => {
    const report = reconcile(vietnamLaos.statements);
    const relation = (kind: string, ids: string[]) =>
      report.relations.find(
        (r) => r.kind === kind && ids.every((id) => r.statementIds.includes(id)),
      )?.verdict;
    expect(
      relation('parts-sum', [
        'vn-la-2025-7m-exports',
        'vn-la-2025-7m-imports',
        'vn-la-2025-7m-turnover',
      ]),
    ).toBe('consistent');
    expect(
      relation('growth-components', [
        'vn-la-2025-7m-turnover-growth',
        'vn-la-2025-7m-exports-growth',
      ]),
    ).toBe('consistent');
    // US$2.98 billion against about US$2.2 billion is 32.2–38.8 %: the published +32.7 % fits.
    expect(
      relation('growth-levels', [
        'vn-la-2025-turnover',
        'vn-la-2024-turnover',
        'vn-la-2025-turnover-growth',
      ]),
    ).toBe('consistent');
    expect(report.counts.inconsistent).toBe(2);
  });
});

describe('embeddedDatasets and getEmbeddedDataset', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'names no dataset for the prototype key %s',
    (name) => {
      expect(embeddedDatasets[name]).toBeUndefined();
      expect(() => getEmbeddedDataset(name)).toThrowError(
        `no embedded dataset "${name}": choose one of vietnam-laos, laos-china`,
      );
    },
  );

  it('finds the embedded datasets by name, and the record cannot be changed', () => {
    expect(getEmbeddedDataset('vietnam-laos')).toBe(vietnamLaos);
    expect(getEmbeddedDataset('laos-china')).toBe(laosChina);
    expect(Object.isFrozen(embeddedDatasets)).toBe(true);
    expect(Object.keys(embeddedDatasets)).toEqual(['vietnam-laos', 'laos-china']);
  });
});

describe('the nesting limit', () => {
  it('leaves room: the embedded documents nest far less than 32 levels', () => {
    const depth = (value: unknown): number =>
      typeof value !== 'object' || value === null
        ? 0
        : 1 + Math.max(0, ...Object.values(value).map(depth));
    expect(depth(vietnamLaosDocument)).toBeLessThanOrEqual(9);
    expect(depth(laosChinaDocument)).toBeLessThanOrEqual(9);
  });
});
