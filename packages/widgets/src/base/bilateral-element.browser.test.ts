import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  type AnyElement,
  errorEvent,
  expectAccessible,
  FIXTURES,
  LOADS,
  mount,
  mountLoaded,
  openTable,
  settled,
  shadow,
  text,
} from '../__tests__/helpers.js';
import '../all.js';
import {
  BilateralBalance,
  BilateralGrowth,
  BilateralTarget,
  type ChartParts,
  type GrowthView,
  type RenderContext,
} from '../index.js';

const CHARTS = ['bilateral-growth', 'bilateral-balance', 'bilateral-target', 'bilateral-gates'];

describe.each(CHARTS)('<%s> title and table', (tag) => {
  it('has a title that is a heading of level 2, named once', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    const title = $(element, '[part=title]');
    expect(title.getAttribute('role')).toBe('heading');
    expect(title.getAttribute('aria-level')).toBe('2');
    // The figure does not repeat the title as its own name; the chart is named by it once.
    const figure = $(element, '[part=figure]');
    expect(figure.hasAttribute('aria-labelledby')).toBe(false);
    expect(figure.hasAttribute('aria-label')).toBe(false);
    expect(shadow(element).querySelectorAll('[aria-labelledby~=title]')).toHaveLength(0);
  });

  it('takes its heading level from heading-level (1–6; anything else is 2)', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos" heading-level="3"></${tag}>`);
    expect($(element, '[part=title]').getAttribute('aria-level')).toBe('3');
    element.setAttribute('heading-level', '9');
    await element.updateComplete;
    expect($(element, '[part=title]').getAttribute('aria-level')).toBe('2');
  });

  it('has a focusable, named scroll region for an open table in a narrow box (axe clean)', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`, 280);
    await openTable(element);
    const table = $(element, '[part=table]');
    expect(table.getAttribute('tabindex')).toBe('0');
    expect(table.getAttribute('role')).toBe('region');
    expect(table.getAttribute('aria-label')).toMatch(/: Data table$/);
    await expectAccessible(element);
  });
});

describe.each(['vietnam-laos', 'laos-china'])('the words readers see (%s)', (dataset) => {
  it.each(CHARTS)('<%s> shows no internal note, file name or capitalised ASSUMED', async (tag) => {
    const element = await mountLoaded(`<${tag} dataset="${dataset}"></${tag}>`);
    // None when empty.
    if (shadow(element).querySelector('[part=toggle]') !== null) await openTable(element);
    expect(text(shadow(element))).not.toMatch(/DOMAIN\.md|research notes|ASSUMED|seed 00/);
  });
});

describe('in Lao', () => {
  it('writes periods and dates in Lao, whatever Lao data the browser has', async () => {
    const balance = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos" locale="lo"></bilateral-balance>',
    );
    expect(text($(balance, '[part=title]'))).toBe('ດຸນການຄ້າ ຫວຽດນາມ – ລາວ, ມ.ກ. – ກ.ລ. 2025');
    const gates = await mountLoaded(
      '<bilateral-gates dataset="vietnam-laos" locale="lo"></bilateral-gates>',
    );
    expect(text($(gates, '[part=summary]'))).toContain('(24 ຕ.ລ. 2024)');
    expect(text(shadow(gates))).toContain('ດ່ານສາກົນ');
    expect(text(shadow(gates))).not.toMatch(/Jan|Sep|Oct|international/);
  });
});

describe('errors for readers', () => {
  it.each([
    ['en', 'The data for this chart could not be loaded.'],
    ['vi', 'Không tải được dữ liệu cho biểu đồ này.'],
    ['lo', 'ບໍ່ສາມາດໂຫຼດຂໍ້ມູນຂອງແຜນພູມນີ້ໄດ້.'],
    ['zh', '无法加载此图表的数据。'],
  ])('in %s: a title and a plain sentence; the details in the event', async (locale, title) => {
    const element = mount(
      `<bilateral-growth src="${FIXTURES}/schema-error.json" locale="${locale}"></bilateral-growth>`,
    );
    const event = await errorEvent(element);
    expect(event.detail.error.message).toMatch(/2024-Q0/);
    await element.updateComplete;
    const alert = $(element, '[role=alert]');
    expect(text(alert.querySelector('strong') as Element)).toBe(title);
    expect(text(alert)).not.toMatch(/2024-Q0|flows|\d+\.\w+:/);
  });
});

describe('<bilateral-dashboard> headings', () => {
  it('is a heading and makes its panels one level deeper', async () => {
    const element = await mountLoaded<AnyElement>(
      '<bilateral-dashboard dataset="vietnam-laos" heading-level="3"></bilateral-dashboard>',
    );
    expect($(element, '[part=title]').getAttribute('role')).toBe('heading');
    expect($(element, '[part=title]').getAttribute('aria-level')).toBe('3');
    const growth = $(element, 'bilateral-growth') as unknown as AnyElement;
    await growth.updateComplete;
    expect(growth.getAttribute('heading-level')).toBe('4');
  });
});

describe('the points’ descriptions', () => {
  /**
   * A subclass of `Base` whose charts read the messages through a counting Proxy, keeping the last
   * chart's parts: its `points` then show whether the descriptions were written at the draw.
   */
  function counted(
    Base: typeof BilateralGrowth | typeof BilateralBalance | typeof BilateralTarget,
  ) {
    const seen = { reads: 0, parts: undefined as ChartParts | undefined };
    // Typed as growth's: each base's renderChart takes its own view, which the override passes on.
    const Parent = Base as typeof BilateralGrowth;
    class Counted extends Parent {
      protected override renderChart(view: GrowthView, context: RenderContext): ChartParts {
        const m = new Proxy(context.m, {
          get(target, key, receiver) {
            seen.reads += 1;
            return Reflect.get(target, key, receiver);
          },
        });
        const parts = super.renderChart(view, { ...context, m });
        seen.parts = parts;
        return parts;
      }
    }
    return { Counted, seen };
  }

  it.each([
    ['growth', BilateralGrowth, ''],
    ['target', BilateralTarget, ''],
    ['balance card', BilateralBalance, ''],
    ['balance series', BilateralBalance, 'view="series"'],
  ] as const)(
    "%s: the chart's points are written at their first read, once (review h105, F7)",
    async (name, Base, attributes) => {
      const { Counted, seen } = counted(Base);
      const tag = `lazy-${name.replace(' ', '-')}`;
      customElements.define(tag, Counted as unknown as CustomElementConstructor);
      const element = await mountLoaded(`<${tag} dataset="vietnam-laos" ${attributes}></${tag}>`);
      await settled([element]);
      if (attributes !== '') {
        // The series chart is loaded on demand: drawn once its columns are.
        await expect
          .poll(() => shadow(element).querySelectorAll('.hit').length, LOADS)
          .toBeGreaterThan(1);
      }
      const drawn = seen.reads;
      const { parts } = seen;
      const first = parts?.points;
      // Described now, not at the draw: an eager chart would have read its messages already.
      expect(first?.length).toBeGreaterThan(0);
      expect(seen.reads).toBeGreaterThan(drawn);
      const described = seen.reads;
      expect(parts?.points).toBe(first);
      expect(seen.reads).toBe(described);
    },
  );

  it('are written only once a reader moves to a point', async () => {
    let reads = 0;
    /** Growth, counting the reads of its chart's `points`. */
    class CountedGrowth extends BilateralGrowth {
      protected override renderChart(view: GrowthView, context: RenderContext): ChartParts {
        const parts = super.renderChart(view, context);
        return {
          height: parts.height,
          content: parts.content,
          get points() {
            reads += 1;
            return parts.points;
          },
        };
      }
    }
    customElements.define('counted-growth', CountedGrowth);
    const element = await mountLoaded('<counted-growth dataset="vietnam-laos"></counted-growth>');
    await settled([element]);
    expect(reads).toBe(0);
    $(element, '[part=chart]').focus();
    await userEvent.keyboard('{End}');
    await expect.poll(() => text($(element, '.live')), LOADS).toMatch(/^\d{4}: /);
    expect(reads).toBeGreaterThan(0);
  });
});
