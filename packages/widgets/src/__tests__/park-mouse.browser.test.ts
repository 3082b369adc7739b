import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';

/** A box at the top left of the page, where the tests' elements are drawn. */
function box(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'position:absolute;left:0;top:0;width:300px;height:300px';
  document.body.append(element);
  return element;
}

let hovered: HTMLElement | undefined;

test('a test may leave the real mouse over an element', async () => {
  hovered = box();
  await userEvent.hover(hovered);
  expect(hovered.matches(':hover')).toBe(true);
});

test('the next test starts with the mouse out of the page (the setup file parks it)', () => {
  // Still in the page, where the previous test's hover left the mouse.
  expect(hovered?.isConnected).toBe(true);
  expect(hovered?.matches(':hover')).toBe(false);
  expect(document.querySelectorAll(':hover')).toHaveLength(0);
  hovered?.remove();
});
