import { describe, expect, it } from 'vitest';
import { parseDataset, serializeDataset } from '../flow/index.js';
import { laosChina, laosChinaDocument, vietnamLaos, vietnamLaosDocument } from './index.js';

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
  });

  it('marks approximate values as uncertain', () => {
    const imports2021 = vietnamLaos.flows.find(
      (flow) => flow.flow === 'import' && flow.period.kind === 'year' && flow.period.year === 2021,
    );
    expect(imports2021?.uncertain).toBe(true);
    expect(imports2021?.note).toContain('about US$780 million');
  });
});
