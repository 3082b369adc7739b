import {
  BALANCE_MEASURE_WORDS_LO,
  BALANCE_MEASURE_WORDS_VI,
  BALANCE_MEASURE_WORDS_ZH,
  FLOW_MARK_WORDS_LO,
  FLOW_MARK_WORDS_VI,
  FLOW_MARK_WORDS_ZH,
  FLOW_MEASURE_WORDS_LO,
  FLOW_MEASURE_WORDS_VI,
  FLOW_MEASURE_WORDS_ZH,
  TARGET_STATUS_WORDS_LO,
  TARGET_STATUS_WORDS_VI,
  TARGET_STATUS_WORDS_ZH,
  TRADE_POSITION_WORDS_LO,
  TRADE_POSITION_WORDS_VI,
  TRADE_POSITION_WORDS_ZH,
  UNKNOWN_CROSSING_CLASS_LO,
  UNKNOWN_CROSSING_CLASS_VI,
  UNKNOWN_CROSSING_CLASS_ZH,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { balanceWords } from './balance-words.js';
import { dashboardWords } from './dashboard-words.js';
import { failureWords } from './failure-words.js';
import { gatesWords } from './gates-words.js';
import { type Messages, messagesFor } from './messages.js';
import { lo } from './messages-lo.js';
import { vi } from './messages-vi.js';
import { zh } from './messages-zh.js';
import { targetWords } from './target-words.js';

/** The words an element's module adds to the English, and those the error state's alert adds. */
const elementWords = { balanceWords, targetWords, gatesWords, dashboardWords, failureWords };
/**
 * The keys of a language's messages, without the optional ones (Chinese spans of months,
 * translations, the words of an implied value English leaves in the core's words, and the
 * script-tag bundle's words of amounts, English's in the core).
 */
const OPTIONAL = ['monthSpan', 'translations', 'impliedBase', 'money'];
const keys = (messages: object) =>
  Object.keys(messages)
    .filter((key) => !OPTIONAL.includes(key))
    .sort();

describe('the English messages', () => {
  it('are the shared words, each element’s words and the error state’s: every key of the other languages, once', () => {
    const shared = keys(messagesFor('en') ?? {});
    const parts = [shared, ...Object.values(elementWords).map(keys)];
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length); // no word in two parts
    for (const other of [vi, lo, zh]) expect(all.sort()).toEqual(keys(other));
  });

  it('carry none of an element’s own words (nor the error state’s) until its module adds them', () => {
    // This file imports no element: the English here is what every page carries.
    const english = messagesFor('en');
    for (const words of Object.values(elementWords)) {
      for (const key of Object.keys(words)) expect(english).not.toHaveProperty(key);
    }
  });
});

describe('the other languages', () => {
  it('each write the core’s note on an implied value (English shows the core’s words)', () => {
    for (const other of [vi, lo, zh]) expect(other.impliedBase?.('2017', '8.5')).toContain('2017');
    expect(messagesFor('en')?.impliedBase).toBeUndefined();
  });

  it('name the hollow points with the words the tips mark their values with', () => {
    // vi said 'ước tính' (a publisher's estimate) in the legend after the tips said 'chưa chắc chắn'.
    for (const m of [messagesFor('en'), vi, lo, zh]) {
      expect(m?.hollow).toContain(m?.uncertain);
      expect(m?.hollow).toContain(m?.derived);
    }
  });

  it('name a target’s statuses with the core’s words, which `bilateral report --locale` writes', () => {
    expect(vi.statuses).toBe(TARGET_STATUS_WORDS_VI);
    expect(lo.statuses).toBe(TARGET_STATUS_WORDS_LO);
    expect(zh.statuses).toBe(TARGET_STATUS_WORDS_ZH);
  });
});

describe('the words the report writes too', () => {
  const core = [
    [
      vi,
      TRADE_POSITION_WORDS_VI,
      BALANCE_MEASURE_WORDS_VI,
      FLOW_MEASURE_WORDS_VI,
      FLOW_MARK_WORDS_VI,
      UNKNOWN_CROSSING_CLASS_VI,
    ],
    [
      lo,
      TRADE_POSITION_WORDS_LO,
      BALANCE_MEASURE_WORDS_LO,
      FLOW_MEASURE_WORDS_LO,
      FLOW_MARK_WORDS_LO,
      UNKNOWN_CROSSING_CLASS_LO,
    ],
    [
      zh,
      TRADE_POSITION_WORDS_ZH,
      BALANCE_MEASURE_WORDS_ZH,
      FLOW_MEASURE_WORDS_ZH,
      FLOW_MARK_WORDS_ZH,
      UNKNOWN_CROSSING_CLASS_ZH,
    ],
  ] as const;

  it('are the core’s: a balance’s positions, the measures’ names, a flow’s marks, the unknown class', () => {
    for (const [m, positions, balance, measures, marks, unknownClass] of core) {
      expect(m.positionNames).toMatchObject(positions);
      expect(m).toMatchObject({ ...balance, ...measures, ...marks, unknownClass });
    }
  });

  it('keep the balance sentence’s positions as their own text (balanced trade differs in vi and zh)', () => {
    expect(lo.positions).toEqual(TRADE_POSITION_WORDS_LO);
    expect(vi.positions).toEqual({ ...TRADE_POSITION_WORDS_VI, balanced: 'cân bằng thương mại' });
    expect(zh.positions).toEqual({ ...TRADE_POSITION_WORDS_ZH, balanced: '收支平衡' });
    expect([vi, lo, zh].map((m) => m.positionNames.unknown)).toEqual(['chưa rõ', 'ບໍ່ແນ່ນອນ', '不明']);
  });
});

describe('the English subject', () => {
  it('writes a name ending in s in the possessive with the apostrophe alone, as the report does', () => {
    const en = messagesFor('en') as Messages;
    expect(en.subject('exports', 'Laos', 'Vietnam')).toBe('Laos’ exports to Vietnam');
    expect(en.subject('imports', 'Vietnam', 'Laos')).toBe('Vietnam’s imports from Laos');
    expect(en.subject('turnover', 'Laos', 'Vietnam')).toBe('Laos–Vietnam turnover');
  });
});

describe('the English sentences’ verbs', () => {
  const en = messagesFor('en') as Messages;

  it('agree with a measure: turnover is one thing, exports and imports are several', () => {
    expect(en.was('Laos’ exports to Vietnam', 'US$565 million', 'H1/2023', 'exports')).toBe(
      'Laos’ exports to Vietnam were US$565 million in H1/2023.',
    );
    expect(en.was('Laos’ imports from Vietnam', 'US$267 million', 'H1/2023', 'imports')).toBe(
      'Laos’ imports from Vietnam were US$267 million in H1/2023.',
    );
    expect(en.was('Vietnam–Laos turnover', 'US$2.98 billion', '2025', 'turnover')).toBe(
      'Vietnam–Laos turnover was US$2.98 billion in 2025.',
    );
    // The target card's sentence past its band speaks of the card's measure.
    expect(targetWords.cushion('31.4 %', 2025, 'turnover')).toBe(
      'On course for the target in 2025 unless it falls by more than 31.4 % a year.',
    );
    expect(targetWords.cushion('31.4 %', 2025, 'exports')).toBe(
      'On course for the target in 2025 unless they fall by more than 31.4 % a year.',
    );
    expect(targetWords.cushion('31.4 %', 2025, 'imports')).toContain(' unless they fall ');
  });

  it('agree with a count of crossings: one is, two are', () => {
    expect(gatesWords.officialSentence(1, 18, 'Mar 5, 2024')).toBe(
      'The official count of Mar 5, 2024 has 18; 1 is listed.',
    );
    expect(gatesWords.officialSentence(13, 18, 'Mar 5, 2024')).toBe(
      'The official count of Mar 5, 2024 has 18; 13 are listed.',
    );
    expect(gatesWords.asAtSentence('Dec 31, 2024', 1)).toBe(
      'Classes as on Dec 31, 2024; 1 has no dated record and is shown as last recorded.',
    );
    expect(gatesWords.asAtSentence('Dec 31, 2024', 2)).toBe(
      'Classes as on Dec 31, 2024; 2 have no dated record and are shown as last recorded.',
    );
    expect(gatesWords.asAtSentence('Dec 31, 2024', 0)).toBe('Classes as on Dec 31, 2024.');
  });
});
