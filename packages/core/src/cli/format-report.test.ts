import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset.js';
import { vietnamLaos } from '../datasets/index.js';
import { LOCALES } from '../economy/locale.js';
import { cover, formatReport, publishedPercent, reportPieces } from './format-report.js';
import { buildReport } from './report.js';

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

describe('cover: a coverage ratio to the digits the row gives it', () => {
  it('writes one decimal, or "about" it to the row’s coverageDigits', () => {
    expect(cover({ coverageRatio: '1.42372421281', coverageDigits: 4 }, 'vi')).toBe('142,4%');
    expect(cover({ coverageRatio: '0.4919', coverageDigits: 1 }, 'en')).toBe('about 50 %');
    expect(cover({ coverageRatio: '2.11610486891', coverageDigits: 3 }, 'en')).toBe('about 212 %');
    expect(cover({ coverageRatio: '0.891620111732', coverageDigits: null }, 'en')).toBe('89.2 %');
    expect(cover({ coverageRatio: null, coverageDigits: null }, 'en')).toBe('—');
  });
});

describe('reportPieces: the text report a piece at a time', () => {
  it('gives the text of formatReport in whole lines, a piece per trade table and the rest after', () => {
    const dataset: Dataset = {
      ...vietnamLaos,
      flows: [
        ...vietnamLaos.flows,
        ...vietnamLaos.flows.map((flow) => ({ ...flow, commodity: '1201' })),
      ],
    };
    for (const locale of LOCALES) {
      const report = buildReport(dataset, { locale });
      const pieces = [...reportPieces(report, locale, false, ['  after growth'])];
      expect(pieces).toHaveLength(report.trade.length + 1);
      expect(pieces.every((piece) => piece !== '' && !piece.endsWith('\n'))).toBe(true);
      // Each trade piece holds its one table (one rule under its header); the rest follows.
      const rules = pieces.map((piece) => piece.split('\n').filter((line) => /^ {2}─/.test(line)));
      for (const piece of rules.slice(0, -1)) expect(piece).toHaveLength(1);
      expect(pieces.at(-1)).toContain('\n  after growth\n');
      expect(pieces.join('\n')).toBe(formatReport(report, locale, false, ['  after growth']));
    }
  });
});
