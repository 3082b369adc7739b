import { serializeDataset, vietnamLaos } from '@bilateral/core';
import { describe, expect, it, vi } from 'vitest';
import { boundDocument } from '../__tests__/bound-document.js';
import {
  $,
  errorEvent,
  LOADS,
  linesBroken,
  loadEvent,
  mount,
  mountLoaded,
  openTable,
  plainText,
  shadow,
  text,
} from '../__tests__/helpers.js';
import './growth.define.js';
import type { BilateralGrowth } from './growth.js';

describe('<bilateral-growth>', () => {
  it('renders the embedded Vietnam–Laos turnover with a summary, a chart and a table', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    expect(text($(element, '[part=title]'))).toBe('Vietnam–Laos turnover');
    expect(text($(element, '[part=summary]'))).toBe(
      // 2016 is implied by 2017 and a rounded rate: known to three digits, so "about" (defect 11).
      'Vietnam–Laos turnover rose from about US$823 million in 2016 to US$2.98 billion in 2025.',
    );
    expect(shadow(element).querySelectorAll('circle.mark')).toHaveLength(10);
    await openTable(element);
    const rows = shadow(element).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    // Every value of the column has the decimals of the one that needs most (US$1.03 billion),
    // none past its precision (QA h110 F2): US$892.9 million is known to the 0.1 million.
    expect(text(rows[1] as Element)).toContain('2017 US$892.9 million +8.5 %');
    // A year whose source published its growth shows that rate, with the decimals it was
    // published with (2018 +11.9 %, 2022 "up 24%", 2025 +32.7 %: recomputed from the rounded
    // levels of two sources they read "about +15 %", "about +24 %" and "about +35 %"). The other
    // rates keep only the digits their two figures support (defect 11), the fewest that stay
    // within the rates those figures allow (h108): 2017 and 2021 give back the rates their
    // implied bases came from; US$1.15 on 1.03 billion is 6.3–17.1 %; 2020's about 1.03 on 1.15
    // billion −14.8 to −6.1 %; US$1.65 billion on 1,696.4 million (to 10.1 million) −3.6 to −1.9 %.
    const rates = [...rows].map((row) => text(row.querySelectorAll('td')[1] as Element));
    expect(rates).toEqual([
      '—',
      '+8.5 %',
      '+11.9 %',
      'about +10 %',
      'about −10 %',
      '+33.3 %',
      '+24 %',
      'about −3 %',
      'about +30 %',
      '+32.7 %',
    ]);
    // Its notes say which rates are the sources' (h108), as the tips do; the cell stays a number.
    const published = [...rows].map((row) =>
      text(row.querySelector('td.notes') as Element).includes('Year on year: published'),
    );
    expect(published).toEqual([false, true, true, false, false, true, true, false, false, true]);
    // 2018's published +11.9 % is contradicted by its levels (14.8–15.9 %): the note says so
    // (QA h120 F10; the build marked it in the data file).
    expect(text(rows[2]?.querySelector('td.notes') as Element)).toBe(
      'approximate · Year on year: published, values give about +15 % · Vietnam News Agency (en.vietnamplus.vn)',
    );
    expect(text(rows[9] as Element)).toBe(
      '2025 US$2.98 billion +32.7 % Year on year: published · Sai Gon Giai Phong (en.sggp.org.vn), citing the Ministry of Industry and Trade',
    );
    expect(text($(element, '[part=footer]'))).toMatch(/^Source: .+; and \d+ more$/);
    // A publisher is named once: "X, citing Y" stands for the articles X published on its own.
    expect(text($(element, '[part=footer]'))).toMatch(
      /^Source: Vietnam News Agency \(en\.vietnamplus\.vn\), citing Vietnam Customs; (?!Vietnam News Agency)/,
    );
  });

  it('keeps a tapped point after the touch ends, and drops it when the chart loses focus', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    const chart = $(element, '[part=chart]');
    const column = shadow(element).querySelectorAll('rect.hit')[3] as Element;
    const touch = { bubbles: true, composed: true, pointerType: 'touch' };
    column.dispatchEvent(new PointerEvent('pointerover', touch));
    chart.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await element.updateComplete;
    // An estimate of US$1.1–1.2 billion, recorded as 1.15 to the 0.1 billion: no more digits.
    expect(text($(element, '.tip'))).toMatch(/^2019: about US\$1\.2 billion/);
    chart.focus();
    chart.blur();
    await element.updateComplete;
    expect(shadow(element).querySelector('.tip')).toBeNull();
  });

  it.each([390, 640, 1200])(
    'writes no year-on-year labels that overlap one another at %i px (defect 11)',
    async (width) => {
      const element = await mountLoaded<BilateralGrowth>(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
        width,
      );
      const labels = [...shadow(element).querySelectorAll<SVGTextElement>('.value-label')].map(
        (label) => label.getBBox(),
      );
      labels.forEach((a, index) => {
        for (const b of labels.slice(index + 1)) {
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
        }
      });
    },
  );

  it('re-renders when measure, chart, from and to change', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    element.setAttribute('measure', 'export');
    await element.updateComplete;
    expect(text($(element, '[part=summary]'))).toBe(
      'Vietnam’s exports to Laos rose from US$524.5 million in 2017 to US$656.4 million in 2022.',
    );
    // 2017, then nothing until 2021: a gap, not a line (dashed or not) across it (defect 7).
    const lines = [...shadow(element).querySelectorAll('path.line')];
    expect(lines.map((path) => path.getAttribute('d')?.replace(/[\d.,]+/g, '#'))).toEqual([
      'M#M#L#',
    ]);
    element.setAttribute('chart', 'bar');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('rect.bar')).toHaveLength(3);
    element.setAttribute('measure', 'turnover');
    element.setAttribute('from', '2019');
    element.setAttribute('to', '2021');
    await element.updateComplete;
    expect(text($(element, '[part=summary]'))).toBe(
      'Vietnam–Laos turnover rose from about US$1.2 billion in 2019 to US$1.37 billion in 2021.',
    );
    expect(shadow(element).querySelectorAll('rect.bar')).toHaveLength(3);
  });

  it('draws the legend’s swatch for approximate or derived values as the marks are: circle or dashed bar (QA h135 Q22)', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    const swatch = () => getComputedStyle($(element, '.hollow-swatch'));
    const bar = () => getComputedStyle($(element, 'rect.bar.hollow'));
    expect([swatch().borderTopStyle, swatch().borderTopLeftRadius]).toEqual(['solid', '50%']);
    element.setAttribute('chart', 'bar');
    await element.updateComplete;
    // A dashed outline on the bars' fill, with corners as round as theirs (rx 2).
    expect(bar().strokeDasharray).not.toBe('none');
    expect([swatch().borderTopStyle, swatch().backgroundColor]).toEqual(['dashed', bar().fill]);
    expect(Number.parseFloat(swatch().borderTopLeftRadius)).toBeCloseTo(2, 0);
  });

  it('overlays a target band from the base year to the target year', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
    );
    expect(shadow(element).querySelector('.band-area')).not.toBeNull();
    const labels = [...shadow(element).querySelectorAll('svg .axis text')].map(
      (t) => t.textContent,
    );
    expect(labels).toContain('2030');
    // Its legend comes with the band's chunk: the rates and who set the target.
    expect(text($(element, '.legend'))).toContain(
      'Target band: 10\u2060–\u206015 % (Vietnam–Laos Joint Statement, September 2024)',
    );
  });

  it('speaks the language of the nearest lang ancestor', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos" measure="import" to="2022"></bilateral-growth>',
    );
    // No requestUpdate(): the page's observer of `lang` draws it again (QA h135 Q2).
    element.parentElement?.setAttribute('lang', 'vi-VN');
    // The Vietnamese messages are a chunk of their own: the text changes once it has loaded.
    await vi.waitFor(
      () =>
        expect(text($(element, '[part=summary]'))).toBe(
          'Nhập khẩu của Việt Nam từ Lào tăng từ 368,4 triệu USD (2017) lên 1,04 tỷ USD (2022).',
        ),
      LOADS,
    );
    element.setAttribute('locale', 'zh');
    await vi.waitFor(
      () =>
        // Without the word joiners that keep each amount on one line.
        expect(text($(element, '[part=summary]')).replaceAll('\u2060', '')).toBe(
          '越南自老挝进口从3.684亿美元（2017）增至10.4亿美元（2022）。',
        ),
      LOADS,
    );
  });

  it("draws again when the page's language switcher sets <html lang>: en → vi → en", async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'en');
    try {
      const element = await mountLoaded<BilateralGrowth>(
        '<bilateral-growth dataset="vietnam-laos" measure="import" to="2022"></bilateral-growth>',
      );
      const english = 'Vietnam’s imports from Laos rose';
      expect(text($(element, '[part=summary]'))).toContain(english);
      root.setAttribute('lang', 'vi');
      await vi.waitFor(
        () => expect(text($(element, '[part=summary]'))).toMatch(/^Nhập khẩu của Việt Nam/),
        LOADS,
      );
      // Back to English (built in, nothing to load), and to Vietnamese again (loaded by now).
      root.setAttribute('lang', 'en-GB');
      await vi.waitFor(() => expect(text($(element, '[part=summary]'))).toContain(english), LOADS);
      root.setAttribute('lang', 'vi-VN');
      await vi.waitFor(
        () => expect(text($(element, '[part=summary]'))).toMatch(/^Nhập khẩu của Việt Nam/),
        LOADS,
      );
      expect(element.activeLocale).toBe('vi');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('gives an error naming the measures for a typo in measure (QA h135 Q4)', async () => {
    const element = mount(
      '<bilateral-growth dataset="vietnam-laos" measure="exprots"></bilateral-growth>',
    );
    const events: string[] = [];
    for (const type of ['bilateral-load', 'bilateral-error']) {
      element.addEventListener(type, () => events.push(type));
    }
    const { detail } = await errorEvent(element);
    expect(detail.reason).toBe('compute');
    expect(detail.error.issues).toEqual([
      {
        path: ['measure'],
        message: '"exprots" is not a measure: use "turnover", "exports" or "imports"',
      },
    ]);
    await element.updateComplete;
    expect(shadow(element).querySelector('[role=alert]')).not.toBeNull();
    // No bilateral-load for a figure not drawn (QA h135 Q6); it comes once the figure is.
    expect(events).toEqual(['bilateral-error']);
    const loaded = loadEvent(element);
    element.setAttribute('measure', 'exports');
    await loaded;
    expect(text($(element, '[part=summary]'))).toMatch(/^Vietnam’s exports to Laos/);
    expect(events).toEqual(['bilateral-error', 'bilateral-load']);
  });

  it('drops title and frame when plain, keeping its accessible name and source line', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos" plain></bilateral-growth>',
    );
    expect(shadow(element).querySelector('[part=title]')).toBeNull();
    expect($(element, '[part=footer]').textContent).toMatch(/Source: \S/);
    expect($(element, '[part=figure]').getAttribute('aria-label')).toBe('Vietnam–Laos turnover');
    expect(getComputedStyle(element).borderTopWidth).toBe('0px');
  });

  it('inherits the font of the page', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    (element.parentElement as HTMLElement).style.font = 'italic 19px Georgia, serif';
    const summary = $(element, '[part=summary]');
    expect(getComputedStyle(summary).fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle(summary).fontSize).toBe('19px');
    expect(getComputedStyle($(element, '[part=toggle]')).fontFamily).toBe('Georgia, serif');
  });

  it('writes its table’s notes in Vietnamese: an implied value, a disputed published rate (QA h120 F10, F12)', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>',
    );
    await openTable(element);
    const notes = [...shadow(element).querySelectorAll('tbody td.notes')].map((cell) => text(cell));
    expect(notes[0]).toContain('giá trị 2017 ÷ (1 + 8,5%)');
    expect(notes[0]).not.toContain('value');
    expect(notes[2]).toContain('So với cùng kỳ: công bố; theo các giá trị, khoảng +15%');
  });

  it.each([
    ['en', /(?:about )?US\$[\d.]+ (?:million|billion)/g],
    ['vi', /(?:khoảng )?[\d,]+ (?:triệu|tỷ) USD/g],
    ['lo', /(?:ປະມານ )?[\d,]+ (?:ລ້ານ|ຕື້) USD/g],
    ['zh', /(?:约\u2060?)?[\d.]+\u2060?亿\u2060?美\u2060?元/g],
  ] as const)(
    'keeps each amount of its summary on one line at any width (%s)',
    async (locale, amounts) => {
      // Seen at 390 px: 'US$3.58 / billion' (en), '82.3 / 亿美元' (zh), Laos–China.
      const element = await mountLoaded<BilateralGrowth>(
        `<bilateral-growth dataset="laos-china" locale="${locale}" lang="${locale}"></bilateral-growth>`,
      );
      const summary = $(element, '[part=summary]');
      expect(summary.textContent.replace(/\u00a0/g, ' ').match(amounts)).toHaveLength(2);
      expect(linesBroken(summary, amounts)).toEqual([]);
    },
  );

  it.each([
    ['vi', /và \d+ nguồn khác/g],
    ['lo', /ແລະ ອີກ \d+ ແຫຼ່ງ/g],
  ] as const)(
    'keeps the count of further sources on one line at any width (%s)',
    async (locale, more) => {
      // Seen at 390 px: '…; và' / '4 nguồn khác' (vi). (English, '…; and 4' / 'more' at 768 px, is
      // left: its no-break spaces cost the dashboard 24 B gzipped.)
      const element = await mountLoaded<BilateralGrowth>(
        `<bilateral-growth dataset="vietnam-laos" locale="${locale}" lang="${locale}"></bilateral-growth>`,
      );
      expect(linesBroken($(element, '[part=footer]'), more)).toEqual([]);
    },
  );

  it('leaves no lone word on the last line of its summary or source line, 200 to 800 px', async () => {
    // Seen at 768 px: the source line's last line was 'more' alone ('…; and 4' / 'more').
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    const lone: string[] = [];
    for (const part of ['[part=summary]', '[part=footer] .source']) {
      const paragraph = $(element, part);
      const words = [...(paragraph.textContent ?? '').trim().matchAll(/\S+/g)];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        nodes.push(node as Text);
      }
      // The last two words are in the paragraph's last text node.
      const last = nodes[nodes.length - 1] as Text;
      const [before, final] = [...last.data.trimEnd().matchAll(/\S+/g)].slice(-2);
      expect(words.length).toBeGreaterThan(2);
      for (let width = 200; width <= 800; width += 4) {
        paragraph.style.width = `${width}px`;
        const top = (match: RegExpExecArray | undefined) => {
          const range = document.createRange();
          range.setStart(last, match?.index ?? 0);
          range.setEnd(last, (match?.index ?? 0) + (match?.[0].length ?? 0));
          return range.getClientRects()[0]?.top;
        };
        if (top(before) !== top(final)) lone.push(`${part} '${final?.[0]}' at ${width}px`);
      }
    }
    expect(lone).toEqual([]);
  });
});

/** The tip of the chart's first point, as a reader reads it, once a touch has pointed at it. */
async function firstTip(element: BilateralGrowth): Promise<string> {
  const column = shadow(element).querySelectorAll('rect.hit')[0] as Element;
  column.dispatchEvent(
    new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'touch' }),
  );
  await element.updateComplete;
  return plainText($(element, '.tip'));
}

/**
 * Loads `data` into a `<bilateral-growth>` of Laos' exports to Vietnam by half year in `locale`
 * and checks that the sentence, the tip of the first point and the data table's first row say
 * `sentence`, `tip` and `row`, the row holding `value` in its first cell (text read without word
 * joiners, a no-break space as a space).
 */
async function expectBoundWritten(
  locale: string,
  data: unknown,
  [sentence, tip, row]: readonly [string, string, string],
  value: string,
): Promise<void> {
  const element = mount<BilateralGrowth>(
    `<bilateral-growth reporter="LAO" partner="VNM" measure="export" period-kind="half" locale="${locale}" lang="${locale}"></bilateral-growth>`,
  );
  const loaded = loadEvent(element);
  element.data = data as BilateralGrowth['data'];
  await loaded;
  await element.updateComplete;
  expect(plainText($(element, '[part=summary]'))).toContain(sentence);
  expect(await firstTip(element)).toContain(tip);
  await openTable(element);
  const first = shadow(element).querySelector('tbody tr') as Element;
  expect(plainText(first)).toContain(row);
  expect(first.querySelector('td')?.dataset.value).toBe(value);
}

describe("<bilateral-growth>'s turnover, one side exact", () => {
  it('is known to the other side’s precision: its rate "about", not to a tenth', async () => {
    // 2023: exports "US$1.2 billion" (to the 0.1 billion) and exactly US$1 billion of imports,
    // US$2.2 billion to the 0.1 billion; 2024: US$2.98 billion, exact. 2.98 on 2.15–2.25 billion
    // is +32.4 % to +38.6 %: "about +35 %". The turnover was taken as exact (a precision only
    // where both sides gave one), written "US$2.20 billion", its rate "+35.5 %".
    const flow = (
      side: 'export' | 'import',
      period: string,
      value: string,
      precision?: string,
    ) => ({
      reporter: 'VNM',
      partner: 'LAO',
      flow: side,
      period,
      value,
      currency: 'USD',
      status: 'official' as const,
      source: 'customs',
      ...(precision === undefined ? {} : { precision }),
    });
    const element = mount<BilateralGrowth>(
      '<bilateral-growth reporter="VNM" partner="LAO" measure="turnover"></bilateral-growth>',
    );
    const loaded = loadEvent(element);
    element.data = {
      id: 'one-side-exact',
      title: { en: 'One side exact' },
      sources: [{ id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-01' }],
      flows: [
        flow('export', '2023', '1200000000', '100000000'),
        flow('import', '2023', '1000000000'),
        flow('export', '2024', '1780000000'),
        flow('import', '2024', '1200000000'),
      ],
    } as BilateralGrowth['data'];
    await loaded;
    await element.updateComplete;
    await openTable(element);
    const rows = [...shadow(element).querySelectorAll('tbody tr')].map(plainText);
    expect(rows[0]).toContain('2023 US$2.2 billion');
    expect(rows[1]).toContain('2024 US$2.98 billion about +35 %');
  });
});

describe('<bilateral-growth> with a figure published as a lower bound', () => {
  // The Star: Laos' exports to Vietnam in H1 2023 were "more than US$565 million", a bound (565
  // to 566 million), not a rounded figure: the sentence and the point's line (the tip, the live
  // region) say so in the CLI's words, and the figure stays the published 565 million. Exports
  // are several: the English verb agrees with them.
  it.each([
    [
      'en',
      'Laos’ exports to Vietnam were more than US$565 million in H1/2023.',
      'H1/2023: more than US$565 million',
    ],
    ['vi', 'hơn 565 triệu USD', 'hơn 565 triệu USD'],
    ['zh', '超过5.65亿美元', '超过5.65亿美元'],
  ])('says "more than" in %s', async (locale, sentence, tip) => {
    const element = await mountLoaded<BilateralGrowth>(
      `<bilateral-growth dataset="vietnam-laos" reporter="LAO" partner="VNM" measure="export" period-kind="half" locale="${locale}" lang="${locale}"></bilateral-growth>`,
    );
    expect(plainText($(element, '[part=summary]'))).toContain(sentence);
    expect(await firstTip(element)).toContain(tip);
  });

  it.each([
    ['en', 'H1/2023 more than US$565 million'],
    ['lo', 'ຫຼາຍກວ່າ 565 ລ້ານ USD'],
  ])(
    'writes "more than" in its data table in %s, the figure still 565 million',
    async (locale, row) => {
      const element = await mountLoaded<BilateralGrowth>(
        `<bilateral-growth dataset="vietnam-laos" reporter="LAO" partner="VNM" measure="export" period-kind="half" locale="${locale}" lang="${locale}"></bilateral-growth>`,
      );
      await openTable(element);
      const first = shadow(element).querySelector('tbody tr') as Element;
      expect(text(first).replace(/\u00a0/gu, ' ')).toContain(row);
      expect(first.querySelector('td')?.dataset.value).toBe('565000000');
    },
  );

  it.each([
    [
      'en',
      'Laos’ exports to Vietnam were at least US$565 million in H1/2023.',
      'H1/2023: at least US$565 million',
      'H1/2023 at least US$565 million',
    ],
    ['zh', '至少5.65亿美元', '至少5.65亿美元', '至少5.65亿美元'],
  ])(
    'says "at least" where its source did, in %s: sentence, tip and data table',
    // The Star's figure as if worded "at least US$565 million" (bound 'at-least'): not "more than".
    (locale, sentence, tip, row) =>
      expectBoundWritten(
        locale,
        boundDocument('565000000', 'at least US$565 million', 'at-least'),
        [sentence, tip, row],
        '565000000',
      ),
  );

  it.each([
    ['en', '1065000000', 'more than US$1,065 million', 'more-than', 'more than US$1.065 billion'],
    ['en', '1065000000', 'at least US$1,065 million', 'at-least', 'at least US$1.065 billion'],
    ['zh', '1065000000', 'more than US$1,065 million', 'more-than', '超过10.65亿美元'],
    ['zh', '12345678900', 'more than US$12,345.6789 million', 'more-than', '超过123.456789亿美元'],
    ['vi', '12345678900', 'more than US$12,345.6789 million', 'more-than', 'hơn 12,3456789 tỷ USD'],
    [
      'lo',
      '12345678900',
      'more than US$12,345.6789 million',
      'more-than',
      'ຫຼາຍກວ່າ 12,3456789 ຕື້ USD',
    ],
    // Already every digit at the default: as before.
    ['en', '1500000000', 'more than US$1.5 billion', 'more-than', 'more than US$1.5 billion'],
  ] as const)(
    'writes a bound with every digit it has in its sentence, tip and data table (%s, %s: %s)',
    // Not the default hundredth of the scale: "more than US$1.07 billion" says more than its
    // source (the value may be US$1,065.5 million); `bilateral report` writes every digit.
    (locale, value, published, bound, written) =>
      expectBoundWritten(
        locale,
        boundDocument(value, published, bound),
        [written, written, written],
        value,
      ),
  );

  it.each([
    // Imports exactly US$267 million (no statement, no precision): (832, 833) million.
    ['beside an exact side', true, 'more than US$832 million'],
    // Imports "US$267 million" to the million: (565, 566) + [266.5, 267.5) = (831.5, 833.5),
    // 832.5 ± 1 million, as the CLI writes it.
    ['beside a rounded side', false, 'about US$833 million'],
  ])(
    'writes a turnover on a side published as a lower bound as the interval it allows, %s',
    async (_, exact, said) => {
      // The Star's H1 2023 without its published turnover: the turnover is exports "more than
      // US$565 million" plus imports, drawn as the flows' sum US$832 million as if exact before.
      const document = serializeDataset(vietnamLaos);
      const element = mount<BilateralGrowth>(
        '<bilateral-growth reporter="LAO" partner="VNM" measure="turnover" period-kind="half"></bilateral-growth>',
      );
      const loaded = loadEvent(element);
      element.data = {
        ...document,
        flows: document.flows.map(({ precision, ...flow }) =>
          exact && flow.reporter === 'LAO' && flow.flow === 'import' && flow.period === '2023-H1'
            ? flow
            : { ...flow, ...(precision === undefined ? {} : { precision }) },
        ),
        statements: document.statements?.filter(
          (statement) =>
            statement.id !== 'lao-vn-2023-h1-turnover' &&
            !(exact && statement.id === 'lao-vn-2023-h1-imports'),
        ),
      } as BilateralGrowth['data'];
      await loaded;
      await element.updateComplete;
      expect(plainText($(element, '[part=summary]'))).toBe(
        `Laos–Vietnam turnover was ${said} in H1/2023.`,
      );
      expect(await firstTip(element)).toContain(`H1/2023: ${said}`);
    },
  );

  it('writes the rate to a turnover on a bound side as "about", not to its figure as if exact', async () => {
    // As above beside an exact side (more than US$832 million in H1 2023), with H1 2024 of exactly
    // US$900 million: 900 / (832 to 833) is +8.04 % to +8.17 %, "about +8 %"; read as exact,
    // 900 / 832 was "+8.2 %".
    const document = serializeDataset(vietnamLaos);
    const half = (flow: 'export' | 'import', value: string) => ({
      reporter: 'LAO',
      partner: 'VNM',
      flow,
      period: '2024-H1',
      value,
      currency: 'USD',
      status: 'preliminary' as const,
      source: 'thestar-2023-09-18',
    });
    const element = mount<BilateralGrowth>(
      '<bilateral-growth reporter="LAO" partner="VNM" measure="turnover" period-kind="half"></bilateral-growth>',
    );
    const loaded = loadEvent(element);
    element.data = {
      ...document,
      flows: [
        ...document.flows.map(({ precision, ...flow }) =>
          flow.reporter === 'LAO' && flow.flow === 'import' && flow.period === '2023-H1'
            ? flow
            : { ...flow, ...(precision === undefined ? {} : { precision }) },
        ),
        half('export', '600000000'),
        half('import', '300000000'),
      ],
      statements: document.statements?.filter(
        ({ id }) => id !== 'lao-vn-2023-h1-turnover' && id !== 'lao-vn-2023-h1-imports',
      ),
    } as BilateralGrowth['data'];
    await loaded;
    await element.updateComplete;
    await openTable(element);
    const rows = [...shadow(element).querySelectorAll('tbody tr')].map(plainText);
    expect(rows.find((row) => row.includes('H1/2024'))).toContain('about +8 %');
  });

  it('says "more than" drawn from the other side: Vietnam’s imports from Laos, the same figure', async () => {
    // A `data` document that keeps The Star's figure as Vietnam's imports from Laos (its flow
    // record), the bound stated of Laos' exports to Vietnam: the same published figure.
    const document = serializeDataset(vietnamLaos);
    const element = mount<BilateralGrowth>(
      '<bilateral-growth reporter="VNM" partner="LAO" measure="import" period-kind="half"></bilateral-growth>',
    );
    const loaded = loadEvent(element);
    element.data = {
      ...document,
      flows: document.flows.map((flow) =>
        flow.reporter === 'LAO' && flow.flow === 'export' && flow.period === '2023-H1'
          ? { ...flow, reporter: 'VNM', partner: 'LAO', flow: 'import' as const }
          : flow,
      ),
    } as BilateralGrowth['data'];
    await loaded;
    await element.updateComplete;
    expect(plainText($(element, '[part=summary]'))).toBe(
      'Vietnam’s imports from Laos were more than US$565 million in H1/2023.',
    );
  });
});
