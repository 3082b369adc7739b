import { describe, expect, it } from 'vitest';
import { publishedPercent } from './format-report.js';

describe('publishedPercent: a published rate as its source gave it', () => {
  it('keeps the published digits and writes the locale’s decimal separator (QA h120 F3)', () => {
    expect(publishedPercent('0.119', 1, 'en')).toBe('+11.9 %');
    expect(publishedPercent('0.085', 1, 'vi')).toBe('+8,5%');
    expect(publishedPercent('-0.0273', 2, 'lo')).toBe('\u22122,73%');
    expect(publishedPercent('0.24', 0, 'en')).toBe('+24 %');
  });

  it('keeps a trailing zero the source wrote: "32.70 %" (review h130 F10)', () => {
    expect(publishedPercent('0.327', 2, 'en')).toBe('+32.70 %');
    expect(publishedPercent('0.085', 2, 'vi')).toBe('+8,50%');
  });

  it('writes a rate of 0 with no sign (QA h120 F5)', () => {
    expect(publishedPercent('0', 0, 'en')).toBe('0 %');
    expect(publishedPercent('-0', 1, 'en')).toBe('0.0 %');
    expect(publishedPercent('0.001', 1, 'vi')).toBe('+0,1%');
  });
});
