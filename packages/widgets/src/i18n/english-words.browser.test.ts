import { expect, it } from 'vitest';
// The growth element alone: what a growth page has (english-complete.browser.test.ts loads all).
import '../elements/growth.js';
import { balanceWords } from './balance-words.js';
import { dashboardWords } from './dashboard-words.js';
import { gatesWords } from './gates-words.js';
import { messagesFor } from './messages.js';
import { targetWords } from './target-words.js';

it('the growth element brings none of the other elements’ English words', () => {
  for (const words of [balanceWords, targetWords, gatesWords, dashboardWords]) {
    for (const key of Object.keys(words)) expect(messagesFor('en')).not.toHaveProperty(key);
  }
});
