import { expect, it } from 'vitest';
// Every element's module: each adds its English words when it loads.
import '../elements/balance.js';
import '../elements/dashboard.js';
import '../elements/gates.js';
import '../elements/growth.js';
import '../elements/target.js';
import { balanceWords } from './balance-words.js';
import { dashboardWords } from './dashboard-words.js';
import { gatesWords } from './gates-words.js';
import { messagesFor } from './messages.js';
import { vi } from './messages-vi.js';
import { targetWords } from './target-words.js';

it('has each element’s English words once its module has loaded, and every word of the other languages', () => {
  const english = messagesFor('en');
  for (const words of [balanceWords, targetWords, gatesWords, dashboardWords]) {
    expect(english).toMatchObject(words);
  }
  // English has no translations of the data's texts: those are the data's own words.
  const { translations: _, ...words } = vi;
  expect(Object.keys(english ?? {}).sort()).toEqual(Object.keys(words).sort());
});
