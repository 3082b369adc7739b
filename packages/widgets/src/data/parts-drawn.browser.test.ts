import type { Dataset } from '@bilateral/core';
import { html, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { loadEvent, mount, shadow } from '../__tests__/helpers.js';
import { BilateralBase } from '../base/bilateral-base.js';
import '../elements/growth.define.js';
// From the public entry: a subclass outside the package calls it (review h90, finding 6).
import { drawParts } from '../index.js';

/** A container of two growth charts, each with its own dataset controller. */
class TwoCharts extends BilateralBase<Dataset> {
  constructor() {
    super();
    drawParts(this, this.loader);
  }

  protected computeView(dataset: Dataset): Dataset {
    return dataset;
  }

  protected renderView(dataset: Dataset): TemplateResult {
    return html`<bilateral-growth .data=${dataset}></bilateral-growth>
      <bilateral-growth .data=${dataset} measure="export"></bilateral-growth>`;
  }
}
customElements.define('two-charts', TwoCharts);

describe('drawParts', () => {
  it("holds a container's bilateral-load until each of its parts has drawn and fired its own", async () => {
    const element = mount('<two-charts dataset="vietnam-laos"></two-charts>');
    const partLoads: EventTarget[] = [];
    const root = await new Promise<ShadowRoot>((resolve) => {
      const waitForRoot = () =>
        element.shadowRoot ? resolve(element.shadowRoot) : setTimeout(waitForRoot);
      waitForRoot();
    });
    root.addEventListener('bilateral-load', (event) => partLoads.push(event.target as EventTarget));
    await loadEvent(element);
    const parts = [...shadow(element).querySelectorAll('bilateral-growth')];
    expect(partLoads).toEqual(parts);
    for (const part of parts) expect(shadow(part).querySelector('svg')).not.toBeNull();
  });
});
