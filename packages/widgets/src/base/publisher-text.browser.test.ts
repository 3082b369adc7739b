import { vietnamLaos } from '@bilateral/core';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import {
  $,
  type AnyElement,
  expectAccessible,
  mountLoaded,
  shadow,
  TAGS,
  text,
} from '../__tests__/helpers.js';
import '../all.js';
import { BilateralBalance } from '../react.js';

const CHARTS = TAGS.filter((tag) => tag !== 'bilateral-dashboard');

describe.each(TAGS)('<%s> title, subtitle, notes and source attributes', (tag) => {
  it('shows the page’s own words instead of the generated ones', async () => {
    const element = await mountLoaded(
      `<${tag} dataset="vietnam-laos" title="Trade across the Annamites"
        subtitle="Both ways, in US dollars." notes="Figures for 2024 are provisional."
        source="Vietnam Customs, compiled by the newsroom"></${tag}>`,
    );
    expect(text($(element, '[part=title]'))).toBe('Trade across the Annamites');
    expect(text($(element, '[part=summary]'))).toBe('Both ways, in US dollars.');
    expect(text($(element, '[part=notes]'))).toBe('Figures for 2024 are provisional.');
    expect(text($(element, '[part=footer]'))).toContain(
      'Source: Vietnam Customs, compiled by the newsroom',
    );
    // The host's title attribute gives no tooltip over the figure (an empty title stops it).
    expect($(element, '[part=figure]').getAttribute('title')).toBe('');
    await expectAccessible(element);
  });

  it('keeps the generated words when the attributes are absent or blank', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos" title="  "></${tag}>`);
    expect(text($(element, '[part=title]'))).toMatch(/Vietnam–Laos/);
    expect(shadow(element).querySelector('[part=notes]')).toBeNull();
  });

  it('follows a change of the title property', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    element.title = 'Changed';
    await element.updateComplete;
    expect(text($(element, '[part=title]'))).toBe('Changed');
  });
});

describe.each(CHARTS)('<%s> with the title attribute', (tag) => {
  it('names its chart with it', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos" title="Own title"></${tag}>`);
    expect($(element, '[part=chart]').getAttribute('aria-label')).toBe('Own title');
  });

  it('keeps the source line in plain (and names the figure with the title)', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos" plain></${tag}>`);
    expect(shadow(element).querySelector('[part=title]')).toBeNull();
    expect(text($(element, '[part=footer]'))).toMatch(/^Source: \S/);
  });
});

describe('<bilateral-dashboard> title', () => {
  it('is the dataset’s own title in the page’s language when it shows the main pair', async () => {
    const element = await mountLoaded(
      '<bilateral-dashboard dataset="vietnam-laos" locale="vi"></bilateral-dashboard>',
    );
    expect(text($(element, '[part=title]'))).toBe('Thương mại Việt Nam – Lào');
  });

  it('is generated for another pair than the dataset’s', async () => {
    const element = await mountLoaded(
      '<bilateral-dashboard dataset="vietnam-laos" reporter="LAO" partner="VNM"></bilateral-dashboard>',
    );
    expect(text($(element, '[part=title]'))).toBe('Laos–Vietnam trade');
  });
});

describe('the React components', () => {
  it('take title, subtitle, notes and source as props', async () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await new Promise((resolve) => {
      root.render(
        createElement(BilateralBalance, {
          data: vietnamLaos,
          title: 'Own title',
          subtitle: 'Own subtitle',
          notes: 'Own note',
          source: 'Own source',
          onBilateralLoad: resolve,
        }),
      );
    });
    const element = container.querySelector('bilateral-balance') as AnyElement;
    await element.updateComplete;
    expect(text($(element, '[part=title]'))).toBe('Own title');
    expect(text($(element, '[part=summary]'))).toBe('Own subtitle');
    expect(text($(element, '[part=notes]'))).toBe('Own note');
    expect(text($(element, '[part=footer]'))).toContain('Source: Own source');
    root.unmount();
  });
});
