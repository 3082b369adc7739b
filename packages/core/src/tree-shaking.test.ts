import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule (docs/CONTRIBUTING-CODE.md): calculations never import a schema module, so a
 * bundle of calculations carries no zod, no module that builds a schema at load and no embedded
 * dataset. Each case bundles a few functions from the core's source with esbuild, as an app
 * would, and lists what reached the output.
 */
const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Inputs of the bundle that carry code into the output (not only re-exports). */
function includedInputs(metafile: Metafile, outputs?: readonly string[]): string[] {
  const included = new Set<string>();
  for (const [name, output] of Object.entries(metafile.outputs)) {
    if (outputs !== undefined && !outputs.includes(name)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) included.add(input);
    }
  }
  return [...included];
}

/** What must not be in a calculation's bundle: zod, a module that imports it, embedded data. */
function forbidden(inputs: readonly string[]): string[] {
  return inputs.filter(
    (input) =>
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(input) ||
      /^src\/datasets\//.test(input) ||
      /^src\/hs\/data\//.test(input) ||
      /^src\/rates\/data\//.test(input) ||
      // Embedded crossing lists, counts and sources; the classification systems classes are
      // checked against by default are reference definitions, not data.
      (/^src\/infrastructure\/data\//.test(input) &&
        input !== 'src/infrastructure/data/classification-systems.ts') ||
      (input.startsWith('src/') &&
        /from ['"]zod(?:\/mini)?['"]/.test(readFileSync(join(coreRoot, input), 'utf8'))),
  );
}

/**
 * Bundles entries given as code (written as if beside the core's package.json) into memory, in one
 * esbuild run: each entry becomes `<name>.js`.
 */
async function bundle(entries: Readonly<Record<string, string>>, splitting = false) {
  const result = await build({
    entryPoints: Object.keys(entries).map((name) => ({ in: `entry:${name}`, out: name })),
    plugins: [
      {
        name: 'entries',
        setup(on) {
          on.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path, namespace: 'entry' }));
          on.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => ({
            contents: entries[path.slice('entry:'.length)] ?? '',
            resolveDir: coreRoot,
            loader: 'ts',
          }));
        },
      },
    ],
    absWorkingDir: coreRoot,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    splitting,
    outdir: join(coreRoot, 'node_modules', '.cache', 'tree-shaking'),
    conditions: ['@bilateral/source'],
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The inputs that reached one entry's output file. */
function outputOf(metafile: Metafile, name: string): string[] {
  const output = Object.keys(metafile.outputs).find((file) => file.endsWith(`/${name}.js`));
  return includedInputs(metafile, output === undefined ? [] : [output]);
}

/** The output files a page loads before the entry runs: the entry and what it imports statically. */
function firstChunk(metafile: Metafile): Set<string> {
  const entry = Object.keys(metafile.outputs).find(
    (name) => metafile.outputs[name]?.entryPoint !== undefined,
  );
  const first = new Set<string>();
  const visit = (name: string | undefined) => {
    if (name === undefined || first.has(name)) return;
    first.add(name);
    for (const imported of metafile.outputs[name]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  return first;
}

const uses = (names: readonly string[], from: string) =>
  `import { ${names.join(', ')} } from '${from}';\nexport const used = [${names.join(', ')}];\n`;

describe('calculations bundle without schemas or embedded data', () => {
  const cases: readonly [string, readonly string[]][] = [
    ['growthRate and yearOnYear', ['growthRate', 'yearOnYear']],
    [
      'what <bilateral-growth> and <bilateral-target> use (the targets apart, below)',
      ['datasetSeriesWith', 'defaultMeasure', 'formatPeriod'],
    ],
    [
      'what <bilateral-balance> uses',
      ['balanceSeries', 'datasetSeriesWith', 'formatPeriod', 'money', 'parsePeriod', 'periodEnd'],
    ],
    [
      'what every element shares',
      ['datasetFromCompact', 'datasetCommodities', 'formatMoney', 'isLocale', 'nextPeriod'],
    ],
    ['currency conversion', ['convert', 'convertSeries', 'findRate']],
    [
      'HS roll-ups (without the HS names) and mirror flows',
      ['hsCodeAt', 'mirrorFlows', 'rollUpCommodities'],
    ],
    [
      'commodity indicators',
      [
        'contributionsToGrowth',
        'flowValues',
        'herfindahlIndex',
        'marketShares',
        'revealedComparativeAdvantage',
        'shares',
        'topValues',
        'tradeIntensity',
      ],
    ],
  ];

  // One esbuild run for every case (parsing the core once), from the root entry and from /calc.
  const bundled = bundle(
    Object.fromEntries(
      cases.flatMap(([, names], index) => [
        [`root-${index}`, uses(names, './src/index.ts')],
        [`calc-${index}`, uses(names, './src/calc.ts')],
      ]),
    ),
  );

  it.each(cases.map((testCase, index) => [...testCase, index] as const))(
    '%s, from the root entry and from @bilateral/core/calc',
    async (_, __, index) => {
      const metafile = await bundled;
      const root = outputOf(metafile, `root-${index}`);
      // The check sees the calculations themselves, so it cannot pass on an empty bundle.
      expect(root.some((input) => input.startsWith('src/'))).toBe(true);
      expect(forbidden(root)).toEqual([]);
      expect(forbidden(outputOf(metafile, `calc-${index}`))).toEqual([]);
    },
  );

  it('the target calculations, from the root entry and from @bilateral/core/targets', async () => {
    const names = ['evaluateTarget', 'requiredRate', 'targetPath'];
    const metafile = await bundle({
      root: uses(names, './src/index.ts'),
      targets: uses(names, './src/targets/index.ts'),
    });
    for (const name of ['root', 'targets']) {
      const inputs = outputOf(metafile, name);
      expect(inputs).toContain('src/targets/evaluate-target.ts');
      expect(forbidden(inputs)).toEqual([]);
    }
  });

  it('the border-crossing functions (what <bilateral-gates> uses), from the root entry', async () => {
    const names = [
      'CLASSIFICATION_SYSTEMS',
      'crossingClassOn',
      'crossingSideOn',
      'crossingStatusOn',
      'summarizeCrossings',
    ];
    const metafile = await bundle({ gates: uses(names, './src/index.ts') });
    const inputs = outputOf(metafile, 'gates');
    expect(inputs).toContain('src/infrastructure/_lib/read-crossing.ts');
    expect(forbidden(inputs)).toEqual([]);
  });

  it('the calculations on validated crossings bring no crossing rule nor classification system', async () => {
    const names = ['sideClassOn', 'statusOn', 'summarizeCheckedCrossings'];
    const metafile = await bundle({ checked: uses(names, './src/index.ts') });
    const inputs = outputOf(metafile, 'checked');
    expect(inputs).toContain('src/infrastructure/summarize-checked-crossings.ts');
    expect(
      inputs.filter((input) =>
        /_lib\/(read-crossing|crossing-rules|read-official-count)|classification-systems/.test(
          input,
        ),
      ),
    ).toEqual([]);
    expect(forbidden(inputs)).toEqual([]);
  });

  it('brings the HS names only with commodityName (from the root entry or @bilateral/core/hs)', async () => {
    const metafile = await bundle({
      root: uses(['commodityName'], './src/index.ts'),
      hs: uses(['commodityName'], './src/hs/index.ts'),
    });
    for (const name of ['root', 'hs']) {
      expect(outputOf(metafile, name)).toContain('src/hs/data/hs-nomenclature.ts');
    }
  });

  it('brings the embedded rate table only with ANNUAL_AVERAGE_RATES (root entry or /rates)', async () => {
    const metafile = await bundle({
      root: uses(['ANNUAL_AVERAGE_RATES', 'convert'], './src/index.ts'),
      rates: uses(['ANNUAL_AVERAGE_RATES'], './src/rates/index.ts'),
    });
    for (const name of ['root', 'rates']) {
      expect(outputOf(metafile, name)).toContain('src/rates/data/annual-average-rates.ts');
    }
  });

  it('keeps the target calculations out of the first chunk when /targets is imported on demand', async () => {
    // What <bilateral-growth> does with its target band. esbuild places a file by the entries
    // whose imports reach it: while /calc re-exported evaluateTarget and the lazy band took it
    // from /calc, the first chunk reached it through /calc and carried it, although only the
    // chunk loaded on demand calls it (an app bundling the growth element: +3 kB gzipped).
    const calc = await import('./calc.js');
    for (const name of ['evaluateTarget', 'requiredRate', 'targetPath']) {
      expect(Object.keys(calc)).not.toContain(name);
    }
    const metafile = await bundle(
      {
        growth:
          uses(['datasetSeriesWith', 'yearOnYear'], './src/calc.ts') +
          "export const band = () => import('./src/targets/index.ts').then((t) => t.targetPath);\n",
      },
      true,
    );
    const first = firstChunk(metafile);
    expect(includedInputs(metafile)).toContain('src/targets/evaluate-target.ts');
    expect(includedInputs(metafile, [...first])).not.toContain('src/targets/evaluate-target.ts');
    expect(includedInputs(metafile, [...first])).not.toContain('src/targets/target-path.ts');
  });

  it('keeps fractional powers (ln and exp) and the compound rates out of the first chunk of a growth page', async () => {
    // What <bilateral-growth> computes first. On the browser engine a power is a function of its
    // own module (#decimal-power), not a method every bundle of the engine carries, and the
    // compound rates are apart from the precise sums and differences growth rates use: only the
    // target band computes a power.
    const metafile = await bundle(
      {
        growth:
          uses(
            ['datasetSeriesWith', 'formatMoney', 'formatPeriod', 'growthRate', 'yearEarlier'],
            './src/calc.ts',
          ) +
          "export const band = () => import('./src/targets/index.ts').then((t) => t.targetPath);\n",
      },
      true,
    );
    const first = includedInputs(metafile, [...firstChunk(metafile)]);
    expect(first).toContain('src/_internal/decimal-bigint.ts');
    expect(first).toContain('src/_internal/precise-sum.ts');
    expect(includedInputs(metafile)).toContain('src/_internal/decimal-bigint-power.ts');
    expect(first).not.toContain('src/_internal/decimal-bigint-power.ts');
    expect(first).not.toContain('src/_internal/precise.ts');
    // The growth element's rates are growthRate of two points of the core's own series: no
    // checks of a series given by hand (yearOnYear's) come with the series it draws.
    expect(first).not.toContain('src/_internal/read-series.ts');
    expect(first).not.toContain('src/_internal/series-checks.ts');
  });

  it('keeps the economy table out of the first chunk when economyLabel is imported on demand', async () => {
    // What the widgets' economy-table.ts does. While /calc re-exported economyLabel and that
    // module took it from /calc, an app's first chunk carried the table (+3.9 kB gzipped).
    expect(Object.keys(await import('./calc.js'))).not.toContain('economyLabel');
    const metafile = await bundle(
      {
        growth:
          uses(['datasetSeriesWith', 'yearOnYear'], './src/calc.ts') +
          "export const names = () => import('./src/index.ts').then((c) => c.economyLabel);\n",
      },
      true,
    );
    const first = includedInputs(metafile, [...firstChunk(metafile)]);
    expect(includedInputs(metafile)).toContain('src/economy/economies.ts');
    expect(first).not.toContain('src/economy/economies.ts');
    expect(first).not.toContain('src/economy/economy-label.ts');
  });

  it('keeps the figure parser out of the first chunk when series are drawn with datasetSeriesWith', async () => {
    // What the widgets do: series from data that gives every precision, with a reader of their
    // own, and the parser behind `import()`. `datasetSeries` reads figure text itself, so an app
    // drawing with it carried the parser first (+2.8 kB gzipped), and so would a `/calc` that
    // re-exported it (esbuild places a file by the entries whose imports reach it).
    expect(Object.keys(await import('./calc.js'))).not.toContain('datasetSeries');
    const metafile = await bundle(
      {
        growth:
          uses(['datasetSeriesWith', 'yearOnYear'], './src/calc.ts') +
          "export const parser = () => import('./src/index.ts').then((c) => c.parsePublishedAmount);\n",
      },
      true,
    );
    const first = includedInputs(metafile, [...firstChunk(metafile)]);
    expect(includedInputs(metafile)).toContain('src/figures/parse-published-amount.ts');
    expect(first).toContain('src/dataset/dataset-series-with.ts');
    expect(first.filter((input) => input.startsWith('src/figures/'))).toEqual([]);
  });

  it('keeps the validator in the chunk loaded on demand when the calculations come from /calc', async () => {
    // What the widgets do: calculations up front, `parseDataset` behind `import()`. Code
    // splitting puts a module in the first chunk when the entry reaches its file statically, so a
    // calculation that imported a schema module would pull the schema into the first chunk.
    const metafile = await bundle(
      {
        widget:
          uses(['datasetSeriesWith', 'formatMoney', 'yearOnYear'], './src/calc.ts') +
          "export const validate = () => import('./src/index.ts').then((core) => core.parseDataset);\n",
      },
      true,
    );
    const first = firstChunk(metafile);
    const all = includedInputs(metafile);
    expect(forbidden(all).length).toBeGreaterThan(0);
    expect(forbidden(includedInputs(metafile, [...first]))).toEqual([]);
    // Nor the schemas' tests of decimal text, which lived beside toDecimal (a file goes whole to
    // one chunk: the first, as the calculations read decimals).
    expect(all).toContain('src/_internal/decimal-text.ts');
    expect(includedInputs(metafile, [...first])).not.toContain('src/_internal/decimal-text.ts');
  });
});
