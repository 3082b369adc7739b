import { describe, expect, it } from 'vitest';
import { $, linesBroken, mountLoaded, openTable, shadow, text } from '../__tests__/helpers.js';
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
