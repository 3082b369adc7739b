import { describe, expect, it } from 'vitest';
import {
  $,
  type AnyElement,
  expectAccessible,
  loadEvent,
  mount,
  openTable,
  settled,
  shadow,
  TAGS,
  text,
} from '../__tests__/helpers.js';
import '../all.js';

/** Exports and imports of two years, the second's approximate: a balance with a note. */
const ESTIMATED = {
  id: 'estimated',
  title: { en: 'Estimated' },
  sources: [{ id: 's', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' }],
  flows: ['2023', '2024'].flatMap((period) =>
    ['export', 'import'].map((flow) => ({
      reporter: 'VNM',
      partner: 'LAO',
      flow,
      period,
      value: flow === 'export' ? '120' : '80',
      currency: 'USD',
      status: 'official',
      ...(period === '2024' ? { uncertain: true } : {}),
      source: 's',
    })),
  ),
};

/** The element and its panels (a dashboard's), each with its data table open. */
async function tablesOpen(markup: string, width: number, data?: unknown): Promise<AnyElement[]> {
  const element = mount(markup, width);
  const loaded = loadEvent(element);
  if (data !== undefined) element.data = data as never;
  await loaded;
  await element.updateComplete;
  const panels = [...shadow(element).querySelectorAll<AnyElement>('[part]')].filter(
    (node) => node.shadowRoot !== null,
  );
  const all = [element, ...panels];
  for (const one of all) {
    await one.updateComplete;
    if (shadow(one).querySelector('[part=toggle]') !== null) await openTable(one);
  }
  await settled([element]);
  return all;
}

describe('the data table', () => {
  it('left-aligns its notes and right-aligns its numbers in tabular figures', async () => {
    const [growth] = (await tablesOpen(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
      1200,
    )) as [AnyElement];
    const notes = [...shadow(growth).querySelectorAll('.notes')];
    expect(text(notes[0] as Element)).toBe('Notes');
    for (const cell of notes) expect(getComputedStyle(cell).textAlign).toBe('start');
    const number = $(growth, 'tbody td');
    expect(getComputedStyle(number).textAlign).toBe('end');
    expect(getComputedStyle(number).whiteSpace).toBe('nowrap');
    expect(getComputedStyle(number).fontVariantNumeric).toBe('tabular-nums');
  });

  it.each(['bilateral-growth', 'bilateral-balance'])(
    'puts the notes of %s under each row at 280 px, within the box',
    async (tag) => {
      const balance = tag === 'bilateral-balance';
      const [element] = (await tablesOpen(
        balance ? `<${tag} view="series"></${tag}>` : `<${tag} dataset="vietnam-laos"></${tag}>`,
        280,
        balance ? ESTIMATED : undefined,
      )) as [AnyElement];
      // No Notes column to scroll to: the notes are a line of their own under their row.
      expect(shadow(element).querySelector('thead .notes')).toBeNull();
      const lines = [...shadow(element).querySelectorAll('.note-row .note')];
      expect(lines.length).toBeGreaterThan(0);
      const region = $(element, '[part=table]');
      const box = region.getBoundingClientRect();
      for (const line of lines) {
        expect(text(line)).toMatch(/^Notes: \S/);
        expect(line.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5);
      }
      // The region scrolls for the numbers only, and a keyboard can reach and name it.
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.getAttribute('role')).toBe('region');
      expect(region.getAttribute('aria-label')).toMatch(/: Data table$/);
      // The caption stays within the box too.
      expect($(element, 'caption').getBoundingClientRect().right).toBeLessThanOrEqual(
        box.right + 0.5,
      );
    },
  );

  it.each([
    '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    '<bilateral-growth dataset="vietnam-laos" lang="vi"></bilateral-growth>',
    '<bilateral-balance view="series"></bilateral-balance>',
  ])(
    'spans each note across the row from under the period, in view while the numbers scroll, at a 280px viewport: %s',
    async (markup) => {
      // QA h135 Q16: the notes took a 110px column right of the period, 5-8 lines each, and
      // 'english.thesaigontimes.vn' was cut by the scroll box.
      const [element] = (await tablesOpen(
        markup,
        264,
        markup.includes('balance') ? ESTIMATED : undefined,
      )) as [AnyElement];
      const region = $(element, '[part=table]');
      const box = region.getBoundingClientRect();
      const notes = [...shadow(element).querySelectorAll<HTMLElement>('.note-row .note')];
      expect(notes.length).toBeGreaterThan(0);
      for (const end of [0, region.scrollWidth]) {
        region.scrollLeft = end;
        const period = $(element, 'tbody th').getBoundingClientRect();
        const table = $(element, 'table').getBoundingClientRect();
        for (const note of notes) {
          const cell = (note.parentElement as HTMLElement).getBoundingClientRect();
          // The whole row's width, from under the period (which is not beside it any more).
          expect(cell.width).toBeCloseTo(table.width, 0);
          expect(cell.left).toBeCloseTo(table.left, 0);
          const line = note.getBoundingClientRect();
          if (end === 0) expect(line.left).toBeLessThan(period.right);
          // In view at either end of the scroll, every word inside its box.
          expect(line.left).toBeGreaterThanOrEqual(box.left - 0.5);
          expect(line.right).toBeLessThanOrEqual(box.right + 0.5);
          expect(note.scrollWidth).toBeLessThanOrEqual(note.clientWidth);
        }
      }
      // The numbers overflow the box: its right edge fades while there is more to scroll to.
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      expect(getComputedStyle(region).backgroundImage.match(/linear-gradient/g)).toHaveLength(2);
      expect(getComputedStyle(region).backgroundAttachment).toBe('local, scroll');
    },
  );

  it.each(TAGS.flatMap((tag) => [280, 390, 768, 1200].map((width) => [tag, width] as const)))(
    'leaves axe nothing to report with the tables of %s open at %i px',
    async (tag, width) => {
      const [element] = (await tablesOpen(`<${tag} dataset="vietnam-laos"></${tag}>`, width)) as [
        AnyElement,
      ];
      await expectAccessible(element);
    },
  );
});
