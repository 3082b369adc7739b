import { describe, expect, it } from 'vitest';
import { $, loadEvent, mount } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import type { BilateralBalance } from '../elements/balance.js';

/** Vietnam's deficit with Laos in Jan – Sep 2024 and its surplus in 2017, as cards. */
const DEFICIT = 'dataset="vietnam-laos" period="2024-01/2024-09"';
const SURPLUS = 'dataset="vietnam-laos" period="2017"';

/**
 * The file's first element loads its modules and the dataset through Vite's dev server, transformed
 * on demand: 7 s at load 12 on 2 cores, past the helpers' 5 s wait for an element. Each element here
 * gets 30 s and each test 60 s, so a cold start is not a failure.
 */
const LOAD_MS = 30_000;
const TEST_MS = 60_000;

/** The computed colour of a balance card's balance figure. */
async function balanceColour(attributes: string, style = ''): Promise<string> {
  const element = mount<BilateralBalance>(
    `<bilateral-balance ${attributes} style="${style}"></bilateral-balance>`,
  );
  await loadEvent(element, LOAD_MS);
  await element.updateComplete;
  return getComputedStyle($(element, '[part=figures] dd:first-of-type')).color;
}

describe('balanceColors: --bilateral-color-positive and --bilateral-color-negative', () => {
  it(
    'colour a deficit and a surplus as set on the element',
    async () => {
      const style = '--bilateral-color-negative: rgb(1, 2, 3); --bilateral-color-positive: #040506';
      expect(await balanceColour(DEFICIT, style)).toBe('rgb(1, 2, 3)');
      expect(await balanceColour(SURPLUS, style)).toBe('rgb(4, 5, 6)');
    },
    TEST_MS,
  );

  it(
    'default to the documented colours, light and dark',
    async () => {
      expect(await balanceColour(`${DEFICIT} theme="light"`)).toBe('rgb(196, 41, 28)'); // #c4291c
      expect(await balanceColour(`${SURPLUS} theme="light"`)).toBe('rgb(26, 127, 55)'); // #1a7f37
      expect(await balanceColour(`${DEFICIT} theme="dark"`)).toBe('rgb(244, 112, 103)'); // #f47067
      expect(await balanceColour(`${SURPLUS} theme="dark"`)).toBe('rgb(63, 185, 80)'); // #3fb950
    },
    TEST_MS,
  );
});
