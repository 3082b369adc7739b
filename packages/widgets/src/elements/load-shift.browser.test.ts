import { expect, it } from 'vitest';
import { type AnyElement, drawn } from '../__tests__/helpers.js';
import { SUBTITLES } from '../__tests__/subtitles.js';
import { placeholderStylesheet } from '../styles/placeholder-stylesheet.js';

// The elements are defined one by one in this file (not imported at its top): each is measured
// first as an unknown tag under the placeholder stylesheet.
const DEFINE = {
  growth: () => import('./growth.define.js'),
  balance: () => import('./balance.define.js'),
  target: () => import('./target.define.js'),
  gates: () => import('./gates.define.js'),
  dashboard: () => import('./dashboard.define.js'),
} as const;
const LOCALES = ['en', 'vi', 'lo', 'zh'] as const;
const WIDTHS = [280, 390, 520, 768, 1080, 1400] as const;
/**
 * The page's text size (px; the root's stays 16 px, as where a page sets its body's); 32 px puts
 * a phone's content in the narrowest band, whose line in cqi the stylesheet follows too.
 */
const SIZES = [13, 15, 16, 18, 20, 32] as const;

/** A dashboard's variants: plain or not, each with or without a (one-line) subtitle. */
const dashboardVariants = (locale: (typeof LOCALES)[number]) =>
  ['', ' plain'].flatMap((plain) => [plain, `${plain} subtitle="${SUBTITLES[locale][0]}"`]);

/** One element of every case, each in a box of its width and text size, out of view. */
function mountAll(tag: keyof typeof DEFINE) {
  return LOCALES.flatMap((locale) =>
    WIDTHS.flatMap((width) =>
      SIZES.flatMap((size) =>
        // A subtitle is held one line (docs/widgets.md, States); at 32 px text it wraps at 280 px.
        (tag === 'dashboard'
          ? dashboardVariants(locale).filter(
              (variant) => size < 32 || !variant.includes('subtitle'),
            )
          : ['']
        ).map((variant) => {
          const box = document.createElement('div');
          // Far below the viewport: an element there keeps its loading state.
          box.style.cssText = `position:absolute;top:200000px;width:${width}px;font:${size}px system-ui,sans-serif`;
          box.innerHTML = `<bilateral-${tag} src="/__bilateral__/slow.json" locale="${locale}"${variant}></bilateral-${tag}>`;
          document.body.append(box);
          return {
            name: `${tag}${variant} ${locale} at ${width} px, text ${size} px`,
            element: box.firstElementChild as AnyElement,
          };
        }),
      ),
    ),
  );
}

it('holds, before an element is defined, the height of its loading state: every element, language, width and text size', async () => {
  const style = document.createElement('style');
  style.textContent = placeholderStylesheet();
  document.head.append(style);
  const height = (element: Element) => element.getBoundingClientRect().height;
  for (const tag of Object.keys(DEFINE) as (keyof typeof DEFINE)[]) {
    document.body.replaceChildren();
    const cases = mountAll(tag);
    const before = cases.map(({ element }) => height(element));
    await DEFINE[tag]();
    await Promise.all(cases.map(({ element }) => element.updateComplete));
    await drawn();
    // slow.json answers after 5 s: every element is still loading.
    const differences = cases
      .map(({ name, element }, i) => {
        expect(element.shadowRoot?.querySelector('[part=loading]'), name).not.toBeNull();
        return [name, height(element) - (before[i] as number)] as const;
      })
      .filter(([, difference]) => Math.abs(difference) > 1);
    expect(differences, tag).toEqual([]);
  }
  style.remove();
});
