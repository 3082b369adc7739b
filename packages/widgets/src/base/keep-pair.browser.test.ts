import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { $, mountLoaded, shadow, text } from '../__tests__/helpers.js';
import '../elements/dashboard.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';
import { keepPairTogether } from './keep-pair.js';

/** How many lines the pair's name takes in `part` of the element (1: it did not break). */
function pairLines(element: Element, part: string): number[] {
  return [...shadow(element).querySelectorAll(`[part=${part}] .pair`)].map(
    (span) => span.getClientRects().length,
  );
}

describe('a pair name never breaks at its dash (issue 15: "Laos–" / "China")', () => {
  it('keeps "Laos–China" on one line in the title and the summary at every narrow width', async () => {
    const element = await mountLoaded('<bilateral-growth dataset="laos-china"></bilateral-growth>');
    const container = element.parentElement as HTMLElement;
    // Without the nowrap span, some of these widths break the title after "Laos–".
    for (let width = 120; width <= 320; width += 10) {
      container.style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await element.updateComplete;
      expect([width, ...pairLines(element, 'title'), ...pairLines(element, 'summary')]).toEqual([
        width,
        1,
        1,
      ]);
    }
    // Only markup is added: the text read aloud and copied is unchanged.
    const title = text($(element, '[part=title]'));
    expect(title).toMatch(/^Laos–China /);
    expect($(element, '[part=chart]').getAttribute('aria-label')).toBe(title);
    expect(text($(element, '[part=summary]'))).toMatch(/^Laos–China turnover /);
  });

  it('keeps the pair together in Vietnamese ("Lào – Trung Quốc") and in the dashboard title', async () => {
    const growth = await mountLoaded(
      '<bilateral-growth dataset="laos-china" locale="vi"></bilateral-growth>',
      200,
    );
    await expect.poll(() => text($(growth, '[part=title]'))).toMatch(/Lào – /);
    expect(pairLines(growth, 'title')).toEqual([1]);
    const dashboard = await mountLoaded(
      '<bilateral-dashboard dataset="laos-china"></bilateral-dashboard>',
      200,
    );
    expect(pairLines(dashboard, 'title')).toEqual([1]);
    expect(text($(dashboard, '[part=title]'))).toMatch(/Laos–China/);
  });

  it('keeps the pair together in an empty state’s message (a target the data has none for)', async () => {
    // Seen in the layout matrix at 280 px: 'Thailand–' / 'Cambodia'.
    const element = await mountLoaded(
      '<bilateral-target dataset="vietnam-laos" reporter="THA" partner="KHM"></bilateral-target>',
    );
    const message = $(element, '[part=empty] span');
    expect(text(message)).toContain('Thailand–Cambodia');
    const broken: number[] = [];
    for (let width = 200; width <= 420; width += 2) {
      message.style.width = `${width}px`;
      if (pairLines(element, 'empty').join() !== '1') broken.push(width);
    }
    expect(broken).toEqual([]);
  });

  it('wraps every occurrence of the pair, and nothing in a text without it', () => {
    const into = document.createElement('p');
    render(keepPairTogether('Laos–China, then Laos–China again', 'Laos–China'), into);
    expect([...into.querySelectorAll('.pair')].map((span) => span.textContent)).toEqual([
      'Laos–China',
      'Laos–China',
    ]);
    expect(into.textContent).toBe('Laos–China, then Laos–China again');
    expect(keepPairTogether('Turnover', 'Laos–China')).toBe('Turnover');
    expect(keepPairTogether('Turnover', undefined)).toBe('Turnover');
  });
});
