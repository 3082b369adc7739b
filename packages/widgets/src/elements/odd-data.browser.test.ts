import { describe, expect, it, vi } from 'vitest';
import {
  $,
  type AnyElement,
  errorEvent,
  FIXTURES,
  LOADS,
  mount,
  nextEvent,
  shadow,
  TAGS,
  text,
} from '../__tests__/helpers.js';
import type { ErrorEventDetail } from '../data/dataset-controller.js';
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
  'commodity flows only': [
    flow('export', '2023', '40', { commodity: '1201' }),
    flow('export', '2024', '45', { commodity: '1201' }),
    flow('import', '2024', '3', { commodity: '1201' }),
    flow('export', '2024', '2', { commodity: '0901' }),
  ],
  'no flows at all': [],
  // The year 1 has no year before it: no rate, and no error (review h150 A12's class).
  'the year 1': ['0001', '0002'].flatMap((p) => [flow('export', p, '10'), flow('import', p, '9')]),
};

/** Loads `flows` into a fresh `<tag>` with `attributes` and waits until it has drawn them. */
async function drawn(tag: string, flows: object[], attributes = ''): Promise<AnyElement> {
  const element = mount<AnyElement>(`<${tag} ${attributes}></${tag}>`);
  const loaded = nextEvent(element, 'bilateral-load');
  element.data = { id: 'odd', title: { en: 'Odd' }, sources, flows } as never;
  await loaded;
  await element.updateComplete;
  return element;
}

const titleOf = (element: AnyElement) =>
  text(shadow(element).querySelector('[part=title]') as Element);

describe('a dataset of exports only', () => {
  it('draws the exports when measure is not set, and says so in the title', async () => {
    const element = await drawn('bilateral-growth', ODD['exports only'] ?? []);
    expect(titleOf(element)).toBe('Vietnam’s exports to Laos');
    expect(shadow(element).querySelectorAll('circle.mark')).toHaveLength(2);
    expect(text(shadow(element).querySelector('[part=summary]') as Element)).toContain(
      'rose from US$100 in 2023 to US$130 in 2024',
    );
    element.setAttribute('measure', 'turnover');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=empty]')).not.toBeNull();
  });
});

describe('a dataset of commodity flows only', () => {
  const flows = ODD['commodity flows only'] ?? [];

  it('draws the commodity with the most flows, named by its HS code', async () => {
    const growth = await drawn('bilateral-growth', flows);
    // HS 1201 has turnover for 2024 only, exports for 2023 and 2024: the exports are drawn.
    expect(titleOf(growth)).toBe('Vietnam’s exports to Laos (HS 1201)');
    expect(shadow(growth).querySelectorAll('circle.mark')).toHaveLength(2);
    const balance = await drawn('bilateral-balance', flows);
    expect(titleOf(balance)).toBe('Vietnam–Laos trade balance (HS 1201), 2024');
    expect(text(shadow(balance).querySelector('[part=summary]') as Element)).toContain('US$42');
  });

  it('draws the commodity the attribute names, in every language', async () => {
    const growth = await drawn('bilateral-growth', flows, 'commodity="0901"');
    expect(titleOf(growth)).toBe('Vietnam’s exports to Laos (HS 0901)');
    expect(shadow(growth).querySelectorAll('circle.mark')).toHaveLength(1);
    const titles: string[] = [];
    for (const locale of ['vi', 'lo', 'zh']) {
      const before = titleOf(growth);
      growth.setAttribute('locale', locale);
      // Each language's messages are a chunk of their own: the title changes once it has loaded.
      await vi.waitFor(() => expect(titleOf(growth)).not.toBe(before), LOADS);
      titles.push(titleOf(growth));
    }
    expect(titles).toEqual([
      'Xuất khẩu của Việt Nam sang Lào (mã HS 0901)',
      'ການສົ່ງອອກຂອງ ຫວຽດນາມ ໄປ ລາວ (ລະຫັດ HS 0901)',
      '越南对老挝出口（HS编码0901）',
    ]);
  });

  it('passes the dashboard’s commodity to its growth and balance panels', async () => {
    const dashboard = await drawn('bilateral-dashboard', flows, 'commodity="1201"');
    const panel = (part: string) =>
      shadow(dashboard).querySelector<AnyElement>(`[part=${part}]`) as AnyElement;
    for (const part of ['growth', 'balance']) await panel(part).updateComplete;
    expect(panel('growth').getAttribute('commodity')).toBe('1201');
    expect(titleOf(panel('balance'))).toContain('(HS 1201)');
  });

  it('leaves the balance panel out of a dashboard when the pair publishes one direction only', async () => {
    const dashboard = await drawn('bilateral-dashboard', ODD['exports only'] ?? []);
    expect(shadow(dashboard).querySelector('[part=growth]')).not.toBeNull();
    expect(shadow(dashboard).querySelector('[part=balance]')).toBeNull();
  });

  it('shows totals, not a commodity, when the pair has totals', async () => {
    const growth = await drawn('bilateral-growth', [
      ...flows,
      flow('export', '2023', '400'),
      flow('export', '2024', '500'),
    ]);
    expect(titleOf(growth)).toBe('Vietnam’s exports to Laos');
    expect(text(shadow(growth).querySelector('[part=summary]') as Element)).toContain('US$500');
  });
});

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
    // Drawn in English, not in two languages, until the Chinese messages have loaded.
    expect(['Mexico–Guatemala turnover', '墨西哥–危地马拉贸易额']).toContain(title());
    await vi.waitFor(() => expect(title()).toBe('墨西哥–危地马拉贸易额'), LOADS);
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
    // Growth and balance cannot add two currencies: the core refuses, and a refused computation
    // fires bilateral-error only, no bilateral-load before it (QA h135 Q6).
    const refused = name === 'two currencies' && /growth|balance/.test(tag);
    expect(await settled).toBe(refused ? 'error' : 'load');
    await element.updateComplete;
    const panels = [element, ...shadow(element).querySelectorAll<AnyElement>('[part]')].filter(
      (node) => node.shadowRoot !== null,
    );
    for (const panel of panels) {
      await panel.updateComplete;
      const alert = shadow(panel).querySelector('[role=alert]');
      if (name === 'two currencies' && alert !== null) {
        expect(text(alert)).toContain('more than one currency');
        expect(text(alert)).toMatch(/convert/);
      } else {
        expect(alert, text(shadow(panel))).toBeNull();
      }
    }
  });
});

describe('a computation error, then a dataset that fails to load (review h150 A3)', () => {
  it('fires bilateral-error for the load failure too', async () => {
    const element = mount<AnyElement>(
      '<bilateral-balance dataset="vietnam-laos" period="2024-Q7"></bilateral-balance>',
    );
    const computed = await errorEvent(element);
    expect(computed.detail.reason).toBe('compute');
    await element.updateComplete;
    const events: string[] = [];
    for (const type of ['bilateral-load', 'bilateral-error']) {
      element.addEventListener(type, (event) =>
        events.push(`${type} ${(event as CustomEvent<ErrorEventDetail>).detail.reason ?? ''}`),
      );
    }
    const loadFailed = errorEvent(element);
    element.setAttribute('src', `${FIXTURES}/missing.json`);
    const { detail } = await loadFailed;
    expect(detail.reason).toBe('http');
    expect(detail.error.message).toMatch(/missing\.json answered 404/);
    await element.updateComplete;
    expect(text($(element, '[role=alert]'))).toContain(
      'The data for this chart could not be loaded.',
    );
    expect(events).toEqual(['bilateral-error http']);
  });
});
