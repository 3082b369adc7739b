import { parsePeriod } from '@bilateral/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriodLabel } from './format.js';
import { loadMessages } from './messages.js';

beforeAll(() => Promise.all(['vi', 'lo', 'zh'].map(loadMessages)));

afterEach(() => document.body.replaceChildren());

const LOCALES = ['en', 'vi', 'lo', 'zh'] as const;
/** A year to date, a span across years, one within a year. */
const SPANS = ['2025-01/2025-07', '2023-11/2024-02', '2024-03/2024-09'];

/**
 * The widths from 40 to 320 px (a 280 px card's text is narrower) at which `label`, inside a
 * sentence, takes more than one line of a paragraph that wraps as the elements' text does.
 */
function widthsBreaking(label: string): number[] {
  const paragraph = document.createElement('p');
  paragraph.style.cssText = 'font: 15px system-ui, sans-serif; margin: 0';
  const span = document.createElement('span');
  span.textContent = label;
  paragraph.append('Vietnam had a deficit with Laos in ', span, '. Exports covered 50 %.');
  document.body.append(paragraph);
  const breaking: number[] = [];
  for (let width = 40; width <= 320; width += 2) {
    paragraph.style.width = `${width}px`;
    if (span.getClientRects().length > 1) breaking.push(width);
  }
  paragraph.remove();
  return breaking;
}

describe('a span of months on a page', () => {
  it.each(LOCALES)('never breaks across lines at any width (%s)', (locale) => {
    for (const text of SPANS) {
      const label = formatPeriodLabel(parsePeriod(text), locale);
      expect([label, widthsBreaking(label)]).toEqual([label, []]);
    }
  });

  it('would break after the dash with no-break spaces alone (UAX #14 LB12a), so the joiners matter', () => {
    const label = formatPeriodLabel(parsePeriod('2025-01/2025-07'), 'vi').replaceAll('\u2060', '');
    expect(widthsBreaking(label)).not.toEqual([]);
  });
});
