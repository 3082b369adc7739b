import type { BorderCrossing } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import {
  $,
  linesBroken,
  loadEvent,
  mount,
  mountLoaded,
  openTable,
  shadow,
  text,
} from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

/** Each class row's name as shown, and the legal term written under it (with its language). */
function classRows(element: Element) {
  return [...shadow(element).querySelectorAll('table:first-of-type tbody th')].map((th) => {
    const term = th.querySelector('.legal-term');
    return {
      name: text(th)
        .replace(term?.textContent ?? '', '')
        .trim(),
      term: term && { text: text(term), lang: term.getAttribute('lang') },
    };
  });
}

const mountGates = (attributes: string) =>
  mountLoaded<BilateralGates>(`<bilateral-gates ${attributes}></bilateral-gates>`, 640);

describe('<bilateral-gates> class names in the reader’s language (issue 15 defect 13)', () => {
  it("names Vietnam's classes in Lao, with the Vietnamese legal term under each in the table", async () => {
    const element = await mountGates('dataset="vietnam-laos" locale="lo"');
    await openTable(element);
    expect(classRows(element)).toEqual([
      { name: 'ດ່ານສາກົນ', term: { text: 'cửa khẩu quốc tế', lang: 'vi' } },
      { name: 'ດ່ານຫຼັກ (ສອງຝ່າຍ)', term: { text: 'cửa khẩu chính (song phương)', lang: 'vi' } },
      { name: 'ດ່ານຮອງ', term: { text: 'cửa khẩu phụ', lang: 'vi' } },
      { name: 'ຊ່ອງທາງຊາຍແດນ', term: { text: 'lối mở biên giới', lang: 'vi' } },
    ]);
    // No class is English anywhere: not on the bars, not in the filter.
    for (const where of ['[part=chart] svg', '[part=filters]']) {
      const shown = text(shadow(element).querySelector(where) as Element);
      expect(shown, where).not.toMatch(/border gate|border opening|checkpoint/);
    }
    expect(text(shadow(element).querySelector('[part=chart] svg') as Element)).toContain('ດ່ານຮອງ');
  });

  it.each([
    ['vi', 'cửa khẩu quốc tế'],
    ['zh', '国际口岸'],
  ])(
    "names Laos's international checkpoints in %s, with the Lao legal term",
    async (locale, name) => {
      for (const source of ['dataset="laos-china"', 'dataset="vietnam-laos" country="LAO"']) {
        const element = await mountGates(`${source} locale="${locale}"`);
        await openTable(element);
        expect(classRows(element)[0], source).toEqual({
          name,
          term: { text: 'ດ່ານສາກົນ', lang: 'lo' },
        });
        expect(text(shadow(element).querySelector('[part=chart] svg') as Element)).not.toContain(
          'checkpoint',
        );
      }
    },
  );

  it("writes no legal term where the reader reads the law's own words or English", async () => {
    for (const attributes of [
      'dataset="vietnam-laos" locale="vi"',
      'dataset="vietnam-laos"',
      'dataset="laos-china" locale="lo"',
    ]) {
      const element = await mountGates(attributes);
      expect(shadow(element).querySelector('.legal-term'), attributes).toBeNull();
    }
  });

  it('keeps a Lao date of its summary on one line at any width', async () => {
    // Seen at 390 px: 'ຕົວເລກທາງການ (24 ຕ.ລ.' / '2024) ແມ່ນ 60'.
    const element = await mountGates('dataset="vietnam-laos" locale="lo" lang="lo"');
    expect(linesBroken($(element, '[part=summary]'), /\d+ ຕ\.ລ\. \d{4}/g)).toEqual([]);
  });

  it('keeps a Chinese count with its measure word at any width', async () => {
    // Seen at 390 px: '已列出28' / '个。'.
    const element = await mountGates('dataset="vietnam-laos" locale="zh" lang="zh"');
    expect(linesBroken($(element, '[part=summary]'), /\d+\u2060?个/g)).toEqual([]);
  });
});

describe('<bilateral-gates> province names in the reader’s language (h208)', () => {
  /** The provinces' table (name, count) and the filter's options (value, text). */
  function provinces(element: Element) {
    const root = shadow(element);
    return {
      rows: [...root.querySelectorAll('table:last-of-type tbody th')].map((th) => text(th)),
      chart: text(root.querySelector('[part=chart] svg') as Element),
      options: [...(root.querySelectorAll('[part=filters] select')[1] as HTMLSelectElement).options]
        .slice(1)
        .map((option) => [option.value, text(option)]),
    };
  }

  it('shows Lao provinces in Chinese and still filters by the dataset’s name', async () => {
    const element = await mountGates('dataset="laos-china" locale="zh" lang="zh"');
    await openTable(element);
    const shown = provinces(element);
    expect(shown.rows.length).toBeGreaterThan(1);
    for (const name of shown.rows) expect(name).toMatch(/^\p{sc=Han}+$/u);
    expect(shown.rows).toContain('琅南塔');
    expect(shown.chart).toContain('琅南塔');
    expect(shown.chart).not.toContain('Luang Namtha');
    expect(shown.options).toContainEqual(['Luang Namtha', '琅南塔']);
    element.setAttribute('province', 'Luang Namtha');
    await element.updateComplete;
    expect(provinces(element).rows).toEqual(['琅南塔']);
  });

  it('shows Vietnamese provinces in Lao, Lao ones in Vietnamese, English ones as the dataset names them', async () => {
    const lao = await mountGates(
      'dataset="vietnam-laos" locale="lo" lang="lo" province="Quảng Trị"',
    );
    await openTable(lao);
    expect(provinces(lao).rows).toEqual(['ກວາງຈິ']);
    expect(provinces(lao).options).toContainEqual(['Quảng Trị', 'ກວາງຈິ']);
    const vietnamese = await mountGates('dataset="vietnam-laos" country="LAO" locale="vi"');
    await openTable(vietnamese);
    expect(provinces(vietnamese).rows).toContain('Khăm Muộn');
    expect(provinces(vietnamese).rows).not.toContain('Khammouane');
    const english = await mountGates('dataset="vietnam-laos" country="LAO"');
    await openTable(english);
    expect(provinces(english).rows).toContain('Khammouane');
  });

  it.each([
    // Pinyin: fēng, láng, wū (by the English names: 琅南塔, 乌多姆赛, 丰沙里).
    ['zh', ['丰沙里', '琅南塔', '乌多姆赛']],
    // By the English names: Luông Nậm Tha, U Đôm Xay (Oudomxay), Phông Sa Lỳ (Phongsaly).
    ['vi', ['Luông Nậm Tha', 'Phông Sa Lỳ', 'U Đôm Xay']],
  ])(
    'orders the provinces by their names in %s: the filter, and bars of one count (h212)',
    async (locale, names) => {
      // Laos–China with one Lao crossing in each of Luang Namtha, Oudomxay and Phongsaly: its
      // second crossing (Laos's side first) moved from Luang Namtha.
      const { laosChina } = await import('@bilateral/core');
      const crossings = laosChina.crossings.map(
        (crossing, index): BorderCrossing =>
          index === 1
            ? {
                ...crossing,
                sides: [
                  { ...crossing.sides[0], province: { name: 'Oudomxay', id: 'LA-OUDOMXAY' } },
                  crossing.sides[1],
                ],
              }
            : crossing,
      );
      const element = mount<BilateralGates>(
        `<bilateral-gates country="LAO" locale="${locale}"></bilateral-gates>`,
        640,
      );
      const loaded = loadEvent(element);
      element.data = { ...laosChina, crossings };
      await loaded;
      await openTable(element);
      const shown = provinces(element);
      expect(shown.rows).toEqual(names);
      expect(shown.options.map(([, name]) => name)).toEqual(names);
      const bars = [...shadow(element).querySelectorAll('rect.bar.province')];
      const labels = bars.map((bar) => text(bar.previousElementSibling as Element));
      expect(labels).toEqual(names);
    },
  );
});
