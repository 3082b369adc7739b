import fc from 'fast-check';
import * as core from '../../../index.js';
import type { HostileCase } from '../hostile-case.js';
import { anyValue, hostileValues, sample } from '../hostile-values.js';
import { describeInput } from '../outcome.js';

/**
 * The public functions that read input without a `parse` name: JSON readers, lookups keyed by
 * input, and the reconciliation of statement JSON. Listed by name: a rename fails the harness.
 */
export const READERS = [
  'tradeFlowFromJson',
  'datasetFromCompact',
  'reconcile',
  'publishedAmount',
  'publishedRate',
  'getEmbeddedDataset',
  'getEconomy',
  'findEconomy',
  'economyName',
  'economyLabel',
  'economyFromM49',
  'economyFromComtradeCode',
  'getProvince',
  'listProvinces',
  'commodityName',
  'hsCodeAt',
  'rollUpCommodities',
  'mirrorFlows',
] as const;

/** Each reader given every hostile value and generated ones. */
export function readers(): HostileCase[] {
  const inputs = [
    ...hostileValues(),
    ...sample(anyValue, 1203, 10),
    ...sample(fc.jsonValue(), 1204, 10),
  ];
  const described = inputs.map((input) => describeInput(input));
  return READERS.flatMap((name) => {
    const read = (core as unknown as Record<string, (input: unknown) => unknown>)[name];
    return inputs.map(
      (input, index): HostileCase => ({
        kind: 'call',
        description: `${name}(${described[index]})`,
        run: () => {
          if (typeof read !== 'function') throw new Error(`${name} is no longer exported`);
          return read(input);
        },
      }),
    );
  });
}
