import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDecimalFigures } from '../__fixtures__/decimal-statements.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';

/**
 * Two copies of the core on one page: an app that bundles `@bilateral/core` beside the widgets'
 * script-tag bundle, which carries its own. Each copy has its own decimal engine, so a Decimal of
 * one is no `instanceof` of the other. The core is bundled once with esbuild, as a browser app
 * would (the BigInt engine, through the `browser` condition) and once as Node runs it (decimal.js),
 * and each bundle is imported twice, under two URLs: two real copies of every module.
 */
const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = mkdtempSync(join(tmpdir(), 'bilateral-decimal-copies-'));

type Core = typeof import('../index.js');

/** The core bundled for `platform` and imported as two copies. */
async function twoCopies(platform: 'browser' | 'node'): Promise<[Core, Core]> {
  const outfile = join(folder, `${platform}.mjs`);
  await build({
    entryPoints: [join(coreRoot, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform,
    conditions: ['@bilateral/source'],
    outfile,
    logLevel: 'silent',
  });
  const url = pathToFileURL(outfile).href;
  return [await import(`${url}?copy=app`), await import(`${url}?copy=widgets`)];
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(['browser', 'node'] as const)('two copies of the core (%s build)', (platform) => {
  let app: Core;
  let widgets: Core;
  beforeAll(async () => {
    [app, widgets] = await twoCopies(platform);
  });

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
});
