import { describe, expect, it, onTestFinished } from 'vitest';
import {
  $,
  type AnyElement,
  contentRight,
  linesBroken,
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
 * drawn for screen readers only (`.sr-only`: clipped away). No exceptions.
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
      if (node.parentElement?.closest('svg, .sr-only') != null) continue;
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

  it.each(['en', 'vi', 'lo', 'zh'])(
    'breaks the balance card’s amount in %s between words, never inside a number',
    async (locale) => {
      // Seen: the amount never broke inside its phrase, so it ran out of the card ("about
      // −US$490 million" by 63 px, "khoảng −490 triệu USD" by 37 px, Lao by 13 px). Now it
      // breaks where it alone is wider than the line ('−490' / 'triệu USD'); from 200 px wide
      // (a 280 px card's line at 200 % text) each word stays whole, Chinese's number too.
      document.documentElement.style.fontSize = '32px';
      onTestFinished(() => {
        document.documentElement.style.fontSize = '';
      });
      const element = await mountLoaded(
        `<bilateral-balance dataset="vietnam-laos" locale="${locale}"></bilateral-balance>`,
        390,
      );
      const amount = $(element, '[part=figures] dd');
      expect(linesBroken(amount, locale === 'zh' ? /[−\d.]+/g : /\S+/g)).toEqual([]);
    },
  );

  it.each([
    ['vi', /Việt Nam|Lào/g],
    ['lo', /ຫວຽດນາມ|ລາວ/g],
  ])(
    'breaks the dashboard title’s pair in %s at its dash, never inside a name a line holds',
    async (locale, names) => {
      // Seen: the pair never broke, so it ran out of the card ("Việt Nam – Lào" by 23 px, Lao by
      // 33 px at 390 px); now it breaks at its dash where it alone is wider than the line. Each
      // name stays whole on any line that can hold it: from its own width (Lao from 200 px, a
      // 280 px card's line at 200 % text); "Việt Nam", wider than that line, breaks between its
      // syllables below it, as Vietnamese text does, where it ran out of the card.
      document.documentElement.style.fontSize = '32px';
      onTestFinished(() => {
        document.documentElement.style.fontSize = '';
      });
      const element = await mountLoaded(
        `<bilateral-dashboard dataset="vietnam-laos" locale="${locale}"></bilateral-dashboard>`,
        390,
      );
      const title = $(element, '[part=title]');
      const pair = [...$(element, '[part=title] .keep').childNodes].find(
        (node): node is Text => node instanceof Text,
      ) as Text;
      const range = document.createRange();
      const widths = [...pair.data.matchAll(names)].map(({ index, 0: name }) => {
        range.setStart(pair, index);
        range.setEnd(pair, index + name.length);
        return range.getBoundingClientRect().width;
      });
      expect(widths).toHaveLength(2);
      expect(linesBroken(title, names, Math.max(200, Math.ceil(Math.max(...widths))))).toEqual([]);
    },
  );
});
