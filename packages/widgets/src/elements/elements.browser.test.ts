import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import {
  $,
  type AnyElement,
  backgroundOf,
  contrast,
  drawn,
  errorEvent,
  expectAccessible,
  FIXTURES,
  loadEvent,
  mount,
  mountLoaded,
  openTable,
  settled,
  shadow,
  TAGS,
  text,
} from '../__tests__/helpers.js';
import '../all.js';
import { BANDS } from '../styles/reserve.js';
import { RESERVES } from '../styles/reserves.js';

afterEach(async () => {
  await commands.emulateMedia({ media: null, colorScheme: null, reducedMotion: null });
});

/** The element to test inside a dashboard is its growth panel (it has the chart). */
function chartHost(element: AnyElement): AnyElement {
  return element.localName === 'bilateral-dashboard'
    ? ($(element, 'bilateral-growth') as unknown as AnyElement)
    : element;
}

describe.each(TAGS)('<%s>', (tag) => {
  it('renders the embedded dataset and fires bilateral-load once', async () => {
    const element = mount(`<${tag} dataset="vietnam-laos"></${tag}>`);
    let loads = 0;
    element.addEventListener('bilateral-load', () => loads++);
    const event = await loadEvent(element);
    expect(event.detail.dataset.id).toBe('vietnam-laos');
    await element.updateComplete;
    expect(text(shadow(element))).toContain('Vietnam');
    expect(shadow(element).querySelector('[part=error], [part=empty]')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).toBe(1);
  });

  it('loads a dataset document from src, validated', async () => {
    const element = mount(`<${tag} src="${FIXTURES}/valid.json"></${tag}>`);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=loading]')).not.toBeNull();
    expect($(element, '[part=figure]').getAttribute('aria-busy')).toBe('true');
    const event = await loadEvent(element);
    expect(event.detail.dataset.flows.length).toBeGreaterThan(10);
  });

  it.each([
    ['a 404', `${FIXTURES}/missing.json`, 'http', /answered 404/],
    ['invalid JSON', `${FIXTURES}/invalid.json`, 'json', /is not JSON/],
    ['a schema error', `${FIXTURES}/schema-error.json`, 'schema', /2024-Q0/],
  ])('shows %s as an alert and fires bilateral-error', async (_, src, reason, message) => {
    const element = mount(`<${tag} src="${src}"></${tag}>`);
    const event = await errorEvent(element);
    expect(event.detail.reason).toBe(reason);
    expect(event.detail.error.name).toBe('BilateralError');
    expect(event.detail.error.message).toMatch(message);
    await element.updateComplete;
    // Readers get a title and a plain sentence; the details stay in the event.
    const alert = $(element, '[role=alert]');
    expect(text(alert.querySelector('strong') as Element)).toBe(
      'The data for this chart could not be loaded.',
    );
    expect(text(alert)).not.toMatch(message);
    expect(text(alert)).not.toMatch(/JSON|Error|\.\d|: expected/);
    await expectAccessible(element);
  });

  it('gives up on a slow src after the timeout', async () => {
    const element = mount(`<${tag} src="/__bilateral__/slow.json" timeout="150"></${tag}>`);
    // The server answers after 5 s (with a document that is invalid): only the timeout gives
    // this reason, whatever the machine's speed.
    const event = await errorEvent(element);
    expect(event.detail.reason).toBe('timeout');
    expect(event.detail.error.code).toBe('INVALID_INPUT');
    await element.updateComplete;
    expect(text($(element, '[role=alert]'))).toContain('took too long');
  });

  it('names an unknown embedded dataset in its error', async () => {
    const element = mount(`<${tag} dataset="atlantis"></${tag}>`);
    const event = await errorEvent(element);
    expect(event.detail.reason).toBe('unknown-dataset');
    expect(event.detail.error.message).toContain('"atlantis"');
  });

  it('accepts a parsed Dataset or a document as the data property', async () => {
    const { vietnamLaos, vietnamLaosDocument } = await import('@bilateral/core');
    for (const data of [vietnamLaos, vietnamLaosDocument]) {
      const element = mount(`<${tag}></${tag}>`);
      await element.updateComplete;
      const loaded = loadEvent(element);
      (element as AnyElement).data = data;
      expect((await loaded).detail.dataset.flows).toHaveLength(vietnamLaos.flows.length);
    }
  });

  it('shows an empty state for a pair without figures', async () => {
    const element = mount(`<${tag} dataset="vietnam-laos" reporter="THA" partner="KHM"></${tag}>`);
    await loadEvent(element);
    await element.updateComplete;
    expect(text($(element, '[part=empty] strong'))).toBe('No figures for this selection.');
    expect(text($(element, '[part=empty] span'))).toContain('Thailand–Cambodia');
    await expectAccessible(element);
  });

  it('renders data labels as text, never as markup', async () => {
    const element = mount(`<${tag} src="${FIXTURES}/xss.json"></${tag}>`);
    await loadEvent(element);
    await element.updateComplete;
    const hosts = [element, ...shadow(element).querySelectorAll('[part]')].filter(
      (node): node is AnyElement => node.shadowRoot !== null,
    );
    for (const host of hosts) {
      await host.updateComplete;
      expect(shadow(host).querySelector('img, script')).toBeNull();
      for (const link of shadow(host).querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^https?:/);
      }
    }
    expect(text(shadow(hosts[hosts.length - 1] as Element)).includes('<img src=x onerror=')).toBe(
      true,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __bilateralXss?: number }).__bilateralXss).toBeUndefined();
  });

  it('has no axe violation when loaded, in light and dark, static and with the table open', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    await expectAccessible(element);
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    await expectAccessible(element);
    const host = chartHost(element);
    await openTable(host);
    expect($(host, '[part=toggle]').getAttribute('aria-expanded')).toBe('true');
    expect($(host, '[part=table]').hidden).toBe(false);
    await expectAccessible(element);
    element.setAttribute('static', '');
    await element.updateComplete;
    await host.updateComplete;
    expect(shadow(host).querySelector('[part=toggle]')).toBeNull();
    expect(shadow(host).querySelector('[part=chart][tabindex]')).toBeNull();
    expect(shadow(host).querySelector('table')).not.toBeNull();
    await expectAccessible(element);
  });

  it('is one tab stop into the chart, then arrow keys move between points', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    const host = chartHost(element);
    const chart = $(host, '[part=chart]');
    const live = $(host, '[role=status]');
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.getAttribute('aria-label')).toBeTruthy();
    chart.focus();
    await userEvent.keyboard('{ArrowRight}');
    await host.updateComplete;
    const first = text(live);
    expect(first).not.toBe('');
    await userEvent.keyboard('{ArrowRight}');
    await host.updateComplete;
    expect(text(live)).not.toBe(first);
    await userEvent.keyboard('{ArrowLeft}');
    await host.updateComplete;
    expect(text(live)).toBe(first);
    await userEvent.keyboard('{End}');
    await host.updateComplete;
    expect(text(live)).not.toBe(first);
    await userEvent.keyboard('{Escape}');
    await host.updateComplete;
    expect(text(live)).toBe('');
    await userEvent.keyboard('{Tab}');
    expect(shadow(host).activeElement).toBe($(host, '[part=toggle]'));
  });

  it('shows a point on hover, without announcing it, and hides it when the mouse leaves', async () => {
    const element = await mountLoaded(
      `<${tag} dataset="vietnam-laos" view="series"></${tag}>`,
      640,
    );
    const host = chartHost(element);
    const columns = shadow(host).querySelectorAll<SVGRectElement>('rect.hit[data-point]');
    if (tag === 'bilateral-gates') {
      // The gates label every count already: there is nothing to hover.
      expect(columns).toHaveLength(0);
      return;
    }
    // One column per point of the time series.
    expect(columns.length).toBeGreaterThanOrEqual(2);
    const column = columns[Math.min(5, columns.length - 1)] as SVGRectElement;
    await userEvent.hover(column);
    await host.updateComplete;
    const active = shadow(host).querySelectorAll('.mark.active, .active-ring');
    expect(active.length).toBeGreaterThan(0);
    const tip = shadow(host).querySelector('.tip');
    expect(text(tip as Element)).not.toBe('');
    // No other label crowds the tip (4 px apart at least).
    const box = (tip as Element).getBoundingClientRect();
    for (const label of shadow(host).querySelectorAll('.value-label')) {
      const other = label.getBoundingClientRect();
      const apart =
        other.right + 4 <= box.left ||
        other.left >= box.right + 4 ||
        other.bottom + 4 <= box.top ||
        other.top >= box.bottom + 4;
      expect(apart, label.textContent ?? '').toBe(true);
    }
    expect(text($(host, '[role=status]'))).toBe('');
    await userEvent.unhover(column);
    await userEvent.hover($(host, '[part=summary]'));
    await host.updateComplete;
    expect(shadow(host).querySelectorAll('.mark.active, .active-ring')).toHaveLength(0);
    expect(shadow(host).querySelector('.tip')).toBeNull();
  });

  it('has one reserved height per width band, then its px parts, where they change and its line', () => {
    for (const heights of Object.values(RESERVES)) expect(heights).toHaveLength(BANDS.length + 5);
  });

  it.each([
    [280, 'en', 16],
    [390, 'vi', 16],
    [768, 'lo', 16],
    [1200, 'en', 16],
    // A page whose text is smaller than the 16 px the reserves were measured at (QA h244): the
    // charts keep their pixel heights while an em reserve shrinks with the text, so gates at
    // 390 px (vi, 15 px) drew 28 px taller than its reserve and the growth chart at 1,200 px 16 px.
    [390, 'vi', 15],
    [1200, 'en', 15],
    [768, 'zh', 14],
  ])(
    'reserves its height only while loading, at %i px in %s, text %i px',
    async (width, locale, size) => {
      const markup = (source: string) => `<${tag} ${source} locale="${locale}"></${tag}>`;
      document.body.style.fontSize = `${size}px`;
      onTestFinished(() => {
        document.body.style.fontSize = '';
      });
      const loading = mount(markup('src="/__bilateral__/slow.json"'), width);
      await loading.updateComplete;
      await drawn();
      expect(shadow(loading).querySelector('[part=loading]')).not.toBeNull();
      const reserved = loading.getBoundingClientRect().height;
      const loaded = await mountLoaded(markup('dataset="vietnam-laos"'), width);
      await settled([loaded]);
      await drawn();
      const height = loaded.getBoundingClientRect().height;
      // Nothing below the element moves down when the data arrives; once it has arrived, the
      // reserve is gone: no blank band taller than 24 px under the loaded figure, of the element
      // or of any panel of the dashboard.
      expect(height - reserved).toBeLessThanOrEqual(1);
      // A figure that fills its reserve to within 24 px keeps it: nothing moves up either. The
      // dashboard's grid only at 16 px text, where its panels reserve what the elements in them
      // do: at any other size they reserve more (the band's em, held at its 16 px height below),
      // so the loaded grid is shorter by however much its panels differ, whether they keep their
      // reserves or not (23 px at 1,200 px with 15 px text, 114 px at 390 px, 190 px at 768 px
      // with 14 px text; see docs/widgets.md).
      if (tag !== 'bilateral-dashboard' || size === 16) {
        expect(reserved - height <= 1 || reserved - height > 24).toBe(true);
      }
      const figures = [loaded, ...shadow(loaded).querySelectorAll<AnyElement>('[part]')]
        .map((part) => part.shadowRoot?.querySelector('[part=figure]'))
        .filter((figure) => figure !== null && figure !== undefined);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        const content = [...figure.children].reduce(
          (bottom, child) => Math.max(bottom, child.getBoundingClientRect().bottom),
          figure.getBoundingClientRect().top,
        );
        expect(figure.getBoundingClientRect().bottom - content).toBeLessThanOrEqual(24);
      }
    },
  );

  it.each([280, 390, 1200])('lays out within %i px', async (width) => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`, width);
    await settled([element]);
    await element.updateComplete;
    const box = element.getBoundingClientRect();
    expect(Math.round(box.width)).toBe(width);
    const svgs = [element, ...shadow(element).querySelectorAll('[part]')]
      .filter((node) => node.shadowRoot !== null)
      .flatMap((node) => [...shadow(node).querySelectorAll('svg')]);
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      const frame = svg.getBoundingClientRect();
      expect(frame.right).toBeLessThanOrEqual(box.right + 0.5);
      // No label runs out of its chart (an SVG clips what lies outside its viewBox); 1 px is
      // allowed for the side bearings a glyph's box includes.
      for (const label of svg.querySelectorAll('text')) {
        const { left, right } = label.getBoundingClientRect();
        expect(left, label.textContent ?? '').toBeGreaterThanOrEqual(frame.left - 1);
        expect(right, label.textContent ?? '').toBeLessThanOrEqual(frame.right + 1);
      }
    }
    const figure = $(element, '[part=figure]');
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
  });
});

describe('every element', () => {
  it('keeps a natural width where the page shrinks it to fit', async () => {
    // Each element is an inline-size container (for its loading reserve), so its width cannot
    // come from its content: in a flex row, an auto grid column or an inline-block it takes 40em.
    document.body.innerHTML = `
      <div style="display:flex;width:900px"><bilateral-growth dataset="vietnam-laos"></bilateral-growth><p>beside</p></div>
      <div style="display:grid;grid-template-columns:auto 1fr;width:900px"><bilateral-balance dataset="vietnam-laos"></bilateral-balance><p>beside</p></div>
      <span style="display:inline-block"><bilateral-target dataset="vietnam-laos"></bilateral-target></span>`;
    const elements = [
      ...document.querySelectorAll<AnyElement>(
        'bilateral-growth, bilateral-balance, bilateral-target',
      ),
    ];
    await Promise.all(elements.map((element) => loadEvent(element)));
    for (const element of elements) {
      const em = Number.parseFloat(getComputedStyle(element).fontSize);
      expect(element.getBoundingClientRect().width).toBeGreaterThanOrEqual(40 * em);
    }
  });

  it('keeps text contrast at 4.5:1 or more in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await mountLoaded(
        `<bilateral-dashboard dataset="vietnam-laos" theme="${theme}"></bilateral-dashboard>`,
        1000,
      );
      const panels = [...shadow(element).querySelectorAll<AnyElement>('[part]')].filter(
        (node) => node.shadowRoot !== null,
      );
      for (const panel of panels) {
        await panel.updateComplete;
        await openTable(panel);
      }
      const checked: string[] = [];
      for (const root of [element, ...panels].map(shadow)) {
        const texts = root.querySelectorAll<HTMLElement>(
          '[part=title], [part=summary], [part=footer], td, th, caption, button, option, dd, dt, label span, .badge, .muted, .legend li',
        );
        for (const node of texts) {
          const ratio = contrast(getComputedStyle(node).color, backgroundOf(node));
          checked.push(`${node.localName}.${node.className}`);
          expect(
            ratio,
            `${theme} ${node.localName} "${text(node).slice(0, 30)}"`,
          ).toBeGreaterThanOrEqual(4.5);
        }
        for (const node of root.querySelectorAll<SVGTextElement>('svg text')) {
          const bar = node.classList.contains('on-bar') ? node.previousElementSibling : null;
          const behind = bar
            ? getComputedStyle(bar).fill
            : backgroundOf(node.closest('.chart') as Element);
          const ratio = contrast(getComputedStyle(node).fill, behind);
          expect(ratio, `${theme} svg text "${node.textContent}"`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(checked.length).toBeGreaterThan(50);
    }
  });

  it('follows prefers-color-scheme when theme is auto', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(22, 27, 34)');
    element.setAttribute('theme', 'light');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('stops animating when prefers-reduced-motion is set', async () => {
    const element = mount(`<bilateral-growth src="/__bilateral__/slow.json"></bilateral-growth>`);
    await element.updateComplete;
    const skeleton = $(element, '.skeleton');
    expect(getComputedStyle(skeleton).animationName).toBe('pulse');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(skeleton).animationName).toBe('none');
    element.remove();
  });

  it('prints in light colours without the controls', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" theme="dark"></bilateral-growth>',
    );
    await commands.emulateMedia({ media: 'print' });
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle($(element, '.actions')).display).toBe('none');
  });
});
