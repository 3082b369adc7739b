/**
 * The end of issue 16's path: a dataset written by `bilateral fetch comtrade` drawn by
 * `<bilateral-growth src=…>`, Thailand–Cambodia.
 *
 * `__fixtures__/tha-khm-2015-2024.json` is the output of
 * `bilateral fetch comtrade --reporter THA --partner KHM --years 2015-2024 -o … --no-cache`
 * (no key, so the preview endpoint) run against the core's local stand-in for the UN Comtrade API
 * (`packages/core/src/io/__fixtures__/comtrade-server.ts`, `tableHandler` over `totalsRecord(764,
 * 116, 'X' | 'M', year, value)` records), never the internet: its values are INVENTED (exports
 * 2,810,000,000.5 in 2015 … 6,410,000,000.25 in 2024; imports 610,000,000 … 1,712,000,000.75),
 * and its source URL names the stand-in's address of that run. Written unchanged by the command.
 */
import { describe, expect, it } from 'vitest';
import { $, mountLoaded, openTable, shadow, text } from '../__tests__/helpers.js';
import './growth.define.js';
import type { BilateralGrowth } from './growth.js';

const FETCHED = new URL('./__fixtures__/tha-khm-2015-2024.json', import.meta.url).href;

describe('<bilateral-growth> on a dataset from bilateral fetch comtrade', () => {
  it('draws Thailand–Cambodia turnover from the fetched flows and names UN Comtrade as the source', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      `<bilateral-growth src="${FETCHED}" reporter="THA" partner="KHM"></bilateral-growth>`,
    );
    expect(text($(element, '[part=title]'))).toBe('Thailand–Cambodia turnover');
    // 2015: 2,810,000,000.5 + 610,000,000; 2024: 6,410,000,000.25 + 1,712,000,000.75.
    expect(text($(element, '[part=summary]'))).toBe(
      'Thailand–Cambodia turnover rose from US$3.42 billion in 2015 to US$8.12 billion in 2024.',
    );
    expect(shadow(element).querySelectorAll('circle.mark')).toHaveLength(10);
    await openTable(element);
    const rows = shadow(element).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    // 2016: 3,020,000,000 + 655,000,000 = 3,675,000,000, +7.5 % on 3,420,000,000.5.
    expect(text(rows[1] as Element)).toContain('2016 US$3.68 billion +7.5 %');
    expect(text($(element, '[part=footer]'))).toMatch(/^Source: UN Comtrade\b/);
  });

  it('draws the exports alone, exact to the half dollar the fetch kept', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      `<bilateral-growth src="${FETCHED}" reporter="THA" partner="KHM" measure="export" from="2023"></bilateral-growth>`,
    );
    expect(text($(element, '[part=summary]'))).toBe(
      'Thailand’s exports to Cambodia rose from US$5.98 billion in 2023 to US$6.41 billion in 2024.',
    );
  });
});
