import { serializeDataset, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { $, LOADS, loadEvent, mount, plainText } from '../__tests__/helpers.js';
import './balance.define.js';
import './growth.define.js';
import type { BilateralBalance } from './balance.js';
import type { BilateralGrowth } from './growth.js';

/**
 * The Vietnam–Laos document with the Philippines for Vietnam and the United States for Laos: two
 * names English writes with "the" in a sentence, which no data file names (the elements take them
 * from the core's table of every economy, loaded on demand).
 */
function philippinesUnitedStates() {
  const document = serializeDataset(vietnamLaos);
  const code = (economy: string) => ({ VNM: 'PHL', LAO: 'USA' })[economy] ?? economy;
  return {
    ...document,
    flows: document.flows.map((flow) => ({
      ...flow,
      reporter: code(flow.reporter),
      partner: code(flow.partner),
    })),
    statements: [],
    targets: [],
    crossings: [],
    facilities: [],
  };
}

/** Mounts `markup` with the document above, waits for its names, and gives its title and summary. */
async function titleAndSummary(markup: string): Promise<[string, string]> {
  const element = mount<BilateralGrowth | BilateralBalance>(markup, 390);
  const loaded = loadEvent(element);
  element.data = philippinesUnitedStates() as BilateralGrowth['data'];
  await loaded;
  // The names come with the core's table, a chunk of its own: the codes until it arrives.
  await expect.poll(() => plainText($(element, '[part=title]')), LOADS).toMatch(/Philippines/);
  await element.updateComplete;
  return [plainText($(element, '[part=title]')), plainText($(element, '[part=summary]'))];
}

describe('English sentences name economies as running text writes them', () => {
  it('writes "The Philippines’ exports to the United States" in a growth chart', async () => {
    const [title, summary] = await titleAndSummary(
      '<bilateral-growth reporter="PHL" partner="USA" measure="export"></bilateral-growth>',
    );
    expect(title).toBe('The Philippines’ exports to the United States');
    expect(summary).toMatch(/^The Philippines’ exports to the United States (rose|fell) from /);
  });

  it('keeps a turnover pair and other languages bare', async () => {
    const [title, summary] = await titleAndSummary(
      '<bilateral-growth reporter="PHL" partner="USA" measure="turnover"></bilateral-growth>',
    );
    expect(title).toBe('Philippines–United States turnover');
    expect(summary).toMatch(/^Philippines–United States turnover (rose|fell) from /);
    const [vi] = await titleAndSummary(
      '<bilateral-growth reporter="PHL" partner="USA" measure="export" locale="vi" lang="vi"></bilateral-growth>',
    );
    expect(vi).not.toMatch(/\bthe\b/i);
  });

  it('writes "The Philippines had … with the United States" in a balance', async () => {
    const [title, summary] = await titleAndSummary(
      '<bilateral-balance reporter="PHL" partner="USA" view="card"></bilateral-balance>',
    );
    expect(title).toMatch(/^Philippines–United States /);
    expect(summary).toMatch(
      /^The Philippines (had an? \S+ (of .+ )?with the United States|’ balance with the United States) in /,
    );
  });
});
