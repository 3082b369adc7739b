import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDecimalFigures } from '../__fixtures__/decimal-statements.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { getOrCreate } from './get-or-create.js';

/**
 * Two copies of the core on one page: an app that bundles `@bilateral/core` beside the widgets'
 * script-tag bundle, which carries its own. Each copy has its own decimal engine, so a Decimal of
 * one is no `instanceof` of the other. The core is bundled once with esbuild, as a browser app
 * would (the BigInt engine, through the `browser` condition) and once as Node runs it (decimal.js),
 * and each bundle is imported twice, under two URLs: two real copies of every module.
 */
const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundles' folder: made before the first test (a run that skips them all makes none). */
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-decimal-copies-'));
});

type Core = typeof import('../index.js');
type Platform = 'browser' | 'node';

/** The bundles, each built once for the file. */
const bundles = new Map<Platform, Promise<string>>();

/** The URL of the core bundled for `platform`. */
function bundle(platform: Platform): Promise<string> {
  return getOrCreate(bundles, platform, () => {
    const outfile = join(folder, `${platform}.mjs`);
    return build({
      entryPoints: [join(coreRoot, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform,
      conditions: ['@bilateral/source'],
      outfile,
      logLevel: 'silent',
    }).then(() => pathToFileURL(outfile).href);
  });
}

/** A copy of the core bundled for `platform`, named `copy` (another name, another copy). */
async function copyOf(platform: Platform, copy: string): Promise<Core> {
  return import(`${await bundle(platform)}?copy=${copy}`);
}

/** The core bundled for `platform` and imported as two copies. */
async function twoCopies(platform: Platform): Promise<[Core, Core]> {
  return [await copyOf(platform, 'app'), await copyOf(platform, 'widgets')];
}

/** Bundling both builds can take seconds on a loaded machine: a limit of its own. */
const BUILD_TIMEOUT = 120_000;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(['browser', 'node'] as const)('two copies of the core (%s build)', (platform) => {
  let app: Core;
  let widgets: Core;
  beforeAll(async () => {
    [app, widgets] = await twoCopies(platform);
  }, BUILD_TIMEOUT);

  it('are two copies: a Decimal of one is no instanceof of the other', () => {
    expect(app.Decimal).not.toBe(widgets.Decimal);
    expect(new app.Decimal(1) instanceof widgets.Decimal).toBe(false);
  });

  it("knows the other copy's Decimals and computes with them, exactly", () => {
    const theirs = new app.Decimal('0.1000000000000000000000000000000000000000000000000000000001');
    // Before: the BigInt engine threw '[DecimalError] Invalid argument: 0.1000…0001'.
    expect(widgets.Decimal.isDecimal(theirs)).toBe(true);
    expect(new widgets.Decimal(theirs).toString()).toBe(theirs.toString());
    expect(new widgets.Decimal('0.2').plus(theirs).toString()).toBe(
      '0.3000000000000000000000000000000000000000000000000000000001',
    );
    expect(theirs.plus(new widgets.Decimal('0.2')).toString()).toBe(
      '0.3000000000000000000000000000000000000000000000000000000001',
    );
    expect(new widgets.Decimal(new app.Decimal('1.5e+30')).toFixed()).toBe(
      '1500000000000000000000000000000',
    );
    expect(widgets.Decimal.isDecimal({ toString: () => '1' })).toBe(false);
    expect(() => new widgets.Decimal([1] as never)).toThrow('[DecimalError] Invalid argument');
  });

  it("gives the same growth, balance and target from the other copy's Dataset as from its own", () => {
    const request = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
    const results = (dataset: unknown) => {
      const series = (measure: 'turnover' | 'exports' | 'imports') =>
        widgets.datasetSeries(dataset as Core['vietnamLaos'], { ...request, measure });
      const turnover = series('turnover');
      const [previous, current] = turnover.points.slice(-2);
      const [target] = (dataset as Core['vietnamLaos']).targets;
      if (previous === undefined || current === undefined || target === undefined) {
        throw new Error('the dataset has no two years of turnover, or no target');
      }
      const balance = widgets.tradeBalance({
        exports: series('exports').points.at(-1)?.value as never,
        imports: series('imports').points.at(-1)?.value as never,
      });
      const evaluation = widgets.evaluateTarget(target, turnover);
      return {
        turnover: turnover.points.map((point) => point.value.amount.toString()),
        growth: widgets.growthRate(current.value, previous.value).toString(),
        balance: balance.balance.amount.toString(),
        target: [evaluation.status, evaluation.growthToDate.toString()],
      };
    };
    // Before: '[DecimalError] Invalid argument' from the first sum (BigInt engine).
    expect(results(app.vietnamLaos)).toEqual(results(widgets.vietnamLaos));
  });

  it("reads the other copy's Dataset as it reads the document that Dataset was parsed from (property)", () => {
    // A flow's amount as decimal text (fractions, trailing zeros, up to 35 digits), then the other copy's parse of
    // the document: written and read back by this copy, the same Dataset as this copy's parse.
    const document = widgets.serializeDataset(widgets.vietnamLaos);
    const amount = fc.oneof(
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.nat({ max: 12 }))
        .map(([digits, scale]) => {
          const text = digits.toString().padStart(scale + 1, '0');
          return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
        }),
      fc
        .tuple(fc.integer({ min: 1, max: 999_999 }), fc.nat({ max: 29 }))
        .map(([digits, zeros]) => `${digits}${'0'.repeat(zeros)}`),
    );
    fc.assert(
      fc.property(fc.nat({ max: document.flows.length - 1 }), amount, (index, value) => {
        const flows = document.flows.map(({ precision, ...flow }, at) =>
          at === index ? { ...flow, value } : { ...flow, ...(precision && { precision }) },
        );
        const changed = { ...document, flows };
        const theirs = app.parseDataset(changed);
        expect(widgets.parseDataset(widgets.serializeDataset(theirs as never))).toEqual(
          widgets.parseDataset(changed),
        );
      }),
      propertyRuns(2312, { ci: 10, full: 300 }),
    );
  });

  it("writes the other copy's Dataset, Decimals in its statements too, as its own is written", () => {
    // Statements hold decimal text; an app may give its own Decimals there (datasetSeriesWith
    // reads them). Each copy's value is read through its text, as a flow's amount is.
    const statements = withDecimalFigures(app.vietnamLaos.statements, app.Decimal);
    const theirs = { ...app.vietnamLaos, statements } as unknown as Core['vietnamLaos'];
    // Before: the statements' Decimals were copied into the document as they were.
    expect(widgets.serializeDataset(theirs)).toEqual(widgets.serializeDataset(widgets.vietnamLaos));
    expect(widgets.parseDataset(widgets.serializeDataset(theirs))).toEqual(widgets.vietnamLaos);
  });

  it("writes the other copy's Dataset in the compact form as its own is written", () => {
    // Before: INVALID_INPUT 'flows[0].precision: not plain data' (another copy's Decimal).
    expect(widgets.toCompactDataset(app.vietnamLaos)).toEqual(
      widgets.toCompactDataset(widgets.vietnamLaos),
    );
  });
});

/** The outcome of a call: `'BilateralError <code>'`, or the name and message of another error. */
function refusal(call: () => unknown): string {
  try {
    call();
    return 'no error';
  } catch (error) {
    const { name, code, message } = error as { name: string; code?: string; message: string };
    return name === 'BilateralError' ? `BilateralError ${code}` : `${name}: ${message}`;
  }
}

// Two engines: the widgets' script-tag bundle (built for browsers: the BigInt engine) beside an
// app's core that Node resolved (decimal.js), as in an app's test under jsdom. Neither engine reads
// the other's Decimals: decimal.js reads a Decimal's fields, and the BigInt engine knows only its
// own brand. A Dataset crosses through its document (`serializeDataset`, which reads every Decimal
// of another copy through its text, whichever its engine), as the widgets' `data` reads one.
describe.each([
  ['node', 'browser'],
  ['browser', 'node'],
] as const)("a %s copy's values in a %s copy of the core", (from, to) => {
  let app: Core;
  let widgets: Core;
  beforeAll(async () => {
    [app, widgets] = [await copyOf(from, 'app'), await copyOf(to, 'widgets')];
  }, BUILD_TIMEOUT);

  it('are two engines: neither takes the other for a Decimal of its own', () => {
    expect(widgets.Decimal.isDecimal(new app.Decimal('0.1'))).toBe(false);
    expect(() => new widgets.Decimal(new app.Decimal('0.1') as never)).toThrow(
      '[DecimalError] Invalid argument',
    );
  });

  it("writes the other engine's Dataset, Decimals in its statements too, as its own is written", () => {
    const statements = withDecimalFigures(app.vietnamLaos.statements, app.Decimal);
    const theirs = { ...app.vietnamLaos, statements } as unknown as Core['vietnamLaos'];
    // Before: INVALID_DECIMAL 'flows[0].precision: an object is not a Decimal'.
    const document = widgets.serializeDataset(theirs);
    expect(document).toEqual(widgets.serializeDataset(widgets.vietnamLaos));
    expect(widgets.parseDataset(document)).toEqual(widgets.vietnamLaos);
    // Before: INVALID_INPUT 'flows[0].precision: not plain data'.
    expect(widgets.toCompactDataset(app.vietnamLaos)).toEqual(
      widgets.toCompactDataset(widgets.vietnamLaos),
    );
  });

  it("adds the turnover a bound side allows to the other engine's Dataset as to its own", () => {
    // Laos' H1 2023 without its published turnover: exports "more than US$565 million".
    const document = widgets.serializeDataset(widgets.vietnamLaos);
    const statements = document.statements?.filter(({ id }) => id !== 'lao-vn-2023-h1-turnover');
    const added = (dataset: Core['vietnamLaos']) =>
      widgets.withTurnoverBounds(dataset).statements.slice(dataset.statements.length);
    const own = added(widgets.parseDataset({ ...document, statements }));
    expect(own).toHaveLength(1);
    // Before: '[DecimalError] Invalid argument: 1000000', a flow's precision compared as it was.
    const theirs = app.parseDataset({ ...document, statements } as never);
    expect(added(theirs as unknown as Core['vietnamLaos'])).toEqual(own);
  });

  it("refuses the other engine's Money and Decimals in a calculation with a BilateralError", () => {
    const amount = (text: string) => app.money(text, 'USD') as never;
    const decimal = (text: string) => new app.Decimal(text) as never;
    const dataset = app.vietnamLaos as unknown as Core['vietnamLaos'];
    const request = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
    const calls: Record<string, () => unknown> = {
      money: () => widgets.money(decimal('0.1'), 'USD'),
      add: () => widgets.add(widgets.money('0.2', 'USD'), amount('0.1')),
      sum: () => widgets.sum([amount('0.1'), amount('0.2')]),
      compare: () => widgets.compare(amount('0.1'), widgets.money('0.2', 'USD')),
      growthRate: () => widgets.growthRate(amount('110'), amount('100')),
      shareOf: () => widgets.shareOf(decimal('1'), decimal('3')),
      tradeBalance: () => widgets.tradeBalance({ exports: amount('5'), imports: amount('3') }),
      formatMoney: () => widgets.formatMoney(amount('1234.5')),
      datasetSeries: () => widgets.datasetSeries(dataset, { ...request, measure: 'turnover' }),
      buildSeries: () => widgets.buildSeries(dataset.flows, { ...request, measure: 'exports' }),
      evaluateTarget: () =>
        widgets.evaluateTarget(
          dataset.targets[0] as never,
          app.datasetSeries(app.vietnamLaos, { ...request, measure: 'turnover' }) as never,
        ),
    };
    const outcomes = Object.fromEntries(
      Object.entries(calls).map(([name, call]) => [name, refusal(call)]),
    );
    for (const [name, outcome] of Object.entries(outcomes)) {
      expect(outcome, name).toMatch(
        /^BilateralError (INVALID_INPUT|INVALID_DECIMAL|INVALID_TARGET)$/,
      );
    }
  });
});
