import { describe, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, expectAccessible, mountLoaded } from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

/** Each filter's label text and select, as drawn (px, rounded to a tenth). */
function filterBoxes(element: Element) {
  const filters = $(element, '[part=filters]');
  const box = (node: Element | null) => {
    const { left, right, top, bottom, width } = (node as Element).getBoundingClientRect();
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      left: round(left),
      right: round(right),
      top: round(top),
      bottom: round(bottom),
      width: round(width),
    };
  };
  return {
    filters: box(filters),
    each: [...filters.querySelectorAll('label')].map((label) => ({
      text: box(label.querySelector('span')),
      select: box(label.querySelector('select')),
    })),
  };
}

/**
 * What is wrong with the filters' layout at each width the element is made, 240 to 1,240 px:
 * each label's text beside its own select, on the select's line; the two filters side by side,
 * or stacked with their texts at one left edge and their selects at another, equally wide;
 * nothing past the filters' right edge. None: they line up at every width.
 */
function misalignments(element: BilateralGates): string[] {
  const found: string[] = [];
  const frame = element.parentElement as HTMLElement;
  for (let width = 240; width <= 1240; width += 8) {
    frame.style.width = `${width}px`;
    const { filters, each } = filterBoxes(element);
    const [first, second] = each;
    if (first === undefined || second === undefined) throw new Error('two filters expected');
    for (const { text, select } of each) {
      if (text.right > select.left || text.bottom <= select.top || text.top >= select.bottom) {
        found.push(`${width}px: a label is not beside its select`);
      }
      if (select.right > filters.right + 0.5) found.push(`${width}px: a select overflows`);
    }
    if (second.select.top >= first.select.bottom) {
      if (second.text.left !== first.text.left) found.push(`${width}px: labels' left edges differ`);
      if (second.select.left !== first.select.left) {
        found.push(`${width}px: selects' left edges ${first.select.left} ≠ ${second.select.left}`);
      }
      if (second.select.width !== first.select.width) {
        found.push(`${width}px: selects' widths ${first.select.width} ≠ ${second.select.width}`);
      }
    } else if (second.text.left <= first.select.right || second.select.top !== first.select.top) {
      found.push(`${width}px: neither stacked nor side by side`);
    }
  }
  return found;
}

/**
 * The selects of the filters too narrow for their choice: each as "<choice>: <width> < <needed>
 * px", the width a select needs being that of a copy holding only its selected option.
 */
function clippedChoices(element: Element): string[] {
  return [...$(element, '[part=filters]').querySelectorAll('select')].flatMap((select) => {
    const option = select.selectedOptions[0] as HTMLOptionElement;
    const copy = select.cloneNode(false) as HTMLSelectElement;
    copy.append(option.cloneNode(true));
    copy.style.cssText = 'position: absolute; width: auto; max-width: none';
    select.after(copy);
    const needed = copy.getBoundingClientRect().width;
    copy.remove();
    const { width } = select.getBoundingClientRect();
    return width + 0.5 < needed
      ? [`${option.textContent}: ${Math.round(width)} < ${Math.round(needed)} px`]
      : [];
  });
}

const stacked = (element: Element) => {
  const [first, second] = filterBoxes(element).each;
  return (second?.select.top ?? 0) >= (first?.select.bottom ?? 0);
};

describe('<bilateral-gates> filters', () => {
  it.each(
    ['vietnam-laos', 'laos-china'].flatMap((dataset) =>
      ['en', 'vi', 'lo', 'zh'].map((locale) => [dataset, locale]),
    ),
  )('line up when they wrap: %s in %s', async (dataset, locale) => {
    // Seen at 280 and 390 px in English: "Class" with a 201 px select at 45 px, "Province" with
    // a 159 px one at 70 px; in Lao the second select started left of the first.
    const element = await mountLoaded<BilateralGates>(
      `<bilateral-gates dataset="${dataset}" locale="${locale}" lang="${locale}"></bilateral-gates>`,
      1240,
    );
    expect(misalignments(element)).toEqual([]);
    // Stacked in a phone's width, side by side where there is room.
    const frame = element.parentElement as HTMLElement;
    frame.style.width = '390px';
    expect(stacked(element)).toBe(true);
    frame.style.width = '768px';
    expect(stacked(element)).toBe(false);
  });

  it('keeps each select named by its label, in reading order, when stacked', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
      280,
    );
    const selects = [...$(element, '[part=filters]').querySelectorAll('select')];
    const names = selects.map((select) => select.labels?.[0]?.querySelector('span')?.textContent);
    expect(names).toEqual(['Class', 'Province']);
    // The keyboard goes from the class to the province.
    selects[0]?.focus();
    await userEvent.tab();
    expect(element.shadowRoot?.activeElement).toBe(selects[1]);
    await expectAccessible(element);
  });
  it.each(['en', 'vi', 'lo', 'zh'].flatMap((locale) => [280, 390].map((width) => [locale, width])))(
    'shows each select’s choice whole with text at twice its size (%s, %s px wide)',
    async (locale, width) => {
      // Seen in English: "All cla▾", "All pro▾" (175 px of the 226 and 265 px they need, each
      // beside its label); Vietnamese 242 of 292 and 297 px. At 280 px, stacked, a select's
      // line is 198 px: "All classe▾", "All provir▾", Vietnamese "Tất cả cá▾" (a native
      // select's text does not wrap). The label above names what it filters ("Province"),
      // so the choice for no filter is "All" ("Tất cả", "ທັງໝົດ", "全部").
      document.documentElement.style.fontSize = '32px';
      onTestFinished(() => {
        document.documentElement.style.fontSize = '';
      });
      const element = await mountLoaded<BilateralGates>(
        `<bilateral-gates dataset="vietnam-laos" locale="${locale}"></bilateral-gates>`,
        Number(width),
      );
      expect(clippedChoices(element)).toEqual([]);
    },
  );
});
