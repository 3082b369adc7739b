import { describe, expect, it } from 'vitest';
import { type AnyElement, mount, nextEvent, shadow, TAGS, text } from '../__tests__/helpers.js';
import '../all.js';

const sources = [
  { id: 's', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
];
const flow = (flowName: string, period: string, value: string, more: object = {}) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: flowName,
  period,
  value,
  currency: 'USD',
  status: 'official',
  source: 's',
  ...more,
});

/**
 * Valid datasets that are unusual: each element must draw them or say there is nothing to draw.
 * Two currencies are the exception: a turnover or a balance needs a dated conversion the dataset
 * does not give, and the element must say exactly that.
 */
const ODD: Record<string, object[]> = {
  'two currencies': [
    flow('export', '2024', '100'),
    flow('import', '2024', '80', { currency: 'EUR' }),
  ],
  'a first year without trade': [
    flow('export', '2023', '0'),
    flow('import', '2023', '0'),
    flow('export', '2024', '5'),
    flow('import', '2024', '0'),
  ],
  'months only': ['2024-01', '2024-02'].flatMap((p) => [
    flow('export', p, '10'),
    flow('import', p, '9'),
  ]),
  'exports only': [flow('export', '2023', '100'), flow('export', '2024', '130')],
  'a pair outside the economy table': [
    flow('export', '2023', '10', { reporter: 'MEX', partner: 'GTM' }),
    flow('import', '2023', '7', { reporter: 'MEX', partner: 'GTM' }),
    flow('export', '2024', '12', { reporter: 'MEX', partner: 'GTM' }),
    flow('import', '2024', '6', { reporter: 'MEX', partner: 'GTM' }),
  ],
  'no flows at all': [],
};

describe('a dataset of months only', () => {
  it('is drawn month by month when period-kind is not set, and not when it asks for years', async () => {
    const element = mount<AnyElement>('<bilateral-growth></bilateral-growth>');
    const loaded = nextEvent(element, 'bilateral-load');
    element.data = { id: 'odd', title: { en: 'Odd' }, sources, flows: ODD['months only'] } as never;
    await loaded;
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('circle.mark')).toHaveLength(2);
    expect(text(shadow(element).querySelector('[part=summary]') as Element)).toContain('Feb 2024');
    element.setAttribute('period-kind', 'year');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=empty]')).not.toBeNull();
  });
});

describe("a pair outside the core's economy table", () => {
  it("is named by CLDR, in the element's language", async () => {
    const element = mount<AnyElement>('<bilateral-growth></bilateral-growth>');
    const loaded = nextEvent(element, 'bilateral-load');
    element.data = {
      id: 'odd',
      title: { en: 'Odd' },
      sources,
      flows: ODD['a pair outside the economy table'],
    } as never;
    await loaded;
    await element.updateComplete;
    const title = () => text(shadow(element).querySelector('[part=title]') as Element);
    expect(title()).toBe('Mexico–Guatemala turnover');
    element.setAttribute('locale', 'zh');
    await element.updateComplete;
    expect(title()).toBe('墨西哥–危地马拉贸易额');
  });
});

describe.each(TAGS)('<%s> on unusual but valid data', (tag) => {
  it.each(Object.entries(ODD))('draws %s or says why not', async (name, flows) => {
    const element = mount<AnyElement>(`<${tag}></${tag}>`);
    const settled = Promise.race([
      nextEvent(element, 'bilateral-load').then(() => 'load'),
      nextEvent(element, 'bilateral-error').then(() => 'error'),
    ]);
    element.data = { id: 'odd', title: { en: 'Odd' }, sources, flows } as never;
    expect(await settled).toBe('load');
    await element.updateComplete;
    const panels = [element, ...shadow(element).querySelectorAll<AnyElement>('[part]')].filter(
      (node) => node.shadowRoot !== null,
    );
    for (const panel of panels) {
      await panel.updateComplete;
      const alert = shadow(panel).querySelector('[role=alert]');
      if (name === 'two currencies' && alert !== null) {
        expect(text(alert)).toMatch(/USD.*EUR|EUR.*USD/);
        expect(text(alert)).toMatch(/convert|conversion/);
      } else {
        expect(alert, text(shadow(panel))).toBeNull();
      }
    }
  });
});
