import { expect, it } from 'vitest';
import { balanceWords } from './balance-words.js';
import { dashboardWords } from './dashboard-words.js';
import { gatesWords } from './gates-words.js';
import { messagesFor } from './messages.js';
import { vi } from './messages-vi.js';
import { targetWords } from './target-words.js';

const english = () => messagesFor('en') as object;

it('each element’s module adds its own English words, and the growth element none of the others’', async () => {
  await import('../elements/growth.js');
  for (const words of [balanceWords, targetWords, gatesWords, dashboardWords]) {
    for (const key of Object.keys(words)) expect(english()).not.toHaveProperty(key);
  }
  const modules = [
    [() => import('../elements/balance.js'), balanceWords],
    [() => import('../elements/target.js'), targetWords],
    [() => import('../elements/gates.js'), gatesWords],
    [() => import('../elements/dashboard.js'), dashboardWords],
  ] as const;
  for (const [load, words] of modules) {
    await load();
    expect(english()).toMatchObject(words);
  }
  // With every element loaded, English has every word the other languages have (English has no
  // translations of the data's texts: those are the data's own words).
  const { translations: _, ...words } = vi;
  expect(Object.keys(english()).sort()).toEqual(Object.keys(words).sort());
});
