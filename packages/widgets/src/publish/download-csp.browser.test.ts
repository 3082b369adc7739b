import { describe, expect, it } from 'vitest';

interface PageState {
  __violations: { directive: string; blocked: string; sample: string }[];
  __errors: string[];
  __loads: number;
}

/** The strict-CSP test page (no inline script or style, `img-src 'self'`, Trusted Types) once loaded. */
async function cspPage(): Promise<Window & typeof globalThis & PageState> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:800px';
  frame.src = '/__bilateral__/csp.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow as Window & typeof globalThis & PageState;
  const deadline = performance.now() + 15_000;
  while ((page.__loads ?? 0) < 5 && performance.now() < deadline) {
    page.scrollBy(0, 400);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return page;
}

/** Polls `check` every 25 ms until it returns a value, for up to 15 s (cold chunks on a loaded machine). */
async function until<T>(check: () => T | undefined | null): Promise<T> {
  const deadline = performance.now() + 15_000;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null) return value;
    if (performance.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('downloads under a strict Content Security Policy with Trusted Types', () => {
  it('load the panel, give the CSV, the spreadsheet and the SVG, and say plainly that the PNG is blocked', async () => {
    const page = await cspPage();
    expect(page.__loads).toBe(5);
    const before = page.__violations.length;
    const growth = page.document.querySelector('bilateral-growth');
    const root = growth?.shadowRoot as ShadowRoot;
    root.querySelector<HTMLElement>('[part=download]')?.click();
    const panel = await until(() => root.querySelector<HTMLElement>('#downloads'));
    // The panel's styles apply (a constructed sheet, which the policy allows).
    expect(page.getComputedStyle(panel).display).toBe('flex');
    const blobs: Blob[] = [];
    const create = page.URL.createObjectURL.bind(page.URL);
    page.URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return create(blob);
    };
    page.HTMLAnchorElement.prototype.click = () => undefined;
    const [csv, xlsx, svg, png] = panel.querySelectorAll('li button') as unknown as HTMLElement[];
    csv?.click();
    xlsx?.click();
    svg?.click();
    await until(() => (blobs.length >= 3 ? true : undefined));
    expect(blobs.map((blob) => blob.type)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'image/svg+xml',
    ]);
    expect(page.__violations.slice(before)).toEqual([]);
    png?.click();
    const status = await until(
      () => panel.querySelector('[role=status]')?.textContent || undefined,
    );
    expect(status).toBe(
      'This page does not allow the PNG to be made; the SVG is the same picture.',
    );
    // The one violation is the image the PNG would be drawn from (img-src has no blob:).
    expect(page.__violations.slice(before).map((v) => v.directive)).toEqual(['img-src']);
    expect(page.__errors).toEqual([]);
  });
});
