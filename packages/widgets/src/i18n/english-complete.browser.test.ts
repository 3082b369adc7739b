import { expect, it } from 'vitest';
import { errorEvent, mount } from '../__tests__/helpers.js';
// Every element's module: each adds its English words when it loads.
import '../all.js';
import { balanceWords } from './balance-words.js';
import { dashboardWords } from './dashboard-words.js';
import { failureWords } from './failure-words.js';
import { gatesWords } from './gates-words.js';
import { messagesFor } from './messages.js';
import { vi } from './messages-vi.js';
import { targetWords } from './target-words.js';

it('has each element’s English words once its module has loaded, the error state’s once a failure has drawn, and every word of the other languages', async () => {
  expect(messagesFor('en')).not.toHaveProperty('failed');
  await errorEvent(mount('<bilateral-growth dataset="atlantis"></bilateral-growth>'));
  const english = messagesFor('en');
  for (const words of [balanceWords, targetWords, gatesWords, dashboardWords, failureWords]) {
    expect(english).toMatchObject(words);
  }
  // English has no translations of the data's texts (those are the data's own words), nor a
  // sentence for an implied value (the core's own note is English), nor words of amounts (the
  // core's `writeMoney` has English's; the script-tag bundle's gets the others' with them).
  const { translations: _, impliedBase: __, money: ___, ...words } = vi;
  expect(Object.keys(english ?? {}).sort()).toEqual(Object.keys(words).sort());
});
