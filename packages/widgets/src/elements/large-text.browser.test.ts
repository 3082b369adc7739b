import { describe, expect, it, onTestFinished } from 'vitest';
import {
  type AnyElement,
  contentRight,
  mountLoaded,
  settled,
  shadow,
  TAGS,
} from '../__tests__/helpers.js';
import '../all.js';

/**
 * The text of an element's shadow tree (its panels' too) that runs past its card's content box on
 * the right: each line box's text and how many px it sticks out. Charts' SVG labels are not
 * counted (a chart keeps its labels inside its own box: elements.browser.test.ts), nor the text
 * drawn for screen readers only (`.sr-only`: clipped away). Not yet kept in (known, left), and
 * only these: a pair's name in a title, which never wraps (`keep-pair.ts`; "Việt Nam – Lào" 23 px
 * out, Lao "ຫວຽດນາມ – ລາວ" 33 px, in the dashboard's title; a pair's name in a summary or an
 * empty state's message is checked), and the balance card's amount, which never breaks inside
 * its phrase ("about −US$490 million" 63 px, "khoảng −490 triệu USD" 37 px, Lao 13 px). The
 * balance's position, which breaks between an economy and its position, is checked.
 */
function overflowing(element: AnyElement): string[] {
  const edge = contentRight(element);
  const found: string[] = [];
  const roots = [element, ...shadow(element).querySelectorAll('[part]')]
    .filter((node) => node.shadowRoot !== null)
    .map(shadow);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (
        node.parentElement?.closest(
          'svg, .sr-only, [part=title] .pair, [part=figures] div:first-child dd',
        ) != null
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.right > edge + 1) {
          found.push(`"${node.textContent?.trim()}" by ${Math.round(line.right - edge)} px`);
        }
      }
    }
  }
  return found;
}

describe('text at 200 % (32 px on the page) in a 390 px column', () => {
  it.each(TAGS.flatMap((tag) => ['en', 'vi', 'lo', 'zh'].map((locale) => [tag, locale])))(
    '<%s> in %s keeps its text inside its card',
    async (tag, locale) => {
      // Seen in English: the growth summary's "about US$823 million" and the target's source
      // "(english.thesaigontimes.vn)" ran past the card's edge: words (and amounts joined by
      // no-break spaces) longer than the line did not break.
      document.documentElement.style.fontSize = '32px';
      onTestFinished(() => {
        document.documentElement.style.fontSize = '';
      });
      const element = await mountLoaded(
        `<${tag} dataset="vietnam-laos" locale="${locale}"></${tag}>`,
        390,
      );
      await settled([element]);
      expect(overflowing(element)).toEqual([]);
    },
  );
});
