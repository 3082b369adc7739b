import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

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

/**
 * The output files an entry loads: before it runs (the entry and what it imports statically), and
 * with `onDemand` also the chunks it imports with `import()`.
 */
function chunksOf(metafile: Metafile, name: string, onDemand = false): string[] {
  const kinds = onDemand ? ['import-statement', 'dynamic-import'] : ['import-statement'];
  const chunks = new Set<string>();
  const visit = (file: string | undefined) => {
    if (file === undefined || chunks.has(file)) return;
    chunks.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (kinds.includes(imported.kind)) visit(imported.path);
    }
  };
  visit(Object.keys(metafile.outputs).find((file) => file.endsWith(`/${name}.js`)));
  return [...chunks];
}

/** The inputs that reached one entry's output file. */
function outputOf(metafile: Metafile, name: string): string[] {
  return includedInputs(metafile, chunksOf(metafile, name));
}

/** Every name of `@bilateral/core/internal` (the widgets' unchecked faces). */
const INTERNAL = [
  'uncheckedBandDecimals',
  'uncheckedDatasetCommodities',
  'uncheckedDatasetSeries',
  'uncheckedFewestDigits',
  'uncheckedGroupDigits',
  'uncheckedGrowthRate',
  'uncheckedGrowthToDateDigits',
  'uncheckedKnownUnit',
  'uncheckedNextPeriod',
  'uncheckedRateDigits',
  'uncheckedRoundedRate',
  'uncheckedRoundedShare',
  'uncheckedUncertaintyUnit',
  'uncheckedWriteMoneyIn',
  'uncheckedWritePeriod',
  'uncheckedYearEarlier',
  'uncheckedYearOnYearDigits',
];

const uses = (names: readonly string[], from: string) =>
  `import { ${names.join(', ')} } from '${from}';\nexport const used = [${names.join(', ')}];\n`;

/**
 * The bundles, made once before the cases read them: four esbuild runs at once, 0.9–2.4 s for the
 * whole file on the shared 2-core machine (load average 6) and up to 5.6 s beside two busy loops
 * (load 8), against a hook timeout of 30 s. Each case was a run of its own (the file 1.8–4.8 s and
 * 3.6–10.5 s), and two sat near the 5 s default under load.
 */
const BUNDLE_TIMEOUT = 30_000;

describe('calculations bundle without schemas or embedded data', () => {
  const cases: readonly [string, readonly string[]][] = [
    ['growthRate and yearOnYear', ['growthRate', 'yearOnYear']],
    [
      'what <bilateral-growth> and <bilateral-target> use (the targets apart, below)',
      [
        'checkedDatasetSeries',
        'checkedGrowthRate',
        'checkedNextPeriod',
        'checkedYearEarlier',
        'defaultMeasure',
        'parseSeriesMeasure',
        'writePeriod',
      ],
    ],
    [
      'what <bilateral-balance> uses',
      [
        'balanceSeries',
        'checkedDatasetSeries',
        'formatPeriod',
        'money',
        'readPeriodText',
        'periodEnd',
      ],
    ],
    [
      'what every element shares',
      [
        'BilateralError',
        'checkedDatasetCommodities',
        'datasetFromCheckedCompact',
        'isLocale',
        'PERIOD_KINDS',
        'readPeriodText',
        'writeMoneyIn',
      ],
    ],
    [
      'the checking functions the elements used before those',
      ['datasetCommodities', 'datasetFromCompact', 'formatMoney', 'formatPeriod', 'nextPeriod'],
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
  const targets = ['evaluateTarget', 'requiredRate', 'targetPath'];
  const rateDigits = [
    'growthToDateDigits',
    'knownUnit',
    'rateDigits',
    'roundedRate',
    'uncertaintyUnit',
    'yearOnYearDigits',
  ];
  const gates = [
    'CLASSIFICATION_SYSTEMS',
    'crossingClassOn',
    'crossingSideOn',
    'crossingStatusOn',
    'summarizeCrossings',
  ];

  /**
   * Apps without code splitting, in one run that parses the core once: without splitting, esbuild
   * links each entry apart, so each output is what an app importing that entry alone gets.
   */
  const apps: Record<string, string> = {
    ...Object.fromEntries(
      cases.flatMap(([, names], index) => [
        [`root-${index}`, uses(names, './src/index.ts')],
        [`calc-${index}`, uses(names, './src/calc.ts')],
      ]),
    ),
    'targets-root': uses(targets, './src/index.ts'),
    'targets-targets': uses(targets, './src/targets/index.ts'),
    gates: uses(gates, './src/index.ts'),
    checked: uses(['sideClassOn', 'statusOn', 'summarizeCheckedCrossings'], './src/index.ts'),
    'checked-targets': uses(
      ['checkedTargetPath', 'evaluateCheckedTarget'],
      './src/targets/index.ts',
    ),
    'checked-balance': uses(['checkedBalanceSeries'], './src/calc.ts'),
    'hs-root': uses(['commodityName'], './src/index.ts'),
    'hs-hs': uses(['commodityName'], './src/hs/index.ts'),
    'rates-root': uses(['ANNUAL_AVERAGE_RATES', 'convert'], './src/index.ts'),
    'rates-rates': uses(['ANNUAL_AVERAGE_RATES'], './src/rates/index.ts'),
    'rate-digits-root': uses(rateDigits, './src/index.ts'),
    'rate-digits-entry': uses(rateDigits, './src/growth/rate-digits.ts'),
    'amount-digits-root': uses(
      ['intervalAmount', 'knownAmount', 'writeKnownAmount'],
      './src/index.ts',
    ),
    'trade-intervals-root': uses(['tradeIntervals'], './src/index.ts'),
    'write-money-in': uses(['writeMoneyIn'], './src/calc.ts'),
    'write-money': uses(['writeMoney'], './src/calc.ts'),
    internal: uses(INTERNAL, './src/internal.ts'),
  };

  /** A growth page that loads its target band on demand, from @bilateral/core/targets. */
  const band =
    "export const band = () => import('./src/targets/index.ts').then((t) => t.targetPath);\n";

  /**
   * Pages with code splitting, each a run of its own: with splitting, a module any entry uses is
   * kept, and goes to the first chunk of every entry whose static imports reach its file (through
   * /calc's re-exports, say), so entries bundled together would see each other's modules.
   */
  const bandPages = {
    targets: uses(['checkedDatasetSeries', 'yearOnYear'], './src/calc.ts') + band,
    powers:
      uses(
        ['checkedDatasetSeries', 'formatMoney', 'formatPeriod', 'growthRate', 'yearEarlier'],
        './src/calc.ts',
      ) + band,
  };

  /**
   * Pages that load the root entry on demand share one run: the whole root entry is kept in each
   * of them alone, so every module their static imports reach is already kept, and one run places
   * each file as three runs do (the same inputs in each first chunk and in all, checked when they
   * were put together).
   */
  const rootOnDemand = {
    economy:
      uses(['checkedDatasetSeries', 'yearOnYear'], './src/calc.ts') +
      "export const names = () => import('./src/index.ts').then((c) => c.economyLabel);\n",
    parser:
      uses(['checkedDatasetSeries', 'yearOnYear'], './src/calc.ts') +
      "export const parser = () => import('./src/index.ts').then((c) => c.parsePublishedAmount);\n",
    validator:
      uses(['checkedDatasetSeries', 'formatMoney', 'yearOnYear'], './src/calc.ts') +
      "export const validate = () => import('./src/index.ts').then((core) => core.parseDataset);\n",
    checker:
      uses(['checkedDatasetSeries', 'datasetCommodities', 'formatPeriod'], './src/calc.ts') +
      "export const check = () => import('./src/index.ts').then((core) => core.datasetSeriesWith);\n",
  };

  let bundled: Record<'apps' | keyof typeof bandPages | 'rootOnDemand', Metafile>;
  beforeAll(async () => {
    const [appsRun, targetsRun, powersRun, rootOnDemandRun] = await Promise.all([
      bundle(apps),
      bundle({ targets: bandPages.targets }, true),
      bundle({ powers: bandPages.powers }, true),
      bundle(rootOnDemand, true),
    ]);
    bundled = {
      apps: appsRun,
      targets: targetsRun,
      powers: powersRun,
      rootOnDemand: rootOnDemandRun,
    };
  }, BUNDLE_TIMEOUT);

  /** The inputs in a page's first chunk and in all it loads, first or on demand. */
  const pageInputs = (metafile: Metafile, name: string) => ({
    first: includedInputs(metafile, chunksOf(metafile, name)),
    all: includedInputs(metafile, chunksOf(metafile, name, true)),
  });

  it.each(cases.map((testCase, index) => [...testCase, index] as const))(
    '%s, from the root entry and from @bilateral/core/calc',
    (_, __, index) => {
      const root = outputOf(bundled.apps, `root-${index}`);
      // The check sees the calculations themselves, so it cannot pass on an empty bundle.
      expect(root.some((input) => input.startsWith('src/'))).toBe(true);
      expect(forbidden(root)).toEqual([]);
      expect(forbidden(outputOf(bundled.apps, `calc-${index}`))).toEqual([]);
    },
  );

  it('the target calculations, from the root entry and from @bilateral/core/targets', () => {
    for (const name of ['targets-root', 'targets-targets']) {
      const inputs = outputOf(bundled.apps, name);
      expect(inputs).toContain('src/targets/evaluate-target.ts');
      expect(forbidden(inputs)).toEqual([]);
    }
  });

  it('the rate digits, from the root entry and from @bilateral/core/rate-digits (review h130 F16)', () => {
    for (const name of ['rate-digits-root', 'rate-digits-entry']) {
      const inputs = outputOf(bundled.apps, name);
      expect(inputs).toContain('src/growth/rate-digits.ts');
      expect(forbidden(inputs)).toEqual([]);
      // The entry's module, the decimal engine and the checks of its functions' arguments with the
      // error class they throw: nothing else of the core. (The widgets take these functions
      // without the checks, from @bilateral/core/internal.)
      expect(
        inputs.filter(
          (input) =>
            input.startsWith('src/') &&
            !input.startsWith('src/_internal/') &&
            input !== 'src/growth/rate-digits.ts' &&
            input !== 'src/growth/unchecked-rate-digits.ts' &&
            input !== 'src/errors/bilateral-error.ts',
        ),
      ).toEqual([]);
    }
  });

  it('the amount digits (intervalAmount, knownAmount, writeKnownAmount), from the root entry', () => {
    const inputs = outputOf(bundled.apps, 'amount-digits-root');
    expect(inputs).toContain('src/growth/amount-digits.ts');
    expect(forbidden(inputs)).toEqual([]);
  });

  it('writeMoneyIn without the words of Vietnamese, Lao and Chinese amounts, which writeMoney has', () => {
    const words = ['vi', 'lo', 'zh'].map((language) => `src/money/money-words-${language}.ts`);
    const given = outputOf(bundled.apps, 'write-money-in');
    expect(given).toContain('src/money/write-money-in.ts');
    expect(given.filter((input) => words.includes(input))).toEqual([]);
    expect(outputOf(bundled.apps, 'write-money')).toEqual(expect.arrayContaining(words));
  });

  it('the unchecked faces of @bilateral/core/internal without the checks of their public faces', () => {
    // Every page loads them (roundedShare's in every page's runtime chunk, review r34d): no module of the checks may be kept, nor imported by a module that
    // is (a bundler would place it with them: _internal/face-checks.ts).
    const inputs = outputOf(bundled.apps, 'internal');
    expect(inputs).toContain('src/period/write-period.ts');
    // The rate digits' unchecked faces are a module of their own, which /rate-digits does not
    // export: the page takes none of the public entry's module.
    expect(inputs).toContain('src/growth/unchecked-rate-digits.ts');
    expect(inputs).not.toContain('src/growth/rate-digits.ts');
    for (const checks of ['face-checks', 'wrong-argument', 'must-be']) {
      expect(inputs).not.toContain(`src/_internal/${checks}.ts`);
    }
    for (const input of inputs.filter((input) => input.startsWith('src/'))) {
      expect(readFileSync(join(coreRoot, input), 'utf8'), input).not.toMatch(
        /from '[./]*(?:_internal\/)?(?:wrong-argument|must-be|check-money)\.js'/,
      );
    }
  });

  it("a period's trade intervals (tradeIntervals), from the root entry", () => {
    const inputs = outputOf(bundled.apps, 'trade-intervals-root');
    expect(inputs).toContain('src/figures/trade-intervals.ts');
    expect(forbidden(inputs)).toEqual([]);
  });

  it('the border-crossing functions (what <bilateral-gates> uses), from the root entry', () => {
    const inputs = outputOf(bundled.apps, 'gates');
    expect(inputs).toContain('src/infrastructure/_lib/read-crossing.ts');
    expect(forbidden(inputs)).toEqual([]);
  });

  it('the calculations on validated crossings bring no crossing rule nor classification system', () => {
    const inputs = outputOf(bundled.apps, 'checked');
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

  it('the calculations on a validated target bring neither the target reader nor the series checks', () => {
    const inputs = outputOf(bundled.apps, 'checked-targets');
    expect(inputs).toContain('src/targets/internal/evaluate-observed.ts');
    expect(
      inputs.filter((input) =>
        /targets\/(read-target|evaluate-target|target-path)\.ts|series-checks/.test(input),
      ),
    ).toEqual([]);
    expect(forbidden(inputs)).toEqual([]);
  });

  it('the balance of validated series brings neither the series reader nor the series checks', () => {
    const inputs = outputOf(bundled.apps, 'checked-balance');
    expect(inputs).toContain('src/balance/internal/balance-points.ts');
    expect(
      inputs.filter((input) =>
        /_internal\/(read-series|series-checks|check-pair)\.ts|\/balance-series\.ts/.test(input),
      ),
    ).toEqual([]);
    expect(forbidden(inputs)).toEqual([]);
  });

  it('brings the HS names only with commodityName (from the root entry or @bilateral/core/hs)', () => {
    for (const name of ['hs-root', 'hs-hs']) {
      expect(outputOf(bundled.apps, name)).toContain('src/hs/data/hs-nomenclature.ts');
    }
  });

  it('brings the embedded rate table only with ANNUAL_AVERAGE_RATES (root entry or /rates)', () => {
    for (const name of ['rates-root', 'rates-rates']) {
      expect(outputOf(bundled.apps, name)).toContain('src/rates/data/annual-average-rates.ts');
    }
  });

  it('keeps the target calculations out of the first chunk when /targets is imported on demand', async () => {
    // What <bilateral-growth> does with its target band. esbuild places a file by the entries
    // whose imports reach it: while /calc re-exported evaluateTarget and the lazy band took it
    // from /calc, the first chunk reached it through /calc and carried it, although only the
    // chunk loaded on demand calls it (an app bundling the growth element: +3 kB gzipped).
    const calc = await import('./calc.js');
    for (const name of targets) {
      expect(Object.keys(calc)).not.toContain(name);
    }
    const { first, all } = pageInputs(bundled.targets, 'targets');
    expect(all).toContain('src/targets/evaluate-target.ts');
    expect(first).not.toContain('src/targets/evaluate-target.ts');
    expect(first).not.toContain('src/targets/target-path.ts');
  });

  it('keeps fractional powers (ln and exp) and the compound rates out of the first chunk of a growth page', () => {
    // What <bilateral-growth> computes first. On the browser engine a power is a function of its
    // own module (#decimal-power), not a method every bundle of the engine carries, and the
    // compound rates are apart from the precise sums and differences growth rates use: only the
    // target band computes a power.
    const { first, all } = pageInputs(bundled.powers, 'powers');
    expect(first).toContain('src/_internal/decimal-bigint.ts');
    expect(first).toContain('src/_internal/precise-sum.ts');
    expect(all).toContain('src/_internal/decimal-bigint-power.ts');
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
    const { first, all } = pageInputs(bundled.rootOnDemand, 'economy');
    expect(all).toContain('src/economy/economies.ts');
    expect(first).not.toContain('src/economy/economies.ts');
    expect(first).not.toContain('src/economy/economy-label.ts');
  });

  it('keeps the figure parser out of the first chunk when series are drawn with checkedDatasetSeries', async () => {
    // What the widgets do: series from data that gives every precision, with a reader of their
    // own, and the parser behind `import()`. `datasetSeries` reads figure text itself, so an app
    // drawing with it carried the parser first (+2.8 kB gzipped), and so would a `/calc` that
    // re-exported it (esbuild places a file by the entries whose imports reach it).
    expect(Object.keys(await import('./calc.js'))).not.toContain('datasetSeries');
    const { first, all } = pageInputs(bundled.rootOnDemand, 'parser');
    expect(all).toContain('src/figures/parse-published-amount.ts');
    expect(first).toContain('src/dataset/checked-dataset-series.ts');
    expect(first.filter((input) => input.startsWith('src/figures/'))).toEqual([]);
  });

  it('keeps the series request checker out of the first chunk when datasetSeriesWith comes on demand', async () => {
    // What the widgets do: series of plainly valid requests with checkedDatasetSeries, the
    // checker (its messages) loaded only to word the error of any other. /calc does not export
    // datasetSeriesWith: it would reach the checker's files, and esbuild would place them first.
    expect(Object.keys(await import('./calc.js'))).not.toContain('datasetSeriesWith');
    const { first, all } = pageInputs(bundled.rootOnDemand, 'checker');
    // (parse-period-kind.ts, the checker's too, is reached here through the period barrel, which
    // yearOnYear's modules import: this page keeps the whole root entry, an app only what it calls.)
    for (const input of [
      'src/flow/check-series-request.ts',
      'src/dataset/dataset-series-with.ts',
    ]) {
      expect(all).toContain(input);
      expect(first).not.toContain(input);
    }
    expect(first).toContain('src/dataset/checked-dataset-series.ts');
  });

  it('keeps the validator in the chunk loaded on demand when the calculations come from /calc', () => {
    // What the widgets do: calculations up front, `parseDataset` behind `import()`. Code
    // splitting puts a module in the first chunk when the entry reaches its file statically, so a
    // calculation that imported a schema module would pull the schema into the first chunk.
    const { first, all } = pageInputs(bundled.rootOnDemand, 'validator');
    expect(forbidden(all).length).toBeGreaterThan(0);
    expect(forbidden(first)).toEqual([]);
    // Nor the schemas' tests of decimal text, which lived beside toDecimal (a file goes whole to
    // one chunk: the first, as the calculations read decimals).
    expect(all).toContain('src/_internal/decimal-text.ts');
    expect(first).not.toContain('src/_internal/decimal-text.ts');
  });
});
