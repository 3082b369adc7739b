/**
 * Where the page-load benchmark's 50-element page spends its time: the same page as
 * `src/page-load.bench.ts` (50 mixed elements, four languages, both datasets, in a 1000 × 60,000 px
 * iframe, CPU throttled 4× through the DevTools protocol), opened by Playwright in Debian's
 * Chromium, from a script-tag bundle built from source into a folder of its own (so that other
 * builds do not change it midway, and two bundles can be compared page by page).
 *
 *   pnpm exec tsx --conditions=@bilateral/source scripts/page-profile.ts build <dir> [--readable]
 *   pnpm exec tsx --conditions=@bilateral/source scripts/page-profile.ts run <dir>… [options]
 *   pnpm exec tsx --conditions=@bilateral/source scripts/page-profile.ts relayout <page.html>… [--rounds N] [--copies K] [--rebuild]
 *
 * `relayout` compares static pages (a floor written by `--save`, variants of it) by the CPU of a
 * cold relayout, each against the first, round by round (`cold-relayout.ts` says how; default 20
 * rounds, 2 copies of each page, their mean; `--rebuild`: the layout tree built again each time),
 * and prints each page's median CPU, the median of its ratios and its rounds lower (not `run`'s
 * `--relayout`, which times parts of a loaded page shown again). Each round starts one frame
 * later: rounds a multiple of pages × copies start each frame equally often. A trace that lost a
 * relayout's events is an error, not 0 ms. A copy of the floor against it came out 0.97–1.05
 * (16–30 rounds, load 6–15): a ratio within that is not a difference.
 *
 * `build` writes the bundle and its data to `<dir>` (`--readable`: not minified nor merged into
 * few chunks, so that the
 * profile names functions). `run` opens the page from each `<dir>` in turn (interleaved, as many
 * rounds as `--pages N`, default 3; each round starts one `<dir>` later than the one before, so
 * that none is always opened first, which can weigh more than the builds do: `round-order.ts`;
 * not with `--shots`) and prints, per page, the page's own time of its last figure
 * (as the benchmark reads it), of its last `bilateral-load` and of the last change to a shadow
 * root watched; at the end, each `<dir>` after the first against it, pair by pair (in how many
 * rounds its last figure, and with `--trace` its main-thread busy and layout CPU, were lower, and
 * the medians); and with
 * - `--profile`: the CPU profile's top self times by function and by file (`--top N`, default 25);
 * - `--trace`: a `devtools.timeline` trace's main-thread totals: layouts, style recalcs, GC,
 *   script, parsing, paint, and how many of each; then every main-thread event's own CPU (less
 *   what is nested in it) by name, when each layout of 5 ms or more ran, and when each of the
 *   bundle's requests was sent and finished, and how long the main thread ran no task between
 *   the navigation and the last figure (the waits), and the page's waves: each task in which
 *   elements drew, with what ran it (a frame, an `import()` settled…); `--categories a,b`:
 *   more trace categories (e.g. `blink,v8.execute`), whose events then take their own time;
 *   `--invalidations`: with each layout, the nodes it took in (added, removed, changed in place);
 * - `--census`: what the page and the elements' shadow roots hold (nodes by tag, `#text` — apart
 *   the empty and the blank ones — and `#comment`; and, counted again, those inside an `<svg>`,
 *   and each kind of shadow root's roots, elements and characters: `census-lines.ts`);
 * - `--updates`: how many times each element's `update()` and `renderView()` ran, by tag, the
 *   page's time spent in `update()` by tag (a panel's inside its dashboard's: nested), and
 *   how many figures were drawn (`renderView`) in each 250 ms of the page's time;
 * - `--rate R`: another CPU throttling rate (default 4);
 * - `--growth`: the benchmark's other page in place of the 50 elements: one `<bilateral-growth>`
 *   on the embedded dataset `vietnam-laos` in a 1000 × 800 px iframe, timed to its first figure
 *   (read as the last figure of a page of one element);
 * - `--warm`: each `<dir>`'s pages (and floors) opened in one tab of their own, kept from page to
 *   page, as the benchmark opens its pages in one tab (its renderer keeps the compiled script:
 *   only the HTTP cache is off), after a first round that is printed as round 0 and not counted;
 *   without it each page is opened in a new tab (a new renderer: nothing compiled, a first visit);
 * - `--lang L`: every element in language `L` (default: en, vi, lo, zh in turn);
 * - `--relayout 'A;;B'`: after the page has loaded (unthrottled: add `--rate 1`), how long the
 *   style and layout of what each selector matches takes when it is shown again after being
 *   hidden in the page and every shadow root (median of five); `A||CSS`: with the rules `CSS` in
 *   force meanwhile;
 * - `--save DIR`: each page's CPU profile written to `DIR/<n>.cpuprofile` and its trace's events
 *   to `DIR/<n>.trace.json` (DevTools opens both),
 *   and with `--floor` its static copy to `DIR/<n>.floor.html`;
 * - `--floor`: after each page, the floor: the same final page with no script at all (every
 *   shadow root as declarative shadow DOM with its styles inlined: `STATIC_PAGE`), opened the same
 *   way in a new tab (same frame, same throttling), timed at the end of its first frame after its
 *   load event; prints both, and the medians' ratio page / floor; with `--trace`, `--profile`,
 *   `--census` the floor's too (its census: the page's nodes, less its scripts and link, plus a
 *   `<style>` per shadow root, with adjacent text nodes merged by the parser);
 * - `--shots DIR` (with `--floor`): screenshots of page and floor at the top, a quarter, a half
 *   and three quarters of the page's height, written to `DIR`, and how many pixels differ; with
 *   `.html` files, each one's (`<round>-<n>-<y>-static.png`) at the first one's places, and how
 *   many of its pixels differ from the first one's (is a variant of the floor drawn the same?);
 * - `--fonts FILE`: each `<dir>` opened twice a round, in Chromium as it is and in a second
 *   Chromium whose fontconfig is `FILE` (`FONTCONFIG_FILE`; e.g. this host's fonts plus Noto Sans
 *   Lao and Noto Sans CJK, as a phone has them: docs/performance-history.md, h118, says how),
 *   printed as `<dir> +fonts` and compared pair by pair with `<dir>`. (Every page with those fonts and none without:
 *   `FONTCONFIG_FILE=FILE` in this script's environment, which Chromium inherits.)
 *
 * A `<file>.html` in place of a `<dir>` (e.g. a floor written by `--save`, or a variant of it) is
 * opened and timed as the floor is, interleaved with the others, with `--trace`, `--profile`,
 * `--census` as asked; when the first is one, the others are compared with it pair by pair by
 * that time (first frame) and, with `--trace`, their busy and layout CPU.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { type CDPSession, chromium, type Page } from 'playwright';
import { censusLines } from './census-lines.js';
import { roundOrder } from './round-order.js';

const TAGS = ['growth', 'balance', 'target', 'gates', 'dashboard'];

/** The benchmark's one-element page (`GROWTH` in `src/page-load.bench.ts`): see `--growth`. */
const GROWTH = '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>';

/** The benchmark's page: 10 of each element, languages (or `lang` only) and datasets in turn. */
const mixed = (lang?: string) =>
  Array.from({ length: 50 }, (_, index) => {
    const tag = `bilateral-${TAGS[index % TAGS.length]}`;
    const language = lang ?? ['en', 'vi', 'lo', 'zh'][index % 4];
    return `<${tag} dataset="${index % 3 === 0 ? 'laos-china' : 'vietnam-laos'}" lang="${language}"></${tag}>`;
  }).join('\n');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * What runs in the host page: opens the iframe and resolves with the page's own time of its last
 * figure, as `pageLoad` in `src/page-load.bench.ts` measures it (a string: tsx's helpers must not
 * reach the browser).
 */
const PAGE_LOAD = `async ({ body, count, height, updates }) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:' + height + 'px';
  // With updates: each element class's update() and renderView() counted by tag (window.__updates).
  const counting = updates ? 'window.__updates = {}; window.__draws = []; const define = customElements.define.bind(customElements);' +
    'customElements.define = (name, type, options) => { const update = type.prototype.update;' +
    'type.prototype.update = function (changed) { window.__updates[name] = (window.__updates[name] ?? 0) + 1; const from = performance.now(); try { return update.call(this, changed); } finally { const key = name + " update ms"; window.__updates[key] = Math.round((window.__updates[key] ?? 0) + performance.now() - from); } };' +
    'const view = type.prototype.renderView; if (view) type.prototype.renderView = function (...args) { const key = name + " renderView"; window.__updates[key] = (window.__updates[key] ?? 0) + 1; window.__draws.push([performance.now(), this.getRootNode() === document ? name : "panel"]); return view.apply(this, args); };' +
    'return define(name, type, options); };' : '';
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<script>' + counting + 'window.__loads = 0; document.addEventListener("bilateral-load", () => { window.__loads += 1; window.__lastLoad = performance.now(); });</' + 'script>' +
    '<link rel="stylesheet" href="/bundle/bilateral-widgets.css">' +
    '<script type="module" src="/bundle/bilateral-widgets.js"></' + 'script>' +
    '</head><body>' + body + '</body></html>';
  document.body.replaceChildren(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow;
  const elementsIn = (root) => {
    const found = [];
    for (const element of root.querySelectorAll('*')) {
      if (!element.localName.startsWith('bilateral-')) continue;
      found.push(element);
      if (element.shadowRoot) found.push(...elementsIn(element.shadowRoot));
    }
    return found;
  };
  const shows = (element) => {
    const figure = [...(element.shadowRoot?.children ?? [])].find((c) => c.localName === 'figure');
    return element.isUpdatePending === false && figure !== undefined && figure.getAttribute('aria-busy') !== 'true';
  };
  const frameOf = () => new Promise((resolve) => page.requestAnimationFrame(() => {
    const start = page.performance.now();
    page.setTimeout(() => resolve({ start, end: page.performance.now() }));
  }));
  let lastChange = 0;
  const watched = new WeakSet();
  const changes = new MutationObserver(() => { lastChange = page.performance.now(); });
  let lastFigure;
  let quiet = 0;
  const deadline = performance.now() + 120000;
  while (quiet < 2) {
    if (performance.now() > deadline) throw new Error(page.__loads + ' of ' + count + ' loaded');
    const { start, end } = await frameOf();
    if ((page.__loads ?? 0) < count) continue;
    const elements = elementsIn(page.document);
    for (const element of elements) {
      if (element.shadowRoot && !watched.has(element.shadowRoot)) {
        watched.add(element.shadowRoot);
        changes.observe(element.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      }
    }
    if (elements.every(shows) && start > lastChange) {
      lastFigure ??= end;
      quiet += 1;
    } else {
      lastFigure = undefined;
      quiet = 0;
    }
  }
  changes.disconnect();
  // A mark for the trace: its time on both clocks places the page's clock in the trace.
  const now = page.performance.now();
  page.performance.mark('page-profile: now');
  return { time: lastFigure, now, lastLoad: page.__lastLoad, lastChange, updates: page.__updates, draws: page.__draws };
}`;

/**
 * The loaded iframe's page as static HTML (run in the host page, after the page has loaded):
 * every shadow root as declarative shadow DOM (`<template shadowrootmode="open">`), each with its
 * constructed style sheets (Lit adopts them; they do not serialize) appended as a `<style>` (after
 * its content: adopted sheets come after a root's `<style>`s in the cascade, and no rule selects
 * a shadow root's first or last child), and without any `<script>`. The page's own style sheet
 * (`bilateral-widgets.css`) is left out too: each of its rules is for elements not yet defined
 * (`:not(:defined)` placeholders), so it matches nothing in the page once loaded, but it would
 * match every element of a page without script (that defines none). It changes the page it
 * reads: take what else is wanted from the page (census, screenshots) first.
 * Mirrors `staticPage` in `src/page-load.bench.ts`.
 */
const STATIC_PAGE = `() => {
  const page = document.querySelector('iframe').contentDocument;
  const roots = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      roots.push(element.shadowRoot);
      visit(element.shadowRoot);
    }
  };
  visit(page);
  const inlined = (root, into) => {
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
    if (css === '') return;
    const style = page.createElement('style');
    style.textContent = css;
    into.append(style);
  };
  for (const root of roots) inlined(root, root);
  inlined(page, page.head);
  for (const element of page.querySelectorAll('script, link[rel="stylesheet"]')) element.remove();
  const open = page.documentElement.cloneNode(false).outerHTML.replace('</html>', '');
  return '<!doctype html>' + open + page.documentElement.getHTML({ shadowRoots: roots }) + '</html>';
}`;

/**
 * What runs in the host page for the floor: opens the static page `html` in the same iframe as
 * {@link PAGE_LOAD}'s and resolves with the page's own time (ms since the frame's navigation
 * started) of the end of its first frame after its load event: everything is in place then.
 */
const FLOOR_LOAD = `async ({ html, height }) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:' + height + 'px';
  frame.srcdoc = html;
  document.body.replaceChildren(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow;
  const end = await new Promise((resolve) => page.requestAnimationFrame(() => page.setTimeout(() => resolve(page.performance.now()))));
  const now = page.performance.now();
  page.performance.mark('page-profile: now');
  return { time: end, now, lastLoad: Number.NaN, lastChange: Number.NaN };
}`;

/** Counts the nodes of the iframe's page and of every shadow root in it, by tag or node name. */
const CENSUS = `() => {
  const page = document.querySelector('iframe').contentDocument;
  const counts = {};
  const visit = (root, kind) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const blank = node.nodeType === 3 ? (node.data === '' ? ' (empty)' : node.data.trim() === '' ? ' (blank)' : '') : '';
      const name = (node.nodeType === 1 ? node.localName : node.nodeType === 10 ? '#doctype' : node.nodeName) + blank;
      counts[name] = (counts[name] ?? 0) + 1;
      // And separately what the charts' <svg> elements hold.
      if (node.parentElement?.closest('svg')) counts['in svg: ' + name] = (counts['in svg: ' + name] ?? 0) + 1;
      // An <svg> drawn at another width than its viewBox's scales its text (a font of its own size).
      const box = node.localName === 'svg' ? node.viewBox?.baseVal : undefined;
      if (box?.width && node.getBoundingClientRect().width !== box.width)
        counts['svg scaled, by 1/1000: ' + Math.round((node.getBoundingClientRect().width / box.width) * 1000)] = (counts['svg scaled, by 1/1000: ' + Math.round((node.getBoundingClientRect().width / box.width) * 1000)] ?? 0) + 1;
      // Each kind of shadow root's totals (a panel's: 'panel <tag>').
      if (kind !== undefined) {
        const add = (what, n) => { counts['root ' + kind + ': ' + what] = (counts['root ' + kind + ': ' + what] ?? 0) + n; };
        const inSvg = Boolean(node.parentElement?.closest('svg'));
        if (node.nodeType === 1 && node.localName !== 'style') add(inSvg || node.localName === 'svg' ? 'SVG elements' : 'HTML elements', 1);
        if (node.nodeType === 3 && node.parentElement?.localName !== 'style') add(inSvg ? 'characters in SVG' : 'characters in HTML', node.data.trim().length);
      }
      if (node.shadowRoot) {
        const inner = (kind === undefined ? '' : 'panel ') + node.localName.replace('bilateral-', '');
        counts['root ' + inner + ': roots'] = (counts['root ' + inner + ': roots'] ?? 0) + 1;
        visit(node.shadowRoot, inner);
      }
    }
  };
  visit(page, undefined);
  return counts;
}`;

/**
 * How long laying out what each of `selectors` matches takes (ms, at the rate in force: read it
 * unthrottled): the median of five times, each the style and layout forced by showing it again in
 * the loaded page and every shadow root after it was hidden (`display: none`) for two frames.
 */
const RELAYOUT = `async (selectors) => {
  const frame = document.querySelector('iframe');
  const page = frame.contentWindow;
  const roots = [];
  const visit = (root) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(page.document);
  const frameDone = () => new Promise((resolve) => page.requestAnimationFrame(() => page.setTimeout(resolve)));
  const result = {};
  const styled = (css) => roots.map((root) => {
    const style = page.document.createElement('style');
    style.textContent = css;
    (root === page.document ? root.head : root).append(style);
    return style;
  });
  for (const entry of selectors) {
    const [selector, css] = entry.split('||');
    const kept = css ? styled(css) : [];
    const times = [];
    for (let index = 0; index < 5; index++) {
      const styles = styled(selector + '{display:none!important}');
      await frameDone();
      await frameDone();
      for (const style of styles) style.remove();
      const start = performance.now();
      void page.document.body.offsetHeight;
      times.push(performance.now() - start);
      await frameDone();
    }
    for (const style of kept) style.remove();
    result[entry] = times.sort((a, b) => a - b)[2];
  }
  return result;
}`;

/** Serves `dir` at `/bundle/…` (no cache) and an empty host page at `/`. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string });
      res.end('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      return;
    }
    const file = normalize(path).replace(/^[/\\]+/, '');
    if (!file.startsWith('bundle/') || file.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(dir, file)).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time (ms) by function (`name file:line:column`) and by file, and total time by function
 * (its own and its callees', each sample counted once per function on its stack), from a CPU
 * profile.
 */
function selfTimes(profile: Profile): {
  byFunction: Map<string, number>;
  byFile: Map<string, number>;
  total: Map<string, number>;
} {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const total = new Map<string, number>();
  const keyOf = (frame: ProfileNode['callFrame']) => {
    const file = frame.url.split('/').pop() || '(native)';
    const name = frame.functionName || '(anonymous)';
    return frame.url ? `${name} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : name;
  };
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);
  for (let index = 0; index < profile.samples.length; index++) {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = nodes.get(profile.samples[index] as number)?.callFrame;
    if (frame === undefined) continue;
    const file = frame.url.split('/').pop() || '(native)';
    add(byFunction, keyOf(frame), ms);
    add(byFile, frame.url ? file.replace(/-[a-z0-9]{6}\.js$/, '.js') : keyOf(frame), ms);
    const onStack = new Set<string>();
    for (
      let id: number | undefined = profile.samples[index];
      id !== undefined;
      id = parents.get(id)
    ) {
      const node = nodes.get(id);
      if (node?.callFrame.url) onStack.add(keyOf(node.callFrame));
    }
    for (const key of onStack) add(total, key, ms);
  }
  return { byFunction, byFile, total };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    beginData?: {
      stackTrace?: { functionName: string; url: string; lineNumber: number }[];
      dirtyObjects?: number;
      totalObjects?: number;
      partialLayout?: boolean;
    };
    endData?: { layoutRoots?: unknown[] };
    data?: { requestId?: string; url?: string; reason?: string; type?: string };
    /** On a long animation frame's script (`AnimationFrame::Script::Execute`): what ran it. */
    animation_frame_script_timing_info?: {
      invoker_type?: string;
      property_like_name?: string;
      source_location_url?: string;
    };
  };
}

/**
 * The page's main thread in a trace: the thread that made the page's mark `page-profile: now`
 * (a trace holds every tab's renderer, and with `--warm` the other folders' tabs are open), or
 * else the first renderer main thread named in it.
 */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mark = events.filter((e) => e.name === 'page-profile: now').at(-1);
  return mark ?? events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
}

/**
 * Main-thread totals of a trace: CPU ms (the thread's own time, not the wall clock, so that a
 * loaded machine counts less) and count by event name, for the names worth reading; forced
 * layouts (a `Layout` with a script stack) also by the function that forced them.
 */
function traceTotals(events: readonly TraceEvent[]): Map<string, { ms: number; count: number }> {
  const main = mainThread(events);
  const totals = new Map<string, { ms: number; count: number }>();
  const names = new Set([
    'Layout',
    'UpdateLayoutTree',
    'RunMicrotasks',
    'FunctionCall',
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'ParseHTML',
    'MinorGC',
    'MajorGC',
    'Paint',
    'PrePaint',
    'Layerize',
    'HitTest',
    'IntersectionObserverController::computeIntersections',
    'ResizeObserverController::broadcastObservations',
    'RunTask',
  ]);
  for (const event of events) {
    if (event.ph !== 'X' || !names.has(event.name)) continue;
    if (main && (event.pid !== main.pid || event.tid !== main.tid)) continue;
    const stack = event.name === 'Layout' ? event.args?.beginData?.stackTrace : undefined;
    const keys = [event.name];
    if (stack?.[0]) {
      const { functionName, url, lineNumber } = stack[0];
      keys.push(
        `Layout forced by ${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`,
      );
    }
    for (const key of keys) {
      const total = totals.get(key) ?? { ms: 0, count: 0 };
      total.ms += (event.tdur ?? event.dur ?? 0) / 1000;
      total.count += 1;
      totals.set(key, total);
    }
  }
  return totals;
}

/**
 * Main-thread CPU ms by trace event name, each event's own time only (its CPU less that of the
 * events nested in it), so that the rows add up to the thread's busy time: how much is layout,
 * style, script (`FunctionCall`, `RunMicrotasks`, `v8.*`), paint, GC and parsing.
 */
function traceSelfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const main = mainThread(events);
  const onMain = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.tdur !== undefined &&
        (!main || (e.pid === main.pid && e.tid === main.tid)),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const open: { name: string; end: number }[] = [];
  for (const event of onMain) {
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= event.ts) open.pop();
    const cpu = (event.tdur ?? 0) / 1000;
    self.set(event.name, (self.get(event.name) ?? 0) + cpu);
    const parent = open.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cpu);
    open.push({ name: event.name, end: event.ts + (event.dur ?? 0) });
  }
  return self;
}

/**
 * Where the page's clock starts in the trace (µs): its mark `page-profile: now`, made at the
 * page's `now` (ms since its navigation), less `now`.
 */
function pageOrigin(events: readonly TraceEvent[], now: number): number | undefined {
  const mark = events.filter((e) => e.name === 'page-profile: now').at(-1);
  return mark === undefined ? undefined : mark.ts - now * 1000;
}

/** The trace's first event (µs): where times are counted from without the page's origin. */
const firstEvent = (events: readonly TraceEvent[]) =>
  events.reduce((first, e) => (e.ts > 0 && e.ts < first ? e.ts : first), Number.POSITIVE_INFINITY);

/**
 * The page's requests in the order they were sent: when each was sent and when it finished (ms
 * on the page's clock, from `origin`), and its file, so that a chain of requests waiting on one
 * another shows.
 */
function requestsOf(events: readonly TraceEvent[], origin: number): string {
  const start = origin;
  const finished = new Map<string, number>();
  for (const event of events)
    if (event.name === 'ResourceFinish' && event.args?.data?.requestId)
      finished.set(event.args.data.requestId, event.ts);
  return events
    .filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes('/bundle/'))
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const done = finished.get(e.args?.data?.requestId ?? '');
      const file = (e.args?.data?.url ?? '').split('/').pop();
      const ms = (ts: number | undefined) =>
        ts === undefined ? '?' : String(Math.round((ts - start) / 1000));
      return `  ${ms(e.ts).padStart(6)} → ${ms(done).padStart(6)} ms  ${file}`;
    })
    .join('\n');
}

/**
 * How long the page's main thread ran no task from the frame's navigation (`origin`, in the
 * trace) to its last figure (`time`, on the page's clock), and the gaps of 10 ms or more (page's
 * clock: from, ms): the waits for requests, timers and frames. Tasks count with their wall time (a task held up by
 * a busy machine still runs), so a loaded machine does not make waits.
 */
function waitsOf(events: readonly TraceEvent[], origin: number, time: number): string {
  const main = mainThread(events);
  const start = origin;
  const end = origin + time * 1000;
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'RunTask' &&
        (!main || (e.pid === main.pid && e.tid === main.tid)) &&
        e.ts + (e.dur ?? 0) > start &&
        e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts);
  const gaps: [from: number, us: number][] = [];
  let covered = start;
  for (const task of tasks) {
    if (task.ts > covered) gaps.push([covered, task.ts - covered]);
    covered = Math.max(covered, task.ts + (task.dur ?? 0));
  }
  if (end > covered) gaps.push([covered, end - covered]);
  const idle = gaps.reduce((sum, [, us]) => sum + us, 0) / 1000;
  const listed = gaps
    .filter(([, us]) => us >= 10_000)
    .map(([from, us]) => `${Math.round((from - start) / 1000)}: ${Math.round(us / 1000)}`)
    .join(', ');
  return `no task ${Math.round(idle)} ms of ${Math.round((end - start) / 1000)} ms; gaps of 10 ms or more (page's ms: ms): ${listed}`;
}

/**
 * The page's waves of drawing: each main-thread task, from the frame's navigation (`origin`) to
 * its last figure (`time`, page's clock), in which elements fired `bilateral-load` (drew their
 * first figure, or their empty or error state), with when it started (page's ms), how many fired,
 * its layout CPU ms (the reserve check forces one a wave), and what ran the task, as the trace's
 * long-animation-frame entries name it: `FrameRequestCallback` (a frame: the elements'
 * IntersectionObserver and ResizeObserver reports come with it), `import` (an `import()` settled:
 * Chromium settles each in a task of its own, also of a module already loaded), a module script,
 * a timer… So that waves forced by something else than a frame show, as 40 of one element each
 * did when every element waited for its own `import()` of its language's messages (h309).
 */
function wavesOf(events: readonly TraceEvent[], origin: number, time: number): string {
  const main = mainThread(events);
  const end = origin + time * 1000;
  const onMain = events
    .filter(
      (e) => (!main || (e.pid === main.pid && e.tid === main.tid)) && e.ts >= origin && e.ts <= end,
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const waves: string[] = [];
  let loads = 0;
  for (const task of tasks) {
    const inTask = onMain.filter((e) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0));
    const fired = inTask.filter(
      (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'bilateral-load',
    ).length;
    if (fired === 0) continue;
    loads += fired;
    const layout = inTask
      .filter((e) => e.ph === 'X' && e.name === 'Layout')
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    const ran = inTask.find((e) => e.name === 'AnimationFrame::Script::Execute' && e.ph === 'b')
      ?.args?.animation_frame_script_timing_info;
    const by = ran
      ? `${ran.property_like_name || ran.invoker_type} ${ran.source_location_url?.split('/').pop() ?? ''}`.trim()
      : '?';
    waves.push(
      `  ${String(Math.round((task.ts - origin) / 1000)).padStart(6)} ms: ${String(fired).padStart(3)} loads, layout ${Math.round(layout)} ms, ran by ${by}`,
    );
  }
  return `${waves.length} tasks, ${loads} loads:\n${waves.join('\n')}`;
}

/** The trace category whose `LayoutInvalidationTracking` events name the nodes a layout takes in. */
const INVALIDATIONS = 'disabled-by-default-devtools.timeline.invalidationTracking';

/**
 * The main thread's layouts of 5 ms CPU or more: when (ms on the page's clock, from `origin`),
 * CPU ms, and what each laid out (the trace's `beginData`): the layout objects marked dirty of
 * all the page's (`dirty/total`), `partial` when Blink laid out only some roots (and how many,
 * from `endData`), and `forced by` the function that read the layout, if a script did. With
 * `--invalidations` (the trace's {@link INVALIDATIONS} events), also the nodes it took in since
 * the layout before it (of any length): `+` added to the layout tree, `−` removed from it, and
 * those changed in place by reason (style, size, fonts…).
 */
function layoutsOf(events: readonly TraceEvent[], origin: number): string {
  const main = mainThread(events);
  const start = origin;
  const layouts = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'Layout' &&
        (!main || (e.pid === main.pid && e.tid === main.tid)),
    )
    .sort((a, b) => a.ts - b.ts);
  const marks = events
    .filter((e) => e.name === 'LayoutInvalidationTracking')
    .sort((a, b) => a.ts - b.ts);
  let next = 0;
  const rows: string[] = [];
  for (const e of layouts) {
    // The nodes marked before this layout ended: it laid them out.
    const reasons = new Map<string, number>();
    for (; next < marks.length && (marks[next]?.ts ?? 0) < e.ts + (e.dur ?? 0); next++) {
      const reason = marks[next]?.args?.data?.reason ?? '?';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if ((e.tdur ?? 0) < 5000) continue;
    const begin = e.args?.beginData;
    const roots = e.args?.endData?.layoutRoots?.length;
    const partial = begin?.partialLayout ? ` partial${roots ? ` ${roots} roots` : ''}` : '';
    const forced = begin?.stackTrace?.[0]?.functionName;
    const added = reasons.get('Added to layout') ?? 0;
    const removed = reasons.get('Removed from layout') ?? 0;
    const changed = [...reasons]
      .filter(([reason]) => reason !== 'Added to layout' && reason !== 'Removed from layout')
      .map(([reason, n]) => `, ${n} ${reason.toLowerCase()}`)
      .join('');
    rows.push(
      `\n  ${Math.round((e.ts - start) / 1000)} ms: ${Math.round((e.tdur ?? 0) / 1000)} ms CPU, ` +
        `${begin?.dirtyObjects ?? '?'}/${begin?.totalObjects ?? '?'} objects dirty${partial}` +
        (begin?.stackTrace ? ` forced by ${forced || '(anonymous)'}` : '') +
        (marks.length > 0 ? `; nodes +${added} −${removed}${changed}` : ''),
    );
  }
  return rows.join('');
}

/** Screenshots of the host page (its viewport) scrolled to each of `scrolls` (px). */
async function screenshots(page: Page, scrolls: readonly number[]): Promise<Buffer[]> {
  const shots: Buffer[] = [];
  for (const y of scrolls) {
    await page.evaluate(
      `new Promise((done) => { scrollTo(0, ${y}); requestAnimationFrame(() => requestAnimationFrame(done)); })`,
    );
    shots.push(await page.screenshot());
  }
  return shots;
}

/**
 * How many pixels of two PNGs of the same size differ (any channel), read in the browser (a
 * canvas each): `[differing, all]`.
 */
async function pixelsApart(page: Page, a: Buffer, b: Buffer): Promise<[number, number]> {
  return (await page.evaluate(
    `(async ([a, b]) => {
      const pixels = async (png) => {
        const image = await createImageBitmap(await (await fetch('data:image/png;base64,' + png)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.length !== y.length) return [Infinity, x.length / 4];
      let apart = 0;
      for (let index = 0; index < x.length; index += 4)
        if (x[index] !== y[index] || x[index + 1] !== y[index + 1] || x[index + 2] !== y[index + 2] || x[index + 3] !== y[index + 3]) apart += 1;
      return [apart, x.length / 4];
    })(${JSON.stringify([a.toString('base64'), b.toString('base64')])})`,
  )) as [number, number];
}

/**
 * Opens the page once from `origin` (or, with `floor`, that static page in its place) and returns
 * its time, and what the options asked for: with `--floor`, the page's screenshots (`shots`, at
 * `scrolls`) and then the page as static HTML (`html`, for {@link FLOOR_LOAD}).
 */
async function onePage(
  page: Page,
  cdp: CDPSession,
  origin: string,
  floor: { readonly html: string; readonly scrolls?: readonly number[] } | undefined,
  options: {
    profile: boolean;
    trace: boolean;
    census: boolean;
    updates: boolean;
    rate: number;
    lang: string | undefined;
    relayout: string | undefined;
    categories: readonly string[] | undefined;
    invalidations: boolean;
    floor: boolean;
    shots: boolean;
    growth: boolean;
  },
) {
  const height = options.growth ? 800 : 60_000;
  await page.goto(origin);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.rate });
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const events: TraceEvent[] = [];
  let traced: Promise<void> | undefined;
  if (options.trace) {
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as TraceEvent[])),
    );
    traced = new Promise((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.stack',
          'v8',
          'blink.user_timing',
          ...(options.categories ?? []),
          ...(options.invalidations ? [INVALIDATIONS] : []),
        ],
      },
      transferMode: 'ReportEvents',
    });
  }
  const { time, now, lastLoad, lastChange, updates, draws } = (await page.evaluate(
    floor
      ? `(${FLOOR_LOAD})(${JSON.stringify({ html: floor.html, height })})`
      : `(${PAGE_LOAD})(${JSON.stringify({ body: options.growth ? GROWTH : mixed(options.lang), count: options.growth ? 1 : 50, height, updates: options.updates })})`,
  )) as {
    time: number;
    now: number;
    lastLoad: number;
    lastChange: number;
    updates?: Record<string, number>;
    draws?: [number, string][];
  };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const profile = options.profile
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
    : undefined;
  if (traced) {
    await cdp.send('Tracing.end');
    await traced;
  }
  // Scrolled to a quarter, a half and three quarters of the page too (the frame is taller than it).
  const bottom = options.shots
    ? ((await page.evaluate(
        `document.querySelector('iframe').contentDocument.body.getBoundingClientRect().bottom`,
      )) as number)
    : 0;
  const scrolls = floor?.scrolls ?? [0, 0.25, 0.5, 0.75].map((at) => Math.round(at * bottom));
  const shots = options.shots ? await screenshots(page, scrolls) : undefined;
  const relayout = options.relayout
    ? ((await page.evaluate(
        `(${RELAYOUT})(${JSON.stringify(options.relayout.split(';;'))})`,
      )) as Record<string, number>)
    : undefined;
  const census = options.census
    ? ((await page.evaluate(`(${CENSUS})()`)) as Record<string, number>)
    : undefined;
  const totals = traced ? traceTotals(events) : undefined;
  const own = traced ? traceSelfTimes(events) : undefined;
  // Times on the page's clock (its mark in the trace), or from the trace's first event.
  const pageStart = traced ? pageOrigin(events, now) : undefined;
  const from = pageStart ?? firstEvent(events);
  const layouts = traced ? layoutsOf(events, from) : undefined;
  const requests = traced ? requestsOf(events, from) : undefined;
  const clock = pageStart === undefined ? "trace's ms" : "page's ms";
  const waits = pageStart === undefined ? undefined : waitsOf(events, pageStart, time);
  const waves = pageStart === undefined ? undefined : wavesOf(events, pageStart, time);
  const html =
    options.floor && !floor ? ((await page.evaluate(`(${STATIC_PAGE})()`)) as string) : undefined;
  return {
    html,
    scrolls,
    shots,
    time,
    lastLoad,
    lastChange,
    profile,
    totals,
    own,
    layouts,
    requests,
    waits,
    waves,
    clock,
    census,
    updates,
    draws,
    events: traced ? events : undefined,
    relayout,
  };
}

/**
 * When the page's figures were drawn (`renderView` calls, page's clock): how many per 250 ms, and
 * of those how many were dashboards and how many panels inside them.
 */
function drawTimes(draws: readonly (readonly [at: number, tag: string])[]): string {
  const per = new Map<number, { all: number; dashboards: number; panels: number }>();
  for (const [at, tag] of draws) {
    const from = Math.floor(at / 250) * 250;
    const counts = per.get(from) ?? { all: 0, dashboards: 0, panels: 0 };
    counts.all += 1;
    if (tag === 'bilateral-dashboard') counts.dashboards += 1;
    if (tag === 'panel') counts.panels += 1;
    per.set(from, counts);
  }
  const spread = [...per]
    .map(([from, { all, dashboards, panels }]) => {
      const of = [dashboards && `${dashboards} dashboards`, panels && `${panels} panels`];
      const detail = of.filter(Boolean).join(', ');
      return `${from} ms: ${all}${detail ? ` (${detail})` : ''}`;
    })
    .join(', ');
  return `figures drawn: ${draws.length}; by 250 ms of the page's time: ${spread}`;
}

const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
    .join('\n');

async function run(dirs: readonly string[], flags: Map<string, string | true>): Promise<void> {
  const rounds = Number(flags.get('--pages') ?? 3);
  const count = Number(flags.get('--top') ?? 25);
  const options = {
    profile: flags.has('--profile'),
    trace: flags.has('--trace'),
    census: flags.has('--census'),
    updates: flags.has('--updates'),
    rate: Number(flags.get('--rate') ?? 4),
    lang: flags.get('--lang') as string | undefined,
    relayout: flags.get('--relayout') as string | undefined,
    categories: (flags.get('--categories') as string | undefined)?.split(','),
    invalidations: flags.has('--invalidations'),
    floor: flags.has('--floor'),
    shots: false,
    growth: flags.has('--growth'),
  };
  // A static page (`.html`) is timed as the floor is; its folder serves only the host page.
  const statics = dirs.map((dir) =>
    dir.endsWith('.html') ? readFileSync(dir, 'utf8') : undefined,
  );
  // Screenshots: of each page and its floor, or of static pages (compared with the first one's).
  options.shots =
    flags.has('--shots') && (options.floor || statics.some((html) => html !== undefined));
  const servers = await Promise.all(
    dirs.map((dir, index) => serve(resolve(statics[index] === undefined ? dir : dirname(dir)))),
  );
  const launch = (env?: NodeJS.ProcessEnv) =>
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
      ...(env ? { env } : {}),
    });
  // With --fonts, a second browser with those fonts, and each folder in both, one after the other.
  const fonts = flags.get('--fonts');
  const { FONTCONFIG_FILE: _hostFonts, ...hostEnv } = process.env;
  const browser = await launch(typeof fonts === 'string' ? hostEnv : undefined);
  const withFonts =
    typeof fonts === 'string'
      ? await launch({ ...hostEnv, FONTCONFIG_FILE: resolve(fonts) })
      : undefined;
  const targets = dirs.flatMap((dir, server) => [
    { label: dir, server, browser },
    ...(withFonts ? [{ label: `${dir} +fonts`, server, browser: withFonts }] : []),
  ]);
  const labels = targets.map((target) => target.label);
  const times = targets.map(() => [] as number[]);
  const floors = targets.map(() => [] as number[]);
  /** With `--trace`, each page's main-thread CPU: busy and layout (own time, ms). */
  const cpus = targets.map(() => [] as { busy: number; layout: number }[]);
  const shotsDir = flags.get('--shots');
  // With --warm, one tab per folder and kind of page, kept, and a round 0 that warms them.
  const warm = flags.has('--warm');
  const tabs = new Map<string, Page>();
  try {
    for (let round = warm ? -1 : 0; round < rounds; round++) {
      // With --shots, the round's first static page's screenshots, which the others' are compared with.
      let reference: { scrolls: readonly number[]; shots: Buffer[] | undefined } | undefined;
      // Each round opens the folders starting one later (`roundOrder`), but with --shots, whose
      // first static page of a round is the one the others' screenshots are compared with.
      const order = options.shots
        ? targets.map((_, index) => index)
        : roundOrder(targets.length, round);
      for (const index of order) {
        const { label: dir, server, browser } = targets[index] as (typeof targets)[number];
        const address = servers[server]?.address();
        if (address === null || typeof address !== 'object') throw new Error('no server');
        // The page, then (with --floor) its static copy taken just after it, in a page of its own.
        const html = statics[server];
        let floor:
          | { html: string; scrolls?: readonly number[]; shots?: Buffer[] | undefined }
          | undefined = html === undefined ? undefined : { html, ...reference };
        const kinds = html !== undefined ? ['floor'] : options.floor ? ['page', 'floor'] : ['page'];
        for (const kind of kinds) {
          const tab = `${index} ${kind}`;
          const page =
            tabs.get(tab) ?? (await browser.newPage({ viewport: { width: 1100, height: 900 } }));
          if (warm) tabs.set(tab, page);
          const cdp = await page.context().newCDPSession(page);
          const result = await onePage(
            page,
            cdp,
            `http://127.0.0.1:${address.port}/`,
            kind === 'floor' ? floor : undefined,
            options,
          );
          const at = (ms: number) => `${Math.round(ms)} ms`;
          if (kind === 'page') {
            if (round >= 0) times[index]?.push(result.time);
            console.log(
              `${dir} round ${round + 1}: last figure ${at(result.time)} (last bilateral-load ${at(result.lastLoad)}, last change to a shadow root ${at(result.lastChange)})`,
            );
            if (result.html !== undefined) {
              floor = { html: result.html, scrolls: result.scrolls, shots: result.shots };
              console.log(
                `${dir} round ${round + 1}: static copy ${(result.html.length / 1024).toFixed(0)} KiB`,
              );
              const save = flags.get('--save');
              if (typeof save === 'string') {
                mkdirSync(save, { recursive: true });
                writeFileSync(join(save, `${round + 1}-${index + 1}.floor.html`), result.html);
              }
            }
          } else {
            if (round >= 0) floors[index]?.push(result.time);
            const what = html === undefined ? 'floor (static copy, ' : 'static page (';
            console.log(
              `${dir} round ${round + 1}: ${what}first frame after load) ${at(result.time)}`,
            );
            const compared = html === undefined || reference !== undefined;
            for (const [shot, y] of result.scrolls.entries()) {
              const [a, b] = [floor?.shots?.[shot], result.shots?.[shot]];
              if (b === undefined) continue;
              if (a !== undefined && compared) {
                const [apart, all] = await pixelsApart(page, a, b);
                console.log(`  scrolled to ${y} px: ${apart} of ${all} pixels differ`);
              }
              if (typeof shotsDir === 'string') {
                mkdirSync(shotsDir, { recursive: true });
                // A static page's own (the first one's: the round's reference); a page's and its floor's.
                if (html !== undefined)
                  writeFileSync(join(shotsDir, `${round + 1}-${index + 1}-${y}-static.png`), b);
                else if (a !== undefined) {
                  writeFileSync(join(shotsDir, `${round + 1}-${index + 1}-${y}-page.png`), a);
                  writeFileSync(join(shotsDir, `${round + 1}-${index + 1}-${y}-floor.png`), b);
                }
              }
            }
            if (html !== undefined && reference === undefined)
              reference = { scrolls: result.scrolls, shots: result.shots };
          }
          if (warm) await cdp.detach();
          else await page.close();
          const save = flags.get('--save');
          const saved = `${round + 1}-${index + 1}${kind === 'floor' ? '-floor' : ''}`;
          if (typeof save === 'string' && result.events) {
            mkdirSync(save, { recursive: true });
            writeFileSync(join(save, `${saved}.trace.json`), JSON.stringify(result.events));
          }
          if (result.profile) {
            if (typeof save === 'string') {
              mkdirSync(save, { recursive: true });
              writeFileSync(join(save, `${saved}.cpuprofile`), JSON.stringify(result.profile));
            }
            const { byFunction, byFile, total } = selfTimes(result.profile);
            console.log(`self time by file:\n${top(byFile, 15)}`);
            console.log(`self time by function:\n${top(byFunction, count)}`);
            console.log(`total time by function (with its callees):\n${top(total, count)}`);
          }
          if (result.totals) {
            const rows = [...result.totals].sort((a, b) => b[1].ms - a[1].ms);
            console.log('main thread CPU (trace; nested events overlap):');
            for (const [name, { ms, count: n }] of rows)
              console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${String(n).padStart(6)}×  ${name}`);
          }
          if (result.own) {
            const busy = [...result.own.values()].reduce((sum, ms) => sum + ms, 0);
            // A page's, or a static page's given in place of a folder (its first frame is its time).
            if ((kind === 'page' || html !== undefined) && round >= 0)
              cpus[index]?.push({ busy, layout: result.own.get('Layout') ?? 0 });
            const rows = [...result.own].filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1]);
            console.log(`main thread CPU by event, own time (busy ${busy.toFixed(0)} ms):`);
            for (const [name, ms] of rows)
              console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
            console.log(`layouts of 5 ms or more (${result.clock}: CPU ms): ${result.layouts}`);
            console.log(`requests (${result.clock}: sent → finished):\n${result.requests}`);
            console.log(`main thread without a task, navigation to last figure: ${result.waits}`);
            if (result.waves) console.log(`waves (tasks in which elements drew): ${result.waves}`);
          }
          if (result.relayout)
            for (const [selector, ms] of Object.entries(result.relayout))
              console.log(`layout of ${selector} shown again: ${ms.toFixed(1)} ms`);
          if (result.updates) console.log(`updates by tag: ${JSON.stringify(result.updates)}`);
          if (result.draws) console.log(drawTimes(result.draws));
          if (result.census) for (const line of censusLines(result.census)) console.log(line);
        }
      }
    }
  } finally {
    await browser.close();
    await withFonts?.close();
    for (const server of servers) server.close();
  }
  const median = (values: readonly number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  for (const [index, dir] of labels.entries()) {
    const sorted = [...(times[index] ?? [])].sort((a, b) => a - b);
    const floor = [...(floors[index] ?? [])].sort((a, b) => a - b);
    const range = (values: readonly number[]) =>
      `${values.length} pages, min ${Math.round(values[0] ?? Number.NaN)} ms, median ${Math.round(median(values))} ms, max ${Math.round(values.at(-1) ?? Number.NaN)} ms`;
    if (sorted.length > 0) console.log(`${dir}: ${range(sorted)}`);
    if (sorted.length === 0) console.log(`${dir}, static, first frame after load: ${range(floor)}`);
    else if (floor.length > 0)
      console.log(
        `${dir}: floor ${Math.round(median(floor))} ms (min ${Math.round(floor[0] ?? Number.NaN)}), page ${Math.round(median(sorted))} ms, ratio ${(median(sorted) / median(floor)).toFixed(2)} (medians, ${floor.length} pages each, rate ${options.rate})`,
      );
  }
  // A static page given in place of a folder is compared by its first frame (it has no figure).
  const timed = times.map((page, index) => (page.length > 0 ? page : (floors[index] ?? [])));
  for (const [index, dir] of labels.entries())
    if (index > 0) {
      const what = times[0]?.length === 0 ? 'first frame' : 'last figure';
      console.log(pairsAgainst(labels[0] as string, dir, timed, cpus, index, median, what));
    }
}

/**
 * The pairs of the `index`th folder against the first, round by round (the run interleaves
 * them): in how many its page's last figure (a static page's first frame after its load, when
 * `.html` files are compared), and with `--trace` its main-thread busy and layout CPU, were
 * lower, and their medians, the decision rule for a speed change (CPU lower in most pairs,
 * wall-clock median no worse).
 */
function pairsAgainst(
  first: string,
  dir: string,
  times: readonly number[][],
  cpus: readonly { busy: number; layout: number }[][],
  index: number,
  median: (values: readonly number[]) => number,
  what: string,
): string {
  const compare = (a: readonly number[], b: readonly number[], what: string) => {
    const n = Math.min(a.length, b.length);
    const lower = a.slice(0, n).filter((value, round) => (b[round] ?? Number.NaN) < value).length;
    return `${what} lower in ${lower} of ${n} pairs, median ${Math.round(median(a))} → ${Math.round(median(b))} ms`;
  };
  const rows = [compare(times[0] ?? [], times[index] ?? [], what)];
  const [a, b] = [cpus[0] ?? [], cpus[index] ?? []];
  if (a.length > 0 && b.length > 0) {
    rows.push(
      compare(
        a.map((c) => c.busy),
        b.map((c) => c.busy),
        'busy',
      ),
    );
    rows.push(
      compare(
        a.map((c) => c.layout),
        b.map((c) => c.layout),
        'layout',
      ),
    );
  }
  return `${dir} against ${first}: ${rows.join('; ')} (upper medians)`;
}

const [command, ...rest] = process.argv.slice(2);
const flags = new Map<string, string | true>();
const dirs: string[] = [];
for (let index = 0; index < rest.length; index++) {
  const arg = rest[index] as string;
  if (!arg.startsWith('--')) dirs.push(arg);
  else if (
    [
      '--pages',
      '--top',
      '--rate',
      '--save',
      '--lang',
      '--relayout',
      '--categories',
      '--shots',
      '--fonts',
      '--rounds',
      '--copies',
    ].includes(arg)
  )
    flags.set(arg, rest[++index] as string);
  else flags.set(arg, true);
}
if (command === 'build' && dirs.length === 1) {
  // Imported here: `run` needs neither the build nor the core's source.
  const { buildScriptTag } = await import('./script-tag-build.js');
  const { writeFixtures } = await import('../test/write-fixtures.js');
  const out = resolve(dirs[0] as string);
  await buildScriptTag(join(out, 'bundle'), {
    minify: !flags.has('--readable'),
    // Readable: esbuild's chunks as they are (the merging pass minifies what it merges).
    ...(flags.has('--readable') ? { plugins: [] } : {}),
  });
  writeFixtures(out);
} else if (command === 'run' && dirs.length > 0) {
  await run(dirs, flags);
} else if (
  command === 'relayout' &&
  dirs.length > 0 &&
  ['--rounds', '--copies'].every((flag) => /^[1-9]\d*$/.test(String(flags.get(flag) ?? 1)))
) {
  const { againstFirst, coldRelayouts, median } = await import('./cold-relayout.js');
  const cpu = await coldRelayouts(dirs, {
    rounds: Number(flags.get('--rounds') ?? 20),
    copies: Number(flags.get('--copies') ?? 2),
    rebuild: flags.has('--rebuild'),
  });
  for (const [index, { ratio, lower, rounds }] of againstFirst(cpu).entries()) {
    const ms = median(cpu[index] ?? []);
    console.log(
      `${dirs[index]}: cold relayout ${ms.toFixed(1)} ms (median), ratio to the first ${ratio.toFixed(3)}, lower in ${lower} of ${rounds} rounds`,
    );
  }
} else {
  console.error(
    'usage: page-profile.ts build <dir> [--readable] | run <dir or page.html>… [--pages N] [--profile] [--trace] [--census] [--top N] [--rate R] [--growth] [--warm] [--floor] [--shots DIR] [--fonts FILE] | relayout <page.html>… [--rounds N] [--copies K] [--rebuild]',
  );
  process.exitCode = 2;
}
