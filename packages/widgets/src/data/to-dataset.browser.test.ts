import { type Statement, vietnamLaos, vietnamLaosDocument } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { economyName } from '../i18n/economy-names.js';
import { readKit } from './dataset-controller.js';
import { isParsedDataset, loadReaders, readData, readWhenLoaded, toDataset } from './to-dataset.js';

describe('reading the data property', () => {
  it('draws a parsed Dataset once the names of its economies are there, as it is', async () => {
    // No data file named VNM and LAO on this page: the table of names loads first.
    expect(toDataset(vietnamLaos, readKit)).toBeUndefined();
    await loadReaders(vietnamLaos, readKit);
    expect(toDataset(vietnamLaos, readKit)).toBe(vietnamLaos);
    expect(economyName('VNM', 'vi')).toBe('Việt Nam');
  });

  it('validates a document once the validator has loaded', async () => {
    await loadReaders(vietnamLaosDocument, readKit);
    expect(toDataset(vietnamLaosDocument, readKit)?.flows).toHaveLength(vietnamLaos.flows.length);
    expect(() => toDataset({ ...vietnamLaosDocument, id: 'Not A Slug' }, readKit)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    );
  });

  it('reads once what it waits for has loaded, and hands settle the error of a document', async () => {
    const settled: unknown[] = [];
    const settle = (dataset: unknown, error?: unknown) => settled.push(dataset ?? error);
    expect(await readWhenLoaded(vietnamLaosDocument, readKit, settle, () => true)).toBe(true);
    expect(readData({ ...vietnamLaosDocument, id: 'Not A Slug' }, readKit, settle)).toBe(true);
    expect(settled).toEqual([
      expect.objectContaining({ id: 'vietnam-laos' }),
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    ]);
  });

  it('reads as its document a parsed Dataset whose truncated amount records no bound', async () => {
    // "US$565 million", truncated, without the bound the Dataset type requires (built without
    // types, or read with datasetFromCheckedCompact from a file toCompactDataset did not write).
    const index = vietnamLaos.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
    const statements = vietnamLaos.statements.map((statement, at) => {
      if (at !== index || statement.kind !== 'level') return statement;
      const { bound: _, ...amount } = statement.amount;
      return { ...statement, amount: { ...amount, text: 'US$565 million' } } as Statement;
    });
    const unrecorded = { ...vietnamLaos, statements };
    await loadReaders(unrecorded, readKit);
    // parseDataset records it, as for the document: every reader reads its bound.
    expect(toDataset(unrecorded, readKit)?.statements[index]).toMatchObject({
      amount: { text: 'US$565 million', rounding: 'truncate', bound: 'more-than' },
    });
  });

  it('takes as parsed only a Dataset whose every amount, precision and rate is a Decimal', async () => {
    const json = JSON.parse(JSON.stringify(vietnamLaos)) as typeof vietnamLaos;
    expect(isParsedDataset(vietnamLaos)).toBe(true);
    expect(isParsedDataset({ ...vietnamLaos })).toBe(true);
    expect(isParsedDataset(json)).toBe(false);
    expect(isParsedDataset(vietnamLaosDocument)).toBe(false);
    const [flow, ...flows] = vietnamLaos.flows;
    const [, ...jsonFlows] = json.flows;
    expect(isParsedDataset({ ...vietnamLaos, flows: [flow, ...jsonFlows] })).toBe(false);
    expect(isParsedDataset({ ...vietnamLaos, flows: [...flows, null] })).toBe(false);
    expect(isParsedDataset({ ...vietnamLaos, targets: json.targets })).toBe(false);
    const { sources: _sources, ...withoutSources } = vietnamLaos;
    expect(isParsedDataset(withoutSources)).toBe(false);
    const withPrecision = flows.map((item) => ({ ...item, precision: '1000000' }));
    expect(isParsedDataset({ ...vietnamLaos, flows: withPrecision })).toBe(false);
    // No flow and no target: nothing differs between the two forms.
    expect(isParsedDataset({ ...vietnamLaos, flows: [], targets: [] })).toBe(true);
    // Another copy of the core has Decimals of its own class: the engine's module loaded again.
    const { Decimal: Other } = (await import(
      // @ts-expect-error: a query string makes a second instance of the module, not a path
      '../../../core/src/_internal/decimal-bigint.ts?another-copy'
    )) as typeof import('../../../core/src/_internal/decimal-bigint.js');
    const other = (value: { toString(): string }) => new Other(value.toString());
    const amount = vietnamLaos.flows[0]?.value.amount;
    expect(other(amount ?? 0)).not.toBeInstanceOf(amount?.constructor as never);
    const otherCore = {
      ...vietnamLaos,
      flows: vietnamLaos.flows.map((item) => ({
        ...item,
        value: { ...item.value, amount: other(item.value.amount) },
        precision: other(item.precision ?? 1),
      })),
      targets: vietnamLaos.targets.map((target) =>
        target.kind === 'level'
          ? { ...target, level: { ...target.level, amount: other(target.level.amount) } }
          : {
              ...target,
              band: { lower: other(target.band.lower), upper: other(target.band.upper) },
            },
      ),
    };
    expect(isParsedDataset(otherCore)).toBe(true);
  });
});
