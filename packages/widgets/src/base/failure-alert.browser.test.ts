import { describe, expect, it } from 'vitest';
import { $, drawn, errorEvent, mount, shadow, TAGS } from '../__tests__/helpers.js';
import '../all.js';

// A failed element kept its loading reserve around its alert: 926 px for the target at 280 px
// (its alert 152), 749 px for the dashboard (one panel's reserve). An error is final: the element
// shrinks to its alert (one layout shift, docs/widgets.md).
describe('a failed element is as tall as its alert', () => {
  it.each(TAGS.flatMap((tag) => [280, 1200].map((width) => [tag, width] as const)))(
    '%s at %i px',
    async (tag, width) => {
      const element = mount(`<${tag} dataset="atlantis"></${tag}>`, width);
      await errorEvent(element);
      await element.updateComplete;
      await drawn();
      const alert = $(element, '[role=alert]').getBoundingClientRect().height;
      const figure = $(element, '[part=figure]').getBoundingClientRect().height;
      expect(Math.abs(figure - alert)).toBeLessThanOrEqual(1);
      // Nothing of the loading state is left; around the figure, the card's frame only.
      expect(shadow(element).querySelector('[part=loading], .placeholder')).toBeNull();
      expect(element.getBoundingClientRect().height - figure).toBeLessThan(3 * 16);
    },
  );
});
