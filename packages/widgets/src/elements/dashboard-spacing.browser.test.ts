import { expect, it } from 'vitest';
import { $, type AnyElement, drawn } from '../__tests__/helpers.js';
import { placeholderStylesheet } from '../styles/placeholder-stylesheet.js';

// The elements are defined in the test (not imported at this file's top): each is measured first
// as an unknown tag under the placeholder stylesheet.

/** An element in a box of that width, text size and spacing, out of view (it keeps loading). */
function mounted(tag: string, width: number, size: number, spacing: string) {
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;top:200000px;width:${width}px;font:${size}px system-ui,sans-serif;--bilateral-spacing:${spacing}`;
  box.innerHTML = `<bilateral-${tag} src="/__bilateral__/slow.json"></bilateral-${tag}>`;
  document.body.append(box);
  return {
    name: `${tag} ${spacing} at ${width} px, text ${size} px`,
    element: box.firstElementChild as AnyElement,
  };
}

/**
 * The limit docs/widgets.md states for `--bilateral-spacing` (Theming): the placeholder
 * stylesheet lays the dashboard's grid out for the default spacing across, while the grid
 * changes columns at 40em + spacing and 60em + 2 × spacing of content and pads its panels by the
 * spacing. Up to 30em of content (one column, panels without side padding) and in the other
 * elements, it follows any spacing; past it, with another spacing, the dashboard's placeholder
 * can hold another layout's height.
 */
it('follows --bilateral-spacing but in a dashboard wider than 30em, where it holds the default spacing’s columns', async () => {
  const style = document.createElement('style');
  style.textContent = placeholderStylesheet();
  document.head.append(style);
  document.body.replaceChildren();
  const followed = [
    ...['0.5rem', '2rem'].flatMap((spacing) =>
      [280, 390].flatMap((width) =>
        [13, 16, 20].map((size) => mounted('dashboard', width, size, spacing)),
      ),
    ),
    ...['growth', 'gates'].flatMap((tag) =>
      [390, 768, 1200].map((width) => mounted(tag, width, 16, '2rem')),
    ),
  ];
  // 16 px text, 2rem: content 41em to 42em wide (730 px: 664 px) has one column where the
  // stylesheet held two; 0.5rem: content 40.5em to 41em wide (670 px: 652 px), two where it held one.
  const wider = mounted('dashboard', 730, 16, '2rem');
  const narrower = mounted('dashboard', 670, 16, '0.5rem');
  const all = [...followed, wider, narrower];
  const height = (element: Element) => element.getBoundingClientRect().height;
  const before = all.map(({ element }) => height(element));
  await Promise.all([
    import('./dashboard.define.js'),
    import('./growth.define.js'),
    import('./gates.define.js'),
  ]);
  await Promise.all(all.map(({ element }) => element.updateComplete));
  await drawn();
  const shifts = all.map(({ name, element }, i) => {
    expect(element.shadowRoot?.querySelector('[part=loading]'), name).not.toBeNull();
    return [name, height(element) - (before[i] as number)] as const;
  });
  expect(shifts.slice(0, followed.length).filter(([, shift]) => Math.abs(shift) > 1)).toEqual([]);
  const columns = (element: Element) =>
    getComputedStyle($(element, '[part=loading]')).gridTemplateColumns.split(' ').length;
  expect(columns(wider.element)).toBe(1);
  expect(shifts.at(-2)?.[1]).toBeGreaterThan(200);
  expect(columns(narrower.element)).toBe(2);
  expect(shifts.at(-1)?.[1]).toBeLessThan(-200);
  style.remove();
});
