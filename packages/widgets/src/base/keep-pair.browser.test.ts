import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { $, linesBroken, mountLoaded, shadow, text } from '../__tests__/helpers.js';
import '../elements/dashboard.define.js';
import '../elements/gates.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';
import { base } from '../styles/base.js';
import { keepTogether } from './keep-together.js';

/** Whether a pair's name (an inline block) takes more than one line. */
const takesLines = (span: Element) =>
  span.getBoundingClientRect().height > 1.5 * Number.parseFloat(getComputedStyle(span).lineHeight);

/**
 * The pairs' names and phrases kept together in `part` of the element that do not lie as they
 * should: each on one line where its line can hold it ("Laos–China", "about US$3.58 billion"),
 * broken only where it alone is wider than the line.
 * Each as "<name> broken" or "<name> wider than its line, not broken"; none: all as they should.
 */
function misplacedPairs(element: Element, part: string): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(`[part=${part}] .keep`)].flatMap(
    (span) => {
      const broken = takesLines(span);
      // Its width on one line: its text alone in a span that does not wrap (Chromium breaks a
      // phrase's <wbr> even where white-space is nowrap).
      const line = document.createElement('span');
      line.style.whiteSpace = 'nowrap';
      line.textContent = span.textContent;
      span.after(line);
      const wider =
        line.getBoundingClientRect().width > (span.parentElement as Element).clientWidth;
      line.remove();
      return broken === wider
        ? []
        : [`${span.textContent} ${broken ? 'broken' : 'wider than its line, not broken'}`];
    },
  );
}

describe('a pair name breaks at its dash only where it is wider than a line (issue 15: "Laos–" / "China")', () => {
  it('keeps "Laos–China" on one line in the title and the summary wherever a line holds it', async () => {
    const element = await mountLoaded('<bilateral-growth dataset="laos-china"></bilateral-growth>');
    const container = element.parentElement as HTMLElement;
    // Without the pair's span, some of these widths break the title after "Laos–". At the
    // narrowest the name alone is wider than the title's line: it breaks at its dash (it ran out
    // of the card when it never broke).
    const broken: number[] = [];
    for (let width = 120; width <= 320; width += 10) {
      container.style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await element.updateComplete;
      expect([
        width,
        ...misplacedPairs(element, 'title'),
        ...misplacedPairs(element, 'summary'),
      ]).toEqual([width]);
      if (takesLines($(element, '[part=title] .keep'))) broken.push(width);
    }
    expect(broken).toEqual([120, 130, 140]);
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
    expect(misplacedPairs(growth, 'title')).toEqual([]);
    const dashboard = await mountLoaded(
      '<bilateral-dashboard dataset="laos-china"></bilateral-dashboard>',
      200,
    );
    expect(misplacedPairs(dashboard, 'title')).toEqual([]);
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
      if (misplacedPairs(element, 'empty').length > 0) broken.push(width);
    }
    expect(broken).toEqual([]);
  });

  it('wraps every occurrence of the pair, and nothing in a text without it', () => {
    const into = document.createElement('p');
    render(keepTogether('Laos–China, then Laos–China again', 'Laos–China'), into);
    expect([...into.querySelectorAll('.keep')].map((span) => span.textContent)).toEqual([
      'Laos–China,',
      'Laos–China',
    ]);
    expect(into.textContent).toBe('Laos–China, then Laos–China again');
    expect(keepTogether('Turnover', 'Laos–China')).toEqual(['Turnover']);
    expect(keepTogether('Turnover', undefined)).toEqual(['Turnover']);
  });

  it('keeps a comma or colon after the pair on the pair’s line (Lao gates summary, target title)', async () => {
    // Seen once the pair's span became an inline block (a line may break before an inline
    // block's punctuation): at 390 px the gates summary's line ended at "ລາວ" and the next began
    // ", ຈັດປະເພດຕາມ"; at 1,200 px in the dashboard the target's title's began ": ເປົ້າໝາຍ".
    const gates = await mountLoaded(
      '<bilateral-gates dataset="vietnam-laos" locale="lo"></bilateral-gates>',
    );
    expect(linesBroken($(gates, '[part=summary]'), /ລາວ,/g)).toEqual([]);
    const target = await mountLoaded(
      '<bilateral-target dataset="vietnam-laos" locale="lo"></bilateral-target>',
    );
    expect(linesBroken($(target, '[part=title]'), /ລາວ:/g)).toEqual([]);
  });
  it('keeps Chinese full-width punctuation with the pair or the phrase before it (kinsoku)', () => {
    // A line may break between an inline block and the punctuation after it, so "，" "。" "："
    // "；" "、" "）", which Chinese never begins a line with, began one after the pair ("：目标"
    // below "老挝–中国"). Each goes in the span, as the opening "（" before a phrase does.
    // In a shadow root with the elements' styles (`.keep` an inline block).
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [base.styleSheet as CSSStyleSheet];
    const into = document.createElement('p');
    into.className = 'summary';
    into.style.fontSize = '32px';
    root.append(into);
    const texts = [
      ...[...'，。：；、）'].map((mark) => `贸易额老挝–中国${mark}目标为每年增长`),
      '越南对老挝逆差（2025/1\u2060\u00a0–\u2060\u00a02025/7），约4.9亿美元。',
    ];
    const misplaced: string[] = [];
    for (const text of texts) {
      render(keepTogether(text, '老挝–中国'), into);
      expect(into.textContent).toBe(text);
      // Each character, in the order of the text.
      const walker = document.createTreeWalker(into, NodeFilter.SHOW_TEXT);
      const chars: [string, Range][] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (let at = 0; at < (node as Text).length; at++) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          chars.push([(node as Text).data[at] as string, range]);
        }
      }
      // From 140 px: narrower, "2025/7），" (no break inside it) is wider than the line, so it
      // breaks inside ("2025/7）" / "，" at 108–136 px; a `.keep` is never wider than its line)
      // rather than run out of it, as it did at 100–132 px without the `.keep`'s `max-width`:
      // at every width no character passes the line's end.
      for (let width = 100; width <= 420; width += 4) {
        into.style.width = `${width}px`;
        const end = into.getBoundingClientRect().right;
        const boxes = chars.map(([char, range]) => [char, range.getBoundingClientRect()] as const);
        boxes.forEach(([char, box], at) => {
          if (box.right > end + 1)
            misplaced.push(`${text}: "${char}" past the line's end at ${width}px`);
          const [before, above] = boxes[at - 1] ?? [];
          if (width < 140 || above === undefined || box.top < above.bottom - 1) return;
          if ('，。：；、）'.includes(char) || before === '（')
            misplaced.push(`${text}: a line between "${before}" and "${char}" at ${width}px`);
        });
      }
    }
    expect(misplaced).toEqual([]);
  });
});
