import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { TEST_CACHE } from './paths.js';
import { SAME_FIGURES } from './same-figures.js';

/** The policy the CSP page is served with: no inline script or style, no eval, Trusted Types. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const BUNDLE = '/__bilateral__/bundle/bilateral-widgets.js';

/** Records CSP violations, errors and load events of a test page (an allowed, external script). */
const WATCH = `
window.__violations = [];
window.__errors = [];
window.__loads = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
document.addEventListener('bilateral-load', () => { window.__loads += 1; });
document.addEventListener('bilateral-error', (e) => window.__errors.push('bilateral-error: ' + e.detail.error.message));
// Proof that Trusted Types are enforced: assigning a plain string to innerHTML must throw.
try { document.createElement('div').innerHTML = '<b>probe</b>'; window.__ttEnforced = false; }
catch (e) { window.__ttEnforced = e instanceof TypeError; }
`;

const ELEMENTS = `
  <bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>
  <bilateral-growth src="/__bilateral__/fixtures/xss.json" chart="bar"></bilateral-growth>
  <bilateral-balance src="/__bilateral__/fixtures/xss.json" view="series"></bilateral-balance>
  <bilateral-target src="/__bilateral__/fixtures/xss.json"></bilateral-target>
  <bilateral-gates src="/__bilateral__/fixtures/xss.json" lang="vi"></bilateral-gates>`;

/** A page with the strict policy: the bundle twice, an inline script that must not run. */
const CSP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script src="/__bilateral__/watch.js"></script>
<script type="module" src="${BUNDLE}"></script>
<script type="module" src="${BUNDLE}?second-copy"></script>
<script>window.__inlineRan = true;</script>
</head><body>${ELEMENTS}</body></html>`;

/** A page without a policy that loads the bundle twice and an ESM entry-like copy. */
const DOUBLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>double</title>
<script src="/__bilateral__/watch.js"></script>
<script type="module" src="${BUNDLE}"></script>
<script type="module" src="${BUNDLE}?again"></script>
</head><body><bilateral-growth dataset="vietnam-laos"></bilateral-growth></body></html>`;

/** A page that renders {@link SAME_FIGURES} with the script-tag bundle. */
const SAME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>same figures</title>
<script src="/__bilateral__/watch.js"></script>
<script type="module" src="${BUNDLE}"></script>
</head><body>${SAME_FIGURES}</body></html>`;

/** {@link SAME_FIGURES} rendered by an app (the global setup's `app/`, as apps bundle `dist/`). */
const APP_SAME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>same figures, app</title>
<script src="/__bilateral__/watch.js"></script>
<script type="module" src="/__bilateral__/app/app.js"></script>
</head><body>${SAME_FIGURES}</body></html>`;

/**
 * A page whose script arrives late (so the page paints before the elements are defined), with or
 * without the placeholder stylesheet; it records its cumulative layout shift in `__cls`.
 */
const lateScriptPage = (stylesheet: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>late script</title>
<script src="/__bilateral__/cls.js"></script>
${stylesheet ? '<link rel="stylesheet" href="/__bilateral__/bundle/bilateral-widgets.css">' : ''}
<script type="module" src="/__bilateral__/bundle/bilateral-widgets.js?late"></script>
</head><body style="margin:0;font-family:system-ui,sans-serif">
<p>An article's first paragraph.</p>
<bilateral-growth dataset="vietnam-laos"></bilateral-growth>
<p>A paragraph after the growth chart.</p>
<bilateral-balance dataset="vietnam-laos"></bilateral-balance>
<p>A paragraph after the balance.</p>
<bilateral-target dataset="vietnam-laos"></bilateral-target>
<p>A paragraph after the target.</p>
<bilateral-gates dataset="vietnam-laos"></bilateral-gates>
<p>The article's last paragraph.</p>
</body></html>`;

/** Adds up the page's layout shifts (those not caused by input) in `window.__cls`. */
const CLS = `
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
`;

/** A page that only loads the script-tag bundle: the benchmarks put elements on it. */
const BUNDLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bundle</title>
<script type="module" src="${BUNDLE}"></script>
</head><body></body></html>`;

/**
 * Routes the widgets' browser tests fetch from Vitest's server: the script-tag bundle and its
 * data, dataset fixtures (a 404 for anything missing), a URL that answers too late, and pages
 * served with a strict Content Security Policy and Trusted Types.
 */
export function widgetsTestServer(): Plugin {
  return {
    name: 'bilateral-widgets-test-server',
    configureServer(server) {
      server.middlewares.use('/__bilateral__/', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const send = (status: number, type: string, body: string | Buffer, headers = {}) => {
          res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
          res.end(body);
        };
        if (url.pathname === '/watch.js') return send(200, TYPES['.js'] as string, WATCH);
        if (url.pathname === '/cls.js') return send(200, TYPES['.js'] as string, CLS);
        if (url.pathname === '/late.html' || url.pathname === '/late-styled.html') {
          const page = lateScriptPage(url.pathname === '/late-styled.html');
          return send(200, TYPES['.html'] as string, page);
        }
        if (url.pathname === '/csp.html') {
          return send(200, TYPES['.html'] as string, CSP_PAGE, {
            'content-security-policy': STRICT_CSP,
          });
        }
        if (url.pathname === '/double.html')
          return send(200, TYPES['.html'] as string, DOUBLE_PAGE);
        if (url.pathname === '/same.html') return send(200, TYPES['.html'] as string, SAME_PAGE);
        if (url.pathname === '/app-same.html')
          return send(200, TYPES['.html'] as string, APP_SAME_PAGE);
        if (url.pathname === '/bundle.html')
          return send(200, TYPES['.html'] as string, BUNDLE_PAGE);
        if (url.pathname === '/slow.json') {
          const timer = setTimeout(() => send(200, TYPES['.json'] as string, '{}'), 5_000);
          req.on('close', () => clearTimeout(timer));
          return;
        }
        const file = normalize(url.pathname).replace(/^[/\\]+/, '');
        if (!/^(bundle|fixtures|app)[/\\]/.test(file) || file.includes('..')) {
          return send(404, 'text/plain', 'not found');
        }
        // Long enough for the page to paint its empty elements first even on a busy machine (at
        // 600 ms a loaded CI machine once painted only after the script had run: no shift at all).
        const delay = url.searchParams.has('late') ? 1_500 : 0;
        const late = new Promise((resolve) => setTimeout(resolve, delay));
        late
          .then(() => readFile(join(TEST_CACHE, file)))
          .then(
            (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
            () => send(404, 'text/plain', `${url.pathname} not found`),
          );
      });
    },
  };
}
