import { describe, expect, it, vi } from 'vitest';
import { LOADS } from '../__tests__/helpers.js';
import type { ErrorEventDetail } from './dataset-controller.js';

/**
 * A page of the script-tag bundle (which reads the embedded datasets' compact JSON files with
 * `embedded-json.ts`), in an iframe, whose `data/*.json` requests are answered with `served`
 * (another version's file: a CDN's stale cache, a server's fallback JSON, a file cut short): what its
 * `<bilateral-growth dataset="vietnam-laos">` fires.
 */
async function eventWith(served: unknown): Promise<{ type: string; detail: unknown }> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  document.body.append(frame);
  // Before the bundle: every JSON file under data/ is answered with `served`.
  const answer = `<script>
    const fetched = window.fetch;
    window.fetch = (url, init) => /\\/data\\/[^/]+\\.json$/.test(String(url))
      ? Promise.resolve(new Response(${JSON.stringify(JSON.stringify(served))}, { headers: { 'content-type': 'application/json' } }))
      : fetched(url, init);
  </script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${answer}<script type="module" src="/__bilateral__/bundle/bilateral-widgets.js"></script></head><body><bilateral-growth dataset="vietnam-laos"></bilateral-growth></body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const element = (frame.contentDocument as Document).querySelector('bilateral-growth') as Element;
  const fired: { type: string; detail: unknown }[] = [];
  for (const type of ['bilateral-load', 'bilateral-error']) {
    element.addEventListener(type, (event) =>
      fired.push({ type, detail: (event as CustomEvent).detail }),
    );
  }
  // A cold script-tag page on a loaded machine can take seconds: LOADS' limit, not a stopwatch.
  return vi.waitFor(() => {
    const [first] = fired;
    if (first === undefined) throw new Error('no bilateral-load or bilateral-error');
    return first;
  }, LOADS);
}

describe('an embedded data file of another format or a broken body (script-tag bundle)', () => {
  for (const [what, served] of [
    ['an empty object', {}],
    ['null', null],
    ['an older format', { format: 'bilateral-compact/0', columns: {}, rows: {} }],
    // The right tag, a broken body (cut short, edited by hand): refused, not a TypeError.
    ['the tag without columns and row', { format: 'bilateral-compact/1' }],
    [
      'the tag with columns of another shape',
      { format: 'bilateral-compact/1', columns: 'x', row: [] },
    ],
  ] as const) {
    it(`${what}: bilateral-error, INVALID_DATASET, reason schema (not a network failure)`, async () => {
      const { type, detail } = await eventWith(served);
      expect(type).toBe('bilateral-error');
      const { error, reason } = detail as ErrorEventDetail;
      expect(reason).toBe('schema');
      expect(error.code).toBe('INVALID_DATASET');
    });
  }
});
