import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  errorEvent,
  mount,
  mountLoaded,
  openTable,
  shadow,
  text,
} from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

const rows = (element: Element) =>
  [...shadow(element).querySelectorAll('table:first-of-type tbody tr')].map(text);

describe('<bilateral-gates>', () => {
  it('counts crossings by class against the official count, and by province', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
    );
    expect(text($(element, '[part=summary]'))).toBe(
      '28 crossings are listed on the Vietnam–Laos border, counted by Vietnam’s classes. The official count of Oct 24, 2024 has 60; 28 are listed.',
    );
    await openTable(element);
    expect(rows(element)).toEqual([
      'international border gate 9 9 0',
      'main (bilateral) border gate 6 6 0',
      'secondary (local) border gate 13 18 5',
      'border opening 0 27 27',
    ]);
    const provinces = shadow(element).querySelectorAll('table:last-of-type tbody tr');
    expect(text(provinces[0] as Element)).toBe('Quảng Trị 6');
  });

  it('draws classes and provinces on one scale, no bar for 0, no legend repeating the bars (issue 15 defect 8)', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
    );
    const root = shadow(element);
    const width = (selector: string) =>
      [...root.querySelectorAll<SVGRectElement>(selector)].map((bar) => bar.width.baseVal.value);
    // 9 international gates, 6 main, 13 secondary; no bar for the 0 border openings listed.
    const classes = width('rect.bar:not(.province)');
    expect(classes).toHaveLength(3);
    const provinces = width('rect.bar.province');
    // Quảng Trị's 6 crossings are exactly as long as the 6 main gates, and 9 are 1.5 times that.
    expect(provinces[0]).toBeCloseTo(classes[1] ?? 0, 3);
    expect(classes[0]).toBeCloseTo(1.5 * (provinces[0] ?? 0), 3);
    // The bars are named where they are drawn: the legend only explains the official tick.
    expect(text($(element, '[part=legend]'))).toBe('Official (Oct 24, 2024)');
  });

  it('filters by class and province from its selects and attributes', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
    );
    const [byClass, byProvince] = shadow(element).querySelectorAll('select');
    await userEvent.selectOptions(byClass as HTMLSelectElement, 'international');
    await element.updateComplete;
    expect(element.gateClass).toBe('international');
    await openTable(element);
    expect(rows(element)).toEqual(['international border gate 9 9 0']);
    await userEvent.selectOptions(byProvince as HTMLSelectElement, 'Nghệ An');
    await element.updateComplete;
    expect(text($(element, '[part=summary]'))).toBe(
      '1 crossing is listed on the Vietnam–Laos border, counted by Vietnam’s classes.',
    );
    element.removeAttribute('gate-class');
    element.gateClass = undefined;
    element.setAttribute('province', 'Quảng Trị');
    await element.updateComplete;
    expect(text($(element, '[part=summary]'))).toMatch(/^6 crossings are listed/);
  });

  it('names the valid classes in its error for an unknown gate-class (QA h135 Q4)', async () => {
    const element = mount(
      '<bilateral-gates dataset="vietnam-laos" gate-class="nope"></bilateral-gates>',
    );
    const { detail } = await errorEvent(element);
    expect(detail.reason).toBe('compute');
    expect(detail.error.code).toBe('INVALID_INPUT');
    expect(detail.error.issues).toEqual([
      {
        path: ['gateClass'],
        message:
          'gate-class "nope" is no crossing class (classes: "international", "main", "secondary", "opening", "clearance-lane", "unknown")',
      },
    ]);
    // Its path a name, as the other elements' (`to: …`), not `["gate-class"]: …`.
    expect(String(detail.error)).toMatch(
      /^BilateralError \[INVALID_INPUT\]: gateClass: gate-class "nope"/,
    );
    await element.updateComplete;
    // The alert instead of a summary that says none is listed.
    expect(shadow(element).querySelector('[role=alert]')).not.toBeNull();
    expect(shadow(element).querySelector('[part=summary]')).toBeNull();
  });

  it("names Vietnam's classes in Chinese as Vietnamese state media write them", async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" locale="zh"></bilateral-gates>',
    );
    await openTable(element);
    expect(rows(element).map((row) => row.split(' ')[0])).toEqual([
      '国际口岸',
      '国家级口岸',
      '地方口岸',
      '边境通道',
    ]);
    // The chart names the bars: the class names are written above them.
    expect(text($(element, '[part=chart] svg'))).toContain('地方口岸');
  });

  it("counts the partner's classes when asked", async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" country="LAO"></bilateral-gates>',
    );
    await openTable(element);
    expect(rows(element)).toEqual(['international checkpoint 9 — —', 'class not known 19 — —']);
  });

  it('reads classes on the last day of `to`, and lists the changes from `from`', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" to="2013"></bilateral-gates>',
    );
    // La Lay became international in June 2014 and Nam Giang in December 2020: both were main.
    await openTable(element);
    expect(rows(element).slice(0, 2)).toEqual([
      'international border gate 7 — —',
      'main (bilateral) border gate 8 — —',
    ]);
    const summary = text($(element, '[part=summary]'));
    expect(summary).toContain('Classes as on Dec 31, 2013; 25 have no dated record');
    expect(summary).not.toContain('official count');
    expect(shadow(element).querySelector('[part=changes]')).toBeNull();

    element.setAttribute('from', '2014');
    element.setAttribute('to', '2024');
    await element.updateComplete;
    expect(rows(element).slice(0, 2)).toEqual([
      'international border gate 9 9 0',
      'main (bilateral) border gate 6 6 0',
    ]);
    expect(text($(element, '[part=summary]'))).toMatch(
      /The official count of Oct 24, 2024 has 60; 28 are listed\. \d+ class changes are recorded in 2014–2024:$/,
    );
    const changes = [...shadow(element).querySelectorAll('[part=changes] li')].map(text);
    expect(changes).toContain(
      'La Lay: main (bilateral) border gate → international border gate (Jun 2014)',
    );
    expect(
      changes.some((change) =>
        change.startsWith('Nam Giang: main (bilateral) border gate → international border gate'),
      ),
    ).toBe(true);
  });

  it('names a one-year range as that year, not "2024–2024" (issue 15 screenshots)', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" from="2024" to="2024"></bilateral-gates>',
    );
    const summary = text($(element, '[part=summary]'));
    expect(summary).toMatch(/class changes? (is|are) recorded in 2024[.:]$/);
    expect(summary).not.toContain('2024–2024');
  });
});

describe('<bilateral-gates> province order', () => {
  it('sorts Vietnamese provinces alphabetically (Intl.Collator), not by code point', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" locale="vi"></bilateral-gates>',
    );
    const options = [...shadow(element).querySelectorAll('[part=filters] select')]
      .flatMap((select) => [...select.querySelectorAll('option')])
      .map((option) => option.value);
    const names = options.filter((name) => name === 'Điện Biên' || name === 'Thừa Thiên Huế');
    expect(names).toEqual(['Điện Biên', 'Thừa Thiên Huế']);
  });
});

describe('<bilateral-gates> narrow', () => {
  it('gives the provinces their whole names where it can, never over their bars (QA h135 Q22)', async () => {
    for (const width of [248, 280, 320, 640]) {
      const element = await mountLoaded<BilateralGates>(
        '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
        width,
      );
      const root = shadow(element);
      const bars = [...root.querySelectorAll<SVGRectElement>('rect.bar.province')];
      const labels = bars.map((bar) => bar.previousElementSibling as SVGTextElement);
      const names = labels.map((label) => label.textContent?.trim());
      // Drawn in full: "Thừa Thiên Huế" was "Thừa Thiên…" at 280 px.
      expect(names, `${width}px`).toContain('Thừa Thiên Huế');
      expect(
        names.filter((name) => name?.endsWith('…')),
        `${width}px`,
      ).toEqual([]);
      for (const [index, label] of labels.entries()) {
        const end = label.getBBox().x + label.getBBox().width;
        expect(end, `${width}px ${names[index]}`).toBeLessThanOrEqual(
          (bars[index]?.x.baseVal.value ?? 0) - 2,
        );
      }
    }
  });
});

describe('<bilateral-gates> empty', () => {
  it('says a pair has no listed crossing instead of suggesting other years (issue 15 screenshots)', async () => {
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" reporter="THA" partner="KHM"></bilateral-gates>',
    );
    expect(text($(element, '[part=empty] span'))).toBe(
      'The data lists no border crossing for Thailand–Cambodia.',
    );
  });
});
