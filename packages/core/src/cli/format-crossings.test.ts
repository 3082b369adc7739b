import { describe, expect, it } from 'vitest';
import { className } from './format-crossings.js';
import { REPORT_WORDS } from './report-words/index.js';

describe('className: a class of crossing as the report names it (h190)', () => {
  it('keeps the id in English, as the English report always wrote it', () => {
    expect(className('VNM', 'secondary', REPORT_WORDS.en)).toBe('secondary');
    expect(className('CHN', 'class-1-port', REPORT_WORDS.en)).toBe('class-1-port');
  });

  it('names it in the language, else in English as the widgets do, else by its id', () => {
    expect(className('VNM', 'secondary', REPORT_WORDS.vi)).toBe('cửa khẩu phụ');
    expect(className('VNM', 'international', REPORT_WORDS.zh)).toBe('国际口岸');
    expect(className('LAO', 'international', REPORT_WORDS.lo)).toBe('ດ່ານສາກົນ');
    // China's classes have no Lao names (was the id, "class-1-port").
    expect(className('CHN', 'class-1-port', REPORT_WORDS.lo)).toBe('class-I (national) port');
    expect(className('XXX', 'gate', REPORT_WORDS.vi)).toBe('gate');
  });

  it('writes the unknown class and the economic zones in the report’s words', () => {
    expect(className('LAO', 'unknown', REPORT_WORDS.lo)).toBe('ບໍ່ຮູ້ປະເພດ');
    expect(className('VNM', 'economic-zones', REPORT_WORDS.vi)).toBe('khu kinh tế cửa khẩu');
    expect(className('VNM', 'economic-zones', REPORT_WORDS.en)).toBe('economic-zones');
  });
});
