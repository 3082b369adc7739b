/**
 * `page-profile.ts relayout`: variants of a static page (`run <dir> --floor --save DIR` writes the
 * 50-element page's floor; a variant is that file changed) compared by the CPU of a cold relayout,
 * the steadiest measure of what a final page costs to lay out (docs/performance.md, "What bounds
 * the 50-element page: its floor"). Every file is loaded `copies` times, each in its own 1000 ×
 * 60,000 px iframe of one tab, unthrottled; each round, in an order starting one frame later than
 * the round before, each frame's root gets a font family never used before (so that every text is
 * shaped again: `-webkit-body, "nf<round>x<frame>"`, the page's own default fonts first: `serif`
 * first drew 298 of the floor's 2,680 text boxes at other sizes, its Chinese and some of its
 * Vietnamese) and its style and layout are forced; with `rebuild`, its body is hidden and shown
 * first, so that its layout tree is built again as a first load builds it. One `devtools.timeline`
 * trace around all rounds gives each relayout's main-thread CPU (`UpdateLayoutTree` + `Layout`,
 * their `tdur`) between two `console.timeStamp`s.
 */

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright';

/** A `devtools.timeline` trace event, as much of it as a relayout's CPU is read from. */
export interface RelayoutEvent {
  readonly name: string;
  readonly ph?: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly tid?: number;
  readonly args?: { readonly data?: { readonly message?: string } };
}

/**
 * Each relayout's CPU (ms): the `UpdateLayoutTree` and `Layout` events' thread time on the thread
 * of the `start <key>` time stamp, from it to its `end <key>`, by `<key>`. Throws when a relayout
 * has no `end`, no `Layout` (a trace that lost events) or an event without thread time (`tdur`):
 * its wall time, on a loaded host two to three times its CPU, is not a CPU time.
 *
 * @example
 * ```ts
 * import { relayoutCpu } from './cold-relayout.js';
 *
 * const stamp = (ts: number, message: string) => ({ name: 'TimeStamp', ts, tid: 1, args: { data: { message } } });
 * relayoutCpu([
 *   stamp(0, 'start 0 1'),
 *   { name: 'Layout', ph: 'X', ts: 10, dur: 900, tdur: 800, tid: 1 },
 *   stamp(1000, 'end 0 1'),
 * ]); //=> Map { '0 1' => 0.8 }
 * ```
 */
export function relayoutCpu(events: readonly RelayoutEvent[]): Map<string, number> {
  const stamps = events
    .filter((event) => event.name === 'TimeStamp')
    .map((event) => ({ ...event, message: event.args?.data?.message ?? '' }));
  const ends = new Map(
    stamps.filter((s) => s.message.startsWith('end ')).map((s) => [s.message.slice(4), s.ts]),
  );
  const work = events.filter(
    (event) => event.ph === 'X' && (event.name === 'Layout' || event.name === 'UpdateLayoutTree'),
  );
  const cpu = new Map<string, number>();
  for (const start of stamps.filter((s) => s.message.startsWith('start '))) {
    const key = start.message.slice(6);
    const end = ends.get(key);
    if (end === undefined) throw new Error(`relayout ${key}: no end in the trace`);
    const inside = work.filter((e) => e.tid === start.tid && e.ts >= start.ts && e.ts <= end);
    if (!inside.some((e) => e.name === 'Layout'))
      throw new Error(`relayout ${key}: no Layout in the trace`);
    let us = 0;
    for (const e of inside) {
      if (e.tdur === undefined) throw new Error(`relayout ${key}: a ${e.name} without thread time`);
      us += e.tdur;
    }
    cpu.set(key, us / 1000);
  }
  return cpu;
}

/**
 * The median of `values` (the mean of the two middle ones of an even count).
 *
 * @example
 * ```ts
 * import { median } from './cold-relayout.js';
 *
 * median([3, 1, 2]); //=> 2
 * median([4, 1, 3, 2]); //=> 2.5
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Each file against the first, round by round: `cpu[file][round]` is its relayout's CPU that
 * round (the mean of its copies'); the median of the ratios to the first file's and in how many
 * rounds it was lower.
 *
 * @example
 * ```ts
 * import { againstFirst } from './cold-relayout.js';
 *
 * againstFirst([[100, 100, 100], [90, 95, 110]]);
 * //=> [{ ratio: 1, lower: 0, rounds: 3 }, { ratio: 0.95, lower: 2, rounds: 3 }]
 * ```
 */
export function againstFirst(
  cpu: readonly (readonly number[])[],
): { ratio: number; lower: number; rounds: number }[] {
  const first = cpu[0] ?? [];
  return cpu.map((rounds) => {
    const ratios = rounds.map((ms, round) => ms / (first[round] ?? Number.NaN));
    if (!ratios.every(Number.isFinite))
      throw new Error(
        `a round without a CPU time above 0: ${rounds.join(', ')} against ${first.join(', ')}`,
      );
    return {
      ratio: median(ratios),
      lower: ratios.filter((r) => r < 1).length,
      rounds: ratios.length,
    };
  });
}

/**
 * Times the cold relayouts of `files` (see the module's comment) and returns, per file, its CPU
 * (ms) each round, the mean of its copies'.
 *
 * @example
 * ```ts
 * import { coldRelayouts } from './cold-relayout.js';
 *
 * const cpu = await coldRelayouts(['floor.html', 'variant.html'], { rounds: 20, copies: 2, rebuild: true });
 * cpu.length; //=> 2
 * ```
 */
export async function coldRelayouts(
  files: readonly string[],
  options: { readonly rounds: number; readonly copies: number; readonly rebuild: boolean },
): Promise<number[][]> {
  const bodies = files.map((file) => readFileSync(file));
  const server = createServer((request, response) => {
    const file = /^\/(\d+)\.html/.exec(request.url ?? '')?.[1];
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(file === undefined ? '<!doctype html><body></body>' : bodies[Number(file)]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no server');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${address.port}/`);
    const frames = Array.from({ length: options.copies }, (_, copy) =>
      files.map((_, file) => `${file} ${copy}`),
    ).flat();
    await page.evaluate(`(async (frames) => {
      for (const key of frames) {
        const frame = document.createElement('iframe');
        frame.dataset.key = key;
        frame.style.cssText = 'display:block;width:1000px;height:60000px';
        frame.src = '/' + key.split(' ')[0] + '.html?copy=' + key.split(' ')[1];
        document.body.append(frame);
        await new Promise((done) => frame.addEventListener('load', done, { once: true }));
      }
    })(${JSON.stringify(frames)})`);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    const events: RelayoutEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as RelayoutEvent[])),
    );
    const traced = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      },
      transferMode: 'ReportEvents',
    });
    for (let round = 0; round < options.rounds; round++) {
      const order = frames.map((_, at) => frames[(at + round) % frames.length]);
      await page.evaluate(`((order, round, rebuild) => {
        for (const key of order) {
          const view = document.querySelector('iframe[data-key="' + key + '"]').contentWindow;
          const body = view.document.body;
          if (rebuild) { body.style.display = 'none'; void body.offsetHeight; body.style.display = ''; }
          view.console.timeStamp('start ' + round + ' ' + key);
          view.document.documentElement.style.fontFamily = '-webkit-body, "nf' + round + 'x' + key.replace(' ', 'x') + '"';
          void body.offsetHeight;
          view.console.timeStamp('end ' + round + ' ' + key);
        }
      })(${JSON.stringify(order)}, ${round}, ${options.rebuild})`);
      await page.waitForTimeout(50);
    }
    await cdp.send('Tracing.end');
    await traced;
    const cpu = relayoutCpu(events);
    return files.map((_, file) =>
      Array.from({ length: options.rounds }, (_, round) => {
        const copies = Array.from({ length: options.copies }, (_, copy) => {
          const ms = cpu.get(`${round} ${file} ${copy}`);
          if (ms === undefined)
            throw new Error(`relayout ${round} ${file} ${copy}: not in the trace`);
          return ms;
        });
        return copies.reduce((sum, ms) => sum + ms, 0) / copies.length;
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
