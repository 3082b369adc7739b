import type { BorderCrossing } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { $, errorEvent, loadEvent, mount, openTable, shadow, text } from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

// A file of its own: no embedded dataset is read here, so the crossing rules are not loaded when
// the first test starts, and the element has to load them (with the validator chunk).

const rows = (element: Element) =>
  [...shadow(element).querySelectorAll('table:first-of-type tbody tr')].map(text);

/** Vietnam–Laos with its first crossing's Vietnamese side in a class no system has. */
async function withOddClass() {
  const { vietnamLaos } = await import('@bilateral/core');
  const [first, ...rest] = vietnamLaos.crossings;
  if (first === undefined) throw new Error('Vietnam–Laos lists crossings');
  const odd: BorderCrossing = {
    ...first,
    sides: [{ ...first.sides[0], class: 'odd' }, first.sides[1]],
  };
  return { vietnamLaos, bad: { ...vietnamLaos, crossings: [odd, ...rest] } };
}

describe("<bilateral-gates> on a page's own Dataset", () => {
  it('checks its crossings with the core rules: a class no system has is an error, as before', async () => {
    const { bad } = await withOddClass();
    const element = mount<BilateralGates>('<bilateral-gates></bilateral-gates>');
    const failed = errorEvent(element);
    element.data = bad;
    const { detail } = await failed;
    expect(detail.reason).toBe('compute');
    expect(detail.error.code).toBe('UNKNOWN_CLASS');
    // From the document's root, as `crossings[0].sides[0].class` of a document's error (h397).
    expect(detail.error.issues[0]?.path).toEqual(['crossings', 0, 'sides', 0, 'class']);
    expect(String(detail.error)).toMatch(/\]: crossings\[0\]\.sides\[0\]\.class: /);
    // The page's data is at fault, not the chart's settings: the alert says so (h414).
    await element.updateComplete;
    expect(text($(element, '[part=error] span'))).toBe(
      'Part of the data given to this chart is not valid.',
    );
  });

  it('says the settings do not fit only when an attribute is at fault, in each language (h414)', async () => {
    const { vietnamLaos, bad } = await withOddClass();
    const sentence = async (attributes: string, data: BilateralGates['data']) => {
      const element = mount<BilateralGates>(`<bilateral-gates ${attributes}></bilateral-gates>`);
      const failed = errorEvent(element);
      element.data = data;
      await failed;
      await element.updateComplete;
      return text($(element, '[part=error] span'));
    };
    expect(await sentence('locale="vi"', bad)).toBe(
      'Một phần dữ liệu được cung cấp cho biểu đồ này không hợp lệ.',
    );
    expect(await sentence('gate-class="nope"', { ...vietnamLaos })).toBe(
      'The chart’s settings do not fit the figures it was given.',
    );
    expect(await sentence('gate-class="nope" locale="zh"', { ...vietnamLaos })).toBe(
      '图表的设置与所提供的数据不符。',
    );
  });

  it('names a bad official count from the document’s root, as parseDataset does (h408)', async () => {
    const { vietnamLaos } = await import('@bilateral/core');
    const [count] = vietnamLaos.crossingCounts;
    if (count === undefined) throw new Error('Vietnam–Laos has official counts');
    const element = mount<BilateralGates>('<bilateral-gates></bilateral-gates>');
    const failed = errorEvent(element);
    element.data = { ...vietnamLaos, crossingCounts: [count, { ...count, counts: { main: -1 } }] };
    const { detail } = await failed;
    expect(detail.error.code).toBe('INVALID_INPUT');
    expect(detail.error.issues).toEqual([
      {
        path: ['crossingCounts', 1, 'counts', 'main'],
        message: 'must be a whole number 0 or more, found a number (-1)',
      },
    ]);
  });

  it('draws a valid one as it draws the embedded data', async () => {
    const { vietnamLaos } = await import('@bilateral/core');
    const element = mount<BilateralGates>('<bilateral-gates></bilateral-gates>');
    const loaded = loadEvent(element);
    element.data = { ...vietnamLaos };
    await loaded;
    await element.updateComplete;
    // The load event waited for the rules: the figure is drawn when it fires.
    expect(text($(element, '[part=summary]'))).toMatch(/^28 crossings are listed/);
    await openTable(element);
    expect(rows(element)).toEqual([
      'international border gate 9 9 0',
      'main (bilateral) border gate 6 6 0',
      'secondary (local) border gate 13 18 5',
      'border opening 0 27 27',
    ]);
  });
});
