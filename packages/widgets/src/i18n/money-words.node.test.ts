import type { MoneyWords } from '@bilateral/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadedMessages } from './loaded-messages.js';
import type { Messages } from './messages.js';
import { MONEY_WORDS } from './money-words.js';

/** A language's words, as its messages chunk carries them. */
const WORDS: MoneyWords = { scales: [] };

afterEach(() => {
  delete loadedMessages.vi;
});

describe('MONEY_WORDS of the script-tag bundle', () => {
  it('gives a language’s words once its messages have loaded, and throws before', () => {
    expect(() => MONEY_WORDS.vi).toThrow('Bilateral: the vi messages have not loaded');
    loadedMessages.vi = { money: WORDS } as Messages;
    expect(MONEY_WORDS.vi).toBe(WORDS);
    expect(() => MONEY_WORDS.zh).toThrow('Bilateral: the zh messages have not loaded');
  });

  it('is the record its type says: its three languages, and nothing else', () => {
    expect('zh' in MONEY_WORDS).toBe(true);
    expect(Object.keys(MONEY_WORDS)).toEqual(['vi', 'lo', 'zh']);
    expect('en' in MONEY_WORDS).toBe(false);
    // Not a language: what any object answers, not a throw about messages.
    const record = MONEY_WORDS as unknown as Record<PropertyKey, unknown>;
    expect(record.then).toBeUndefined();
    expect(record.en).toBeUndefined();
    expect(`${MONEY_WORDS}`).toBe('[object Object]');
  });

  it('can be awaited (a thenable check reads `then`)', async () => {
    expect(await Promise.resolve(MONEY_WORDS)).toBe(MONEY_WORDS);
  });

  it('cannot be written', () => {
    expect(() => {
      (MONEY_WORDS as { vi: unknown }).vi = WORDS;
    }).toThrow(TypeError);
  });
});
