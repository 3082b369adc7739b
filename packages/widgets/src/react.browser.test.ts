import { vietnamLaos } from '@bilateral/core';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { $, type AnyElement, text } from './__tests__/helpers.js';
import { BilateralGrowth } from './react.js';

describe('@bilateral/widgets/react', () => {
  it('passes a Dataset as a property and reports bilateral-load through onBilateralLoad', async () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const loaded = new Promise<string>((resolve) => {
      root.render(
        createElement(BilateralGrowth, {
          data: vietnamLaos,
          measure: 'export',
          onBilateralLoad: (event) => resolve(event.detail.dataset.id),
        }),
      );
    });
    expect(await loaded).toBe('vietnam-laos');
    const element = container.querySelector('bilateral-growth') as AnyElement;
    await element.updateComplete;
    expect(element.data).toBe(vietnamLaos);
    expect(text($(element, '[part=summary]'))).toMatch(/^Vietnam’s exports to Laos rose/);
    root.unmount();
  });

  it('works as a plain tag in React 19, events included', async () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const loaded = new Promise<CustomEvent>((resolve) => {
      root.render(
        createElement('bilateral-balance', {
          data: vietnamLaos,
          view: 'series',
          'onbilateral-load': resolve,
        }),
      );
    });
    expect((await loaded).type).toBe('bilateral-load');
    const element = container.querySelector('bilateral-balance') as AnyElement;
    expect(element.data).toBe(vietnamLaos);
    root.unmount();
  });
});
