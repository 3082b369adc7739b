// Consumer smoke test: does what a user of the published packages does, outside the workspace.
//
//   node scripts/smoke-consumer.mjs              (`pnpm smoke`, after `pnpm build`)
//   node scripts/smoke-consumer.mjs --keep       keep the scratch project for a look afterwards
//   node scripts/smoke-consumer.mjs --pack-only <dir>
//                                                only pack every publishable package into <dir>,
//                                                replacing its tarballs (`pnpm release:dry`)
//
// 1. Packs every publishable package (packages/*, not "private") with `pnpm pack`, as
//    `pnpm publish` would, into a temporary directory, and checks what each tarball holds.
// 2. Creates a scratch project in the OS temp directory — outside the workspace, so nothing
//    resolves to the sources — and installs the tarballs with npm (their dependencies — zod,
//    decimal.js, date-fns, lit — come from the registry).
// 3. Checks: an ESM import of @bilateral/core in Node with real calls and their expected
//    results; a strict TypeScript consumer type-checks against the shipped .d.ts (with the
//    workspace's TypeScript); `npx bilateral report` prints the Vietnam–Laos report;
//    `npx bilateral validate` exits 1 on a broken file; `npx bilateral reconcile` exits 0 on
//    consistent statements; `npx bilateral import comtrade --engine duckdb` imports a bulk file
//    into Parquet.
// 4. The widgets check: the script-tag bundle from the packed files renders every element in
//    Chromium — skipped only while packages/widgets/package.json says "private": true.
// 5. The app bundle: `import '@bilateral/widgets/growth'` bundled with esbuild from the installed
//    tarballs loads first no more than size-limit's app limit, nor 1 % more than its measure
//    (from the sources) says.
// 6. The app examples (examples/react, examples/vue) build with Vite from the workspace: each
//    dist/ holds index.html and the JS asset it loads, which registers the elements.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

const log = (text) => process.stdout.write(`smoke: ${text}\n`);

class SmokeFailure extends Error {}

function fail(message) {
  throw new SmokeFailure(message);
}

/** Runs a command; returns its status and output (never throws for a non-zero exit). */
function exec(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    shell: process.platform === 'win32',
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like exec, but fails unless the command exits with `expected`. */
function expectExit(expected, command, commandArgs, cwd) {
  const result = exec(command, commandArgs, cwd);
  if (result.status !== expected) {
    fail(
      `\`${[command, ...commandArgs].join(' ')}\` exited ${result.status}, expected ${expected}\n` +
        `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}

/** The workspace packages under packages/, with their manifests. */
function workspacePackages() {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => {
      const path = join(dir, entry.name);
      return { path, manifest: JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) };
    });
}

const publishable = () => workspacePackages().filter((pkg) => pkg.manifest.private !== true);

/** Packs every publishable package into `destination`; returns the tarball paths. */
async function packAll(destination) {
  await mkdir(destination, { recursive: true });
  const packs = [];
  for (const pkg of publishable()) {
    const { name, exports: entries = {} } = pkg.manifest;
    const built = Object.values(entries)
      .map((entry) => (typeof entry === 'string' ? entry : entry.default))
      .filter((target) => typeof target === 'string' && target.startsWith('./dist/'));
    for (const target of built) {
      if (!existsSync(join(pkg.path, target))) {
        fail(`${name}: ${target} is missing; run \`pnpm build\` first`);
      }
    }
    const { stdout } = expectExit(
      0,
      'pnpm',
      ['pack', '--pack-destination', destination, '--json'],
      pkg.path,
    );
    const packed = JSON.parse(stdout);
    const files = packed.files.map((file) => file.path);
    const stray = files.filter((file) =>
      /\.(test|test-d|bench|browser\.test)\.ts$|__fixtures__/.test(file),
    );
    if (stray.length > 0) fail(`${name}: the tarball holds test files: ${stray.join(', ')}`);
    // "license": "MIT" asks for the licence text with every copy: npm ships a package's LICENSE.
    if (!files.includes('LICENSE'))
      fail(`${name}: the tarball has no LICENSE (the MIT licence text)`);
    // Another of our packages is asked for by a compatible range, not this very version: an app
    // that upgrades @bilateral/core alone would otherwise install a second copy of it, and an
    // error thrown by one copy is no BilateralError to the other.
    const { stdout: published } = expectExit(
      0,
      'tar',
      ['-xzOf', packed.filename, 'package/package.json'],
      pkg.path,
    );
    const pinned = Object.entries(JSON.parse(published).dependencies ?? {}).filter(
      ([dependency, range]) => dependency.startsWith('@bilateral/') && !range.startsWith('^'),
    );
    if (pinned.length > 0) {
      const named = pinned.map(([dependency, range]) => `${dependency} ${range}`).join(', ');
      fail(`${name}: asks for exactly ${named} (workspace:* in package.json; write workspace:^)`);
    }
    // Test helpers and screenshots are a packaging slip too, but only warned about for now.
    const extra = files.filter((file) => /(^|\/)(__tests__|__screenshots__)\//.test(file));
    if (extra.length > 0) {
      log(`! WARNING ${name}: the tarball holds test-only files: ${extra.join(', ')}`);
    }
    log(`packed ${name} → ${relative(destination, packed.filename)} (${files.length} files)`);
    packs.push({ name, tarball: packed.filename });
  }
  return packs;
}

const CHECK_CORE = `
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  BilateralError, evaluateTarget, formatMoney, formatPeriod, growthRate, money, parsePeriod,
  reconcile, safeParseDataset, sum, tradeBalance, vietnamLaos,
} from '@bilateral/core';

// Resolved from the installed tarball's build, not from any source tree.
const entry = import.meta.resolve('@bilateral/core');
assert.match(entry, /\\/node_modules\\/@bilateral\\/core\\/dist\\/index\\.js$/, entry);

assert.equal(sum([money('0.1', 'USD'), money('0.2', 'USD')]).amount.toString(), '0.3');
assert.equal(formatPeriod(parsePeriod('2024-01/2024-09')), '2024-01/2024-09');
assert.equal(growthRate('1.5', '1.2').toString(), '0.25');
const nineMonths = tradeBalance({
  exports: money('491900000', 'USD'),
  imports: money('1000000000', 'USD'),
});
assert.equal(nineMonths.balance.amount.toString(), '-508100000');
assert.equal(formatMoney(nineMonths.turnover, { notation: 'compact' }), 'US$1.49 billion');
assert.equal(formatMoney(nineMonths.turnover, { notation: 'compact', locale: 'vi' }), '1,49 tỷ USD');

assert.equal(vietnamLaos.id, 'vietnam-laos');
assert.ok(vietnamLaos.flows.length > 0 && vietnamLaos.statements.length > 0);
const report = reconcile(vietnamLaos.statements);
assert.equal(report.relations.length, Object.values(report.counts).reduce((a, b) => a + b, 0));
assert.equal(typeof evaluateTarget, 'function');

const broken = safeParseDataset({ id: 'x', title: { en: 'X' }, sources: [], flows: [{}] });
assert.equal(broken.success, false);
assert.ok(broken.error instanceof BilateralError);
assert.equal(broken.error.code, 'INVALID_DATASET');

const schemaUrl = new URL(import.meta.resolve('@bilateral/core/dataset.schema.json'));
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');

console.log('core ok: ' + vietnamLaos.flows.length + ' flows, ' + report.relations.length + ' relations');
`;

const CHECK_TYPES = `
import { type Dataset, type Money, money, safeParseDataset, tradeBalance } from '@bilateral/core';

export function balanceOf(exports: Money<'USD'>, imports: Money<'USD'>): string {
  return tradeBalance({ exports, imports }).balance.amount.toFixed();
}
export function load(json: unknown): Dataset | undefined {
  const result = safeParseDataset(json);
  return result.success ? result.data : undefined;
}
balanceOf(money('491900000', 'USD'), money('1000000000', 'USD'));
// Proves the types are real (an \`any\` would make this directive unused, an error):
// @ts-expect-error an amount is a Decimal, not a number
export const amount: number = money('1', 'USD').amount;
`;

/** The module resolutions a TypeScript consumer is checked with (strict, skipLibCheck off). */
const TYPESCRIPT_RESOLUTIONS = [
  { module: 'esnext', moduleResolution: 'bundler' },
  { module: 'nodenext', moduleResolution: 'nodenext' },
];

const BROKEN_DATASET = {
  id: 'broken',
  title: { en: 'Broken' },
  sources: [],
  flows: [
    {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2024-Q5',
      value: '1,5',
      currency: 'USD',
      status: 'official',
      source: 'nowhere',
    },
  ],
};

const base = { source: 'seed-003', reporter: 'VNM', partner: 'LAO', period: '2021-Q1' };
const level = (subject, text, value) => ({
  ...base,
  id: `seed-003-${subject}`,
  kind: 'level',
  subject,
  amount: { text, value, currency: 'USD' },
});
const CONSISTENT_STATEMENTS = [
  level('turnover', 'US$338.6 million', '338600000'),
  level('exports', 'US$159.6 million', '159600000'),
  level('imports', 'US$179 million', '179000000'),
];

async function checkCore(project) {
  await writeFile(join(project, 'check-core.mjs'), CHECK_CORE);
  const { stdout } = expectExit(0, process.execPath, ['check-core.mjs'], project);
  log(`✓ ESM import of @bilateral/core in Node — ${stdout.trim()}`);
}

async function checkTypes(project) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await writeFile(join(project, 'check-types.ts'), CHECK_TYPES);
  for (const resolution of TYPESCRIPT_RESOLUTIONS) {
    const config = {
      compilerOptions: {
        ...resolution,
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['check-types.ts'],
    };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(config, null, 2));
    expectExit(0, process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    log(`✓ TypeScript consumer type-checks (moduleResolution ${resolution.moduleResolution})`);
  }
}

function checkReport(project) {
  const { stdout } = expectExit(0, 'npx', ['--no', 'bilateral', 'report'], project);
  for (const expected of ['Vietnam–Laos trade — Bilateral report', 'US$491.9 million']) {
    if (!stdout.includes(expected)) fail(`\`npx bilateral report\` does not print "${expected}"`);
  }
  log(`✓ npx bilateral report prints the Vietnam–Laos report (${stdout.split('\n').length} lines)`);
}

/**
 * The help and the version as the docs write them for npx: `npx --no -- bilateral --help` (npx
 * takes an option right after the command's name as its own, so without `--` npm answers).
 */
function checkHelpAndVersion(project) {
  const { version } = JSON.parse(
    readFileSync(join(project, 'node_modules/@bilateral/core/package.json'), 'utf8'),
  );
  const help = expectExit(0, 'npx', ['--no', '--', 'bilateral', '--help'], project).stdout;
  if (!help.startsWith('bilateral — ')) fail(`\`npx --no -- bilateral --help\` printed:\n${help}`);
  const said = expectExit(0, 'npx', ['--no', '--', 'bilateral', '--version'], project).stdout;
  if (said.trim() !== `bilateral ${version}`) {
    fail(
      `\`npx --no -- bilateral --version\` printed "${said.trim()}", not "bilateral ${version}"`,
    );
  }
  log(`✓ npx --no -- bilateral --help and --version (bilateral ${version})`);
}

async function checkValidate(project) {
  await writeFile(join(project, 'broken.json'), JSON.stringify(BROKEN_DATASET));
  const { stdout } = expectExit(
    1,
    'npx',
    ['--no', 'bilateral', 'validate', 'broken.json'],
    project,
  );
  for (const expected of ['flows[0].value', 'flows[0].period']) {
    if (!stdout.includes(expected)) fail(`\`bilateral validate\` does not name ${expected}`);
  }
  log('✓ npx bilateral validate broken.json exits 1 and names every problem');
}

async function checkReconcile(project) {
  await writeFile(join(project, 'statements.json'), JSON.stringify(CONSISTENT_STATEMENTS));
  const { stdout } = expectExit(
    0,
    'npx',
    ['--no', 'bilateral', 'reconcile', 'statements.json'],
    project,
  );
  if (!stdout.includes('Summary: 1 consistent, 0 inconsistent')) {
    fail(`\`bilateral reconcile\` printed an unexpected summary:\n${stdout}`);
  }
  log('✓ npx bilateral reconcile statements.json exits 0 (parts add up)');
}

/**
 * The README's bulk import: `bilateral import comtrade --engine duckdb`, with @bilateral/duckdb
 * and DuckDB's bindings as npm installs them, stdout and stderr pipes. (pnpm's symlinked layout
 * is checked in the workspace: packages/core/src/cli/built-cli.test.ts.)
 */
function checkImportDuckDB(project) {
  const bulk = join(root, 'packages/core/src/io/__fixtures__/shapes/v1-bulk.txt');
  const { stdout, stderr } = expectExit(
    0,
    'npx',
    ['--no', 'bilateral', 'import', 'comtrade', '--engine', 'duckdb', bulk, '-o', 'bulk.parquet'],
    project,
  );
  if (!stdout.includes('imported 22 rows into bulk.parquet (Parquet)')) {
    fail(
      `\`bilateral import comtrade --engine duckdb\` did not import the bulk file:\n${stdout}${stderr}`,
    );
  }
  log('✓ npx bilateral import comtrade --engine duckdb v1-bulk.txt -o bulk.parquet (22 rows)');
}

// ---------------------------------------------------------------------------------------------
// WIDGETS CHECK: the script-tag bundle, loaded FROM THE PACKED FILES (node_modules/@bilateral/
// widgets in the scratch project) with one <script type="module" src=…> in a page served from
// the scratch project over 127.0.0.1, in Chromium (playwright + Debian's /usr/bin/chromium, as
// the browser tests use; BILATERAL_CHROMIUM overrides the path). Each of the five elements must
// be defined, fire `bilateral-load` for the embedded Vietnam–Laos dataset (no `bilateral-error`,
// no page error) and render something. Skipped ONLY while packages/widgets/package.json says
// "private": true.
// ---------------------------------------------------------------------------------------------
const WIDGET_ELEMENTS = [
  'bilateral-growth',
  'bilateral-balance',
  'bilateral-target',
  'bilateral-gates',
  'bilateral-dashboard',
];
const WIDGETS_BUNDLE = 'node_modules/@bilateral/widgets/dist/bilateral-widgets.js';

const WIDGETS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Bilateral widgets smoke test</title>
    <link rel="icon" href="data:,">
    <script>
      window.smoke = { loaded: [], failed: [] };
      document.addEventListener('bilateral-load', (event) => smoke.loaded.push(event.target.localName), true);
      document.addEventListener('bilateral-error', (event) =>
        smoke.failed.push(event.target.localName + ': ' + JSON.stringify(event.detail)), true);
    </script>
    <script type="module" src="/${WIDGETS_BUNDLE}"></script>
  </head>
  <body>
${WIDGET_ELEMENTS.map((name) => `    <${name} dataset="vietnam-laos"></${name}>`).join('\n')}
  </body>
</html>
`;

const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** Serves the files of `directory` on 127.0.0.1 (an ephemeral port) until closed. */
async function serve(directory) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, normalize } = await import('node:path');
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(directory, path === '/' ? 'index.html' : path);
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

async function checkWidgets(project, packs) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/widgets/package.json'), 'utf8'));
  if (manifest.private === true) {
    log(
      '- widgets check SKIPPED: packages/widgets/package.json is "private" (not publishable yet)',
    );
    return 'skipped';
  }
  if (!packs.some((pack) => pack.name === '@bilateral/widgets')) {
    fail('@bilateral/widgets is publishable but was not packed');
  }
  for (const file of [
    WIDGETS_BUNDLE,
    'node_modules/@bilateral/widgets/dist/data/vietnam-laos.json',
  ]) {
    if (!existsSync(join(project, file))) fail(`the packed widgets have no ${file}`);
  }
  const executablePath = process.env.BILATERAL_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    fail(`no Chromium at ${executablePath} (apt-get install chromium, or set BILATERAL_CHROMIUM)`);
  }
  await writeFile(join(project, 'index.html'), WIDGETS_PAGE);
  const { chromium } = await import('playwright');
  const { server, url } = await serve(project);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(url);
    const settled = await page
      .waitForFunction(
        (count) => window.smoke.loaded.length + window.smoke.failed.length >= count,
        WIDGET_ELEMENTS.length,
        { timeout: 30_000 },
      )
      .then(() => true)
      .catch(() => false);
    const state = await page.evaluate((names) => {
      const rendered = (name) => {
        const element = document.querySelector(name);
        const box = element?.getBoundingClientRect();
        return {
          name,
          defined: customElements.get(name) !== undefined,
          text: (element?.shadowRoot?.textContent ?? '').trim().length,
          height: box?.height ?? 0,
        };
      };
      return { ...window.smoke, elements: names.map(rendered) };
    }, WIDGET_ELEMENTS);
    const problems = [
      ...(settled ? [] : ['not every element fired bilateral-load or bilateral-error in 30 s']),
      ...pageErrors.map((message) => `page error: ${message}`),
      ...state.failed.map((message) => `bilateral-error from ${message}`),
      ...state.elements.flatMap((element) => [
        ...(element.defined ? [] : [`${element.name} is not defined`]),
        ...(state.loaded.includes(element.name) ? [] : [`${element.name} fired no bilateral-load`]),
        ...(element.text > 0 && element.height > 0 ? [] : [`${element.name} rendered nothing`]),
      ]),
    ];
    if (problems.length > 0) fail(`widgets in Chromium:\n  ${problems.join('\n  ')}`);
    log(
      `✓ widgets: the script-tag bundle from the packed files renders ${WIDGET_ELEMENTS.length} elements in Chromium (${state.elements.map((element) => `${element.name.replace('bilateral-', '')} ${Math.round(element.height)} px`).join(', ')})`,
    );
    return 'passed';
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// APP BUNDLE FROM THE TARBALLS: an app's one line, `import '@bilateral/widgets/growth'`, bundled
// with esbuild (minified, ESM, code splitting, for browsers: the options of the widgets'
// scripts/app-bundle.mjs, which size-limit's app entry and docs/widgets.md measure from the
// sources) from the scratch project's node_modules, as an app installs the packages. What the app
// loads first (the entry and its static imports, each file gzip -9) must be within the app entry's
// limit in packages/widgets/.size-limit.mjs (the design's 30 kB), and at most 1 % above that
// entry's own measure from the sources: the published files must not give an app more than the
// documented figure (the core's dist once merged its modules into a few chunks, which put code an
// app loads on demand into what it loads first: 34.3 kB where the sources gave 29.9 kB; then the
// published lazy chunks' hashes, doubled by the app's bundler, and the decimal engine's constants,
// no longer inlined, put the app 8 B over 30 kB, within the 1 %).
// ---------------------------------------------------------------------------------------------
const APP_BUNDLE_SLACK = 1.01;

/** The gzipped bytes of `files`, each compressed on its own (gzip -9) as size-limit does. */
const gzippedBytes = (files) =>
  files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);

/**
 * size-limit's app entry (packages/widgets/.size-limit.mjs, which bundles it from the sources on
 * import): its files and its limit in bytes, as size-limit reads it.
 */
async function appSizeLimit() {
  const widgets = join(root, 'packages/widgets');
  const { default: entries } = await import(pathToFileURL(join(widgets, '.size-limit.mjs')).href);
  const app = entries.find(({ name }) =>
    name.startsWith('an app bundling @bilateral/widgets/growth'),
  );
  if (app === undefined)
    fail('.size-limit.mjs has no entry for an app bundling the growth element');
  const sizeLimit = createRequire(join(widgets, 'package.json')).resolve('size-limit');
  const bytes = createRequire(sizeLimit)('bytes-iec');
  return { files: app.path, limit: bytes.parse(app.limit) };
}

async function checkAppBundle(project) {
  const esbuild = createRequire(join(root, 'packages/core/package.json'))('esbuild');
  const source = join(project, 'app-growth.js');
  const out = join(project, 'app-growth');
  await writeFile(source, "import '@bilateral/widgets/growth';\n");
  await esbuild.build({
    entryPoints: [source],
    outdir: out,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  // The widgets' measure finds what an app loads first as this one does (.size-limit.mjs, read
  // below, loads the module anyway).
  const { withStaticImports } = await import(
    pathToFileURL(join(root, 'packages/widgets/scripts/app-bundle.mjs')).href
  );
  const initial = withStaticImports(join(out, 'app-growth.js'), new Set());
  const packed = { bytes: gzippedBytes([...initial]), files: initial.size };
  const measured = await appSizeLimit();
  const sources = gzippedBytes(measured.files);
  await rm(dirname(measured.files[0]), { recursive: true, force: true });
  const line = `${packed.bytes} B in ${packed.files} files from the tarballs, ${sources} B in ${measured.files.length} from the sources (size-limit's app measure), limit ${measured.limit} B`;
  if (packed.bytes > measured.limit) {
    fail(`an app bundling @bilateral/widgets/growth loads more first than its limit: ${line}`);
  }
  if (packed.bytes > sources * APP_BUNDLE_SLACK) {
    fail(`an app bundling @bilateral/widgets/growth loads more first than documented: ${line}`);
  }
  log(`✓ app bundle of @bilateral/widgets/growth (esbuild, minified): ${line}`);
}

// ---------------------------------------------------------------------------------------------
// APP EXAMPLES: examples/react (Vite + React 19) and examples/vue (Vite + Vue 3). Each is built
// with `pnpm --filter @bilateral/example-<dir> build` from the repository root (Vite, against the
// built packages of the workspace, not the tarballs); then its dist/ must hold index.html and the
// JS asset that index.html loads, and that asset must register the elements.
// ---------------------------------------------------------------------------------------------
const APP_EXAMPLES = [
  { dir: 'react', label: 'React' },
  { dir: 'vue', label: 'Vue' },
];

function checkAppExample({ dir, label }) {
  const dist = join(root, 'examples', dir, 'dist');
  expectExit(0, 'pnpm', ['--filter', `@bilateral/example-${dir}`, 'build'], root);
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) fail(`the ${label} example build wrote no dist/index.html`);
  const script = readFileSync(indexHtml, 'utf8').match(
    /<script type="module"[^>]* src="\/([^"]+\.js)"/,
  );
  if (script === null) fail(`the ${label} example dist/index.html loads no JS asset`);
  const asset = join(dist, script[1]);
  if (!existsSync(asset)) {
    fail(`the ${label} example dist/index.html loads ${script[1]}, which is missing`);
  }
  const code = readFileSync(asset, 'utf8');
  if (!code.includes('customElements.define')) {
    fail(
      `the ${label} example's ${script[1]} registers no element (customElements.define is gone)`,
    );
  }
  log(
    `✓ ${label} example: vite build writes dist/index.html and ${script[1]} (${(code.length / 1024).toFixed(0)} kB, registers the elements)`,
  );
}

async function smoke() {
  const keep = args.includes('--keep');
  const scratch = await mkdtemp(join(tmpdir(), 'bilateral-smoke-'));
  let passed = false;
  try {
    const packs = await packAll(join(scratch, 'packs'));
    const project = join(scratch, 'project');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'bilateral-smoke-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    log(`scratch project ${project}`);
    const started = Date.now();
    expectExit(
      0,
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        ...packs.map((pack) => pack.tarball),
      ],
      project,
    );
    log(
      `npm install of ${packs.length} tarball(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const { name } of packs) {
      const installed = readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8');
      if (installed.includes('workspace:'))
        fail(`${name}: the packed manifest still says workspace:`);
    }

    await checkCore(project);
    await checkTypes(project);
    checkReport(project);
    checkHelpAndVersion(project);
    await checkValidate(project);
    await checkReconcile(project);
    checkImportDuckDB(project);
    const widgets = await checkWidgets(project, packs);
    if (widgets === 'passed') await checkAppBundle(project);
    for (const example of APP_EXAMPLES) checkAppExample(example);
    log(`all checks passed${widgets === 'skipped' ? ' (widgets check skipped)' : ''}`);
    passed = true;
  } finally {
    if (keep || !passed) log(`scratch files kept in ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

async function main() {
  const packOnly = args.indexOf('--pack-only');
  if (packOnly !== -1) {
    const destination = args[packOnly + 1];
    if (destination === undefined) fail('--pack-only needs a directory');
    // Stale tarballs of an earlier run would be taken for this one's.
    const stale = existsSync(destination)
      ? readdirSync(destination).filter((file) => file.endsWith('.tgz'))
      : [];
    for (const file of stale) await rm(join(destination, file));
    const packs = await packAll(resolve(destination));
    log(`${packs.length} package(s) packed into ${destination}`);
    return;
  }
  await smoke();
}

main().catch((error) => {
  process.stderr.write(
    `smoke: FAILED — ${error instanceof SmokeFailure ? error.message : error.stack}\n`,
  );
  process.exitCode = 1;
});
