import { datasetFromCheckedCompact, toCompactDataset, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { withCell } from '../../../core/src/dataset/__fixtures__/dataset-cells.js';
import { $, loadEvent, mount, plainText, shadow } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import type { BilateralBalance } from '../elements/balance.js';
import '../elements/growth.define.js';
import type { BilateralGrowth } from '../elements/growth.js';

/**
 * Vietnam–Laos as a compact file `toCompactDataset` did not write gives it: Laos' exports to
 * Vietnam in H1 2023 published "US$565 million", truncated, without `bound` (the Dataset type
 * requires one; `datasetFromCheckedCompact` takes the file as it is).
 */
function unrecorded() {
  const index = vietnamLaos.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
  const at = ['statements', index, 'amount'];
  const file = withCell(
    withCell(toCompactDataset(vietnamLaos), [...at, 'text'], 'US$565 million'),
    [...at, 'bound'],
    null,
  );
  const dataset = datasetFromCheckedCompact(JSON.parse(JSON.stringify(file)));
  expect(dataset.statements[index]).not.toHaveProperty('amount.bound');
  return dataset;
}

async function drawn<E extends BilateralGrowth | BilateralBalance>(markup: string): Promise<E> {
  const element = mount<E>(markup);
  const loaded = loadEvent(element);
  element.data = unrecorded() as E['data'];
  await loaded;
  await element.updateComplete;
  return element;
}

describe('a truncated figure a compact file records no bound for', () => {
  it('is "more than" its figure in the growth chart', async () => {
    const element = await drawn<BilateralGrowth>(
      '<bilateral-growth reporter="LAO" partner="VNM" measure="export" period-kind="half"></bilateral-growth>',
    );
    expect(plainText($(element, '[part=summary]'))).toContain('more than US$565 million');
  });

  it('is "more than" its figure on the balance card’s exports bar', async () => {
    const element = await drawn<BilateralBalance>(
      '<bilateral-balance reporter="LAO" partner="VNM"></bilateral-balance>',
    );
    const labels = [...shadow(element).querySelectorAll('svg text')].map(plainText);
    expect(labels).toContain('more than US$565 million');
  });
});
