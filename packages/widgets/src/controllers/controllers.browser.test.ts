import { vietnamLaos } from '@bilateral/core';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyElement, loadEvent, mount, shadow } from '../__tests__/helpers.js';
import type { RenderContext } from '../base/bilateral-base.js';
import { BilateralElement } from '../base/bilateral-element.js';
import '../elements/dashboard.define.js';
import { ResizeController } from './resize-controller.js';

/** Waits `count` animation frames (and the task after each). */
async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}

/** A host that draws its width, and counts its renders. */
class WidthHost extends LitElement {
  readonly size = new ResizeController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`${this.size.width}`;
  }
}
customElements.define('width-host', WidthHost);

let restore = () => {};

afterEach(() => {
  restore();
});

describe('ResizeController and ViewportController', () => {
  it('skip the redraw the first width asks for when an update has drawn at it meanwhile', async () => {
    const host = mount<WidthHost>('<width-host style="display:block"></width-host>', 321);
    await host.updateComplete;
    const before = host.renders;
    // Created after the controller's shared observer, this one reports after it, before the
    // frame in which the controller would redraw: an update now draws at the new width.
    const measured = new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        host.requestUpdate();
        resolve();
      });
      observer.observe(host);
    });
    await measured;
    await host.updateComplete;
    expect(host.renders).toBe(before + 1);
    expect(host.renderRoot.textContent).toContain('321');
    await frames(3);
    expect(host.renders).toBe(before + 1);
  });

  it('redraw the elements whose widths arrive together in one go, not one an animation frame callback', async () => {
    const first = mount<WidthHost>(
      Array.from({ length: 3 }, () => '<width-host style="display:block"></width-host>').join(''),
      321,
    );
    const hosts = [...(first.parentElement as HTMLElement).children] as WidthHost[];
    await Promise.all(hosts.map((host) => host.updateComplete));
    // When the first redraws at its width, the others have been asked to (one frame callback
    // for all): a callback each redrew the first before the others' callbacks had run.
    const othersPending = new Promise<boolean[]>((resolve) => {
      const render = first.render.bind(first);
      first.render = () => {
        if (first.size.width === 321) resolve(hosts.slice(1).map((host) => host.isUpdatePending));
        return render();
      };
    });
    expect(await othersPending).toEqual([true, true]);
    await frames(2);
    for (const host of hosts) expect(host.renderRoot.textContent).toContain('321');
  });

  it('draw a dashboard’s panels once each, at their width in its grid (never at 600 px first)', async () => {
    const drawn = new Map<Element, number[]>();
    type Draw = (this: Element, view: unknown, context: RenderContext) => unknown;
    const proto = BilateralElement.prototype as unknown as { renderView: Draw };
    const renderView = proto.renderView;
    proto.renderView = function (view, context) {
      drawn.set(this, [...(drawn.get(this) ?? []), context.width]);
      return renderView.call(this, view, context);
    };
    restore = () => {
      proto.renderView = renderView;
    };
    // Given as a parsed Dataset, the panels could draw in the dashboard's own update.
    mount('<div></div>', 1000);
    const dashboard = document.createElement('bilateral-dashboard') as AnyElement;
    dashboard.data = vietnamLaos;
    const loaded = loadEvent(dashboard);
    document.body.querySelector('div')?.replaceChildren(dashboard);
    await loaded;
    await frames(4);
    const panels = [...shadow(dashboard).querySelectorAll('[part=grid] > *')];
    expect(panels).toHaveLength(4);
    for (const panel of panels) {
      const style = getComputedStyle(panel);
      const inner =
        panel.clientWidth -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      expect(drawn.get(panel)).toEqual([Math.round(inner)]);
    }
  });
});
