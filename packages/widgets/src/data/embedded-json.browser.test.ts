import { describe, expect, it, vi } from 'vitest';
import { LOADS } from '../__tests__/helpers.js';
import type { ErrorEventDetail } from './dataset-controller.js';

/** What a page's `fetch` answers for a `data/*.json` request: a JSON body, a status, or a network failure. */
type Answer = { json: unknown } | { status: number } | 'network';

/** The page's fetch for data files, as a script run before the bundle (it counts them in `__data`). */
function answerScript(answer: Answer): string {
  const reply =
    answer === 'network'
      ? `Promise.reject(new TypeError('Failed to fetch'))`
      : 'json' in answer
        ? `Promise.resolve(new Response(${JSON.stringify(JSON.stringify(answer.json))}, { headers: { 'content-type': 'application/json' } }))`
        : `Promise.resolve(new Response('not found', { status: ${answer.status}, statusText: 'Not Found' }))`;
  return `<script>
    const fetched = window.fetch;
    window.__data = [];
    window.fetch = (url, init) => /\\/data\\/[^/]+\\.json$/.test(String(url))
      ? (window.__data.push(String(url)), ${reply})
      : fetched(url, init);
  </script>`;
}

/**
 * A page of the script-tag bundle (which reads the embedded datasets' compact JSON files with
 * `embedded-json.ts`), in an iframe, whose `data/*.json` requests are answered with `answer`
 * (another version's file: a CDN's stale cache, a server's fallback JSON, a file cut short; a
 * data folder not copied: 404; no network): what its `<bilateral-growth dataset="vietnam-laos">`
 * fires, and the data files the page requested.
 */
async function eventWith(
  answer: Answer,
): Promise<{ type: string; detail: unknown; requested: readonly string[] }> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  document.body.append(frame);
  // Before the bundle: every JSON file under data/ is answered with `answer`.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${answerScript(answer)}<script type="module" src="/__bilateral__/bundle/bilateral-widgets.js"></script></head><body><bilateral-growth dataset="vietnam-laos"></bilateral-growth></body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const element = (frame.contentDocument as Document).querySelector('bilateral-growth') as Element;
  const fired: { type: string; detail: unknown }[] = [];
  for (const type of ['bilateral-load', 'bilateral-error']) {
    element.addEventListener(type, (event) =>
      fired.push({ type, detail: (event as CustomEvent).detail }),
    );
  }
  // A cold script-tag page on a loaded machine can take seconds: LOADS' limit, not a stopwatch.
  const first = await vi.waitFor(() => {
    const [first] = fired;
    if (first === undefined) throw new Error('no bilateral-load or bilateral-error');
    return first;
  }, LOADS);
  const requested = (frame.contentWindow as Window & { __data: string[] }).__data;
  return { ...first, requested };
}

describe('a data folder not copied, or no network (script-tag bundle; QA h135 Q13)', () => {
  it('a 404: reason http, path dataset, the URL, its status and where data/ must be; requested once', async () => {
    const { type, detail, requested } = await eventWith({ status: 404 });
    expect(type).toBe('bilateral-error');
    const { error, reason } = detail as ErrorEventDetail;
    expect(reason).toBe('http');
    expect(error.code).toBe('INVALID_INPUT');
    const url = new URL('/__bilateral__/bundle/data/vietnam-laos.series.json', location.href).href;
    expect(error.issues).toEqual([
      {
        path: ['dataset'],
        message: `${url}: 404 Not Found (data/ must sit beside bilateral-widgets.js)`,
      },
    ]);
    // The autoloader's request, taken by the element: the missing file is not asked for again.
    expect(requested).toEqual([url]);
  });

  it('a fetch that fails: reason network, path dataset, the URL', async () => {
    const { type, detail, requested } = await eventWith('network');
    expect(type).toBe('bilateral-error');
    const { error, reason } = detail as ErrorEventDetail;
    expect(reason).toBe('network');
    expect(error.issues).toEqual([
      { path: ['dataset'], message: `${requested[0]}: Failed to fetch` },
    ]);
    expect(requested).toHaveLength(1);
  });
});

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
      const { type, detail } = await eventWith({ json: served });
      expect(type).toBe('bilateral-error');
      const { error, reason } = detail as ErrorEventDetail;
      expect(reason).toBe('schema');
      expect(error.code).toBe('INVALID_DATASET');
    });
  }
});
