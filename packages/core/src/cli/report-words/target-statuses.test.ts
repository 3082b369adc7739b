import { describe, expect, it } from 'vitest';
import {
  TARGET_STATUS_WORDS_LO,
  TARGET_STATUS_WORDS_VI,
  TARGET_STATUS_WORDS_ZH,
} from '../../targets/index.js';
import { REPORT_WORDS } from './index.js';

describe("the report's target statuses", () => {
  it('are the target card’s words (the core’s TARGET_STATUS_WORDS_*), Vietnamese in lower case after a colon', () => {
    expect(REPORT_WORDS.lo.statuses).toBe(TARGET_STATUS_WORDS_LO);
    expect(REPORT_WORDS.zh.statuses).toBe(TARGET_STATUS_WORDS_ZH);
    expect(REPORT_WORDS.vi.statuses).toEqual({
      ahead: 'vượt tiến độ',
      'on-track': 'đúng tiến độ',
      'at-risk': 'có nguy cơ không đạt',
      behind: 'chậm tiến độ',
      met: 'đạt',
      missed: 'không đạt',
      'awaiting-data': 'chờ số liệu',
    });
    expect(TARGET_STATUS_WORDS_VI.ahead).toBe('Vượt tiến độ');
  });
});
