import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What an app bundling `<bilateral-growth>` loads first: the calculations it draws with from
 * `@bilateral/core/calc`, the target band and the dataset validator behind `import()`. esbuild
 * (as rolldown) places a file whole in one chunk, and in the first chunk whenever the entry reaches
 * the file through any import, a barrel's (`period/index.ts`) included: pieces only the band or
 * the validator call stay out of the first chunk only when they are in files of their own and the
 * first chunk's modules import the files they need, not the folders' barrels. (The validator comes
 * from its module, as the widgets' `validate-document.ts` takes it: esbuild keeps every export of
 * a module behind `import()`, so `import('./src/index.ts')` would keep the whole core.)
 */
const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const growthPage = `
import { checkedDatasetSeries, formatMoney, formatPeriod, growthRate, yearEarlier } from './src/calc.ts';
export const draw = [checkedDatasetSeries, formatMoney, formatPeriod, growthRate, yearEarlier];
export const band = () => import('./src/targets/index.ts').then((t) => [t.evaluateTarget, t.targetPath]);
export const validate = () => import('./src/dataset/dataset.ts').then((d) => d.parseDataset);
`;

/**
 * What the widgets' growth element imports now: the series, rates, periods and amounts of values
 * known to be valid, from `/calc`'s plain barrel, and the unchecked faces of the functions that
 * check their arguments' shape, from `/internal` (whose checks must not reach a page either).
 * `/calc` re-exports both of its barrels with `export *`, so an import of these names does not
 * reach the other barrel's files (the checking functions), which the band and the validator use
 * on demand. The band is loaded from the modules that define its functions, as the widgets' bundles
 * reach them (`scripts/direct-core-imports.ts`; an app's, named imports of `/targets`): an
 * `import()` of the `/targets` barrel keeps its every export, `bandDecimals`'s checks among them,
 * which `/internal`'s first-load modules import (`_internal/face-checks.ts`).
 */
const plainGrowthPage = `
import { BilateralError, datasetFromCheckedCompact, Decimal, readPeriodText } from './src/calc.ts';
import {
  uncheckedDatasetCommodities, uncheckedDatasetSeries, uncheckedGrowthRate, uncheckedNextPeriod,
  uncheckedWriteMoneyIn, uncheckedWritePeriod, uncheckedYearEarlier,
} from './src/internal.ts';
export const draw = [
  BilateralError, uncheckedDatasetSeries, uncheckedGrowthRate, uncheckedNextPeriod, uncheckedYearEarlier,
  uncheckedDatasetCommodities, datasetFromCheckedCompact, Decimal, readPeriodText, uncheckedWriteMoneyIn,
  uncheckedWritePeriod,
];
export const band = () =>
  Promise.all([import('./src/targets/evaluate-target.ts'), import('./src/targets/target-path.ts')]).then(
    ([e, t]) => [e.evaluateTarget, t.targetPath],
  );
export const validate = () => import('./src/dataset/dataset.ts').then((d) => d.parseDataset);
`;

/** The source modules of a page's first chunk (its entry and what that imports statically), and of all its chunks. */
async function pageInputs(page: string) {
  const { metafile } = await build({
    stdin: { contents: page, resolveDir: coreRoot, loader: 'ts', sourcefile: 'page.ts' },
    absWorkingDir: coreRoot,
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(coreRoot, 'node_modules', '.cache', 'lazy-only-pieces'),
    conditions: ['@bilateral/source'],
    logLevel: 'silent',
  });
  const inputsOf = (files: readonly string[]) =>
    files.flatMap((file) =>
      Object.entries(metafile.outputs[file]?.inputs ?? {})
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => input),
    );
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(Object.keys(metafile.outputs).find((file) => file.endsWith('/stdin.js')) ?? '');
  const firstInputs = inputsOf([...first]);
  const allInputs = inputsOf(Object.keys(metafile.outputs));
  return { firstInputs, allInputs };
}

describe('pieces only code loaded on demand uses', () => {
  it('stay out of the first chunk of a growth page', async () => {
    const { firstInputs, allInputs } = await pageInputs(growthPage);
    const lazyOnly = [
      'src/period/month-count.ts', // the targets' and series checks' month counts
      'src/period/safe-parse-period.ts', // the period schema's
      'src/period/parse-period.ts', // the validator's (the first chunk reads valid text: readPeriodText)
      'src/flow/series-measures.ts', // a target's or a given series' measure
      'src/_internal/assert-not-negative.ts', // the targets' (and the balance's) checks
    ];
    // The first chunk carries what the page draws with, so the check is not of an empty chunk.
    expect(firstInputs).toContain('src/dataset/checked-dataset-series.ts');
    for (const input of lazyOnly) {
      expect(allInputs).toContain(input);
      expect(firstInputs).not.toContain(input);
    }
  });

  it('stay out of the first chunk of a page drawing as the widgets do, with /calc’s plain names and /internal’s', async () => {
    const { firstInputs, allInputs } = await pageInputs(plainGrowthPage);
    const lazyOnly = [
      'src/period/check-period.ts', // the checked period functions' (formatPeriod, nextPeriod, …)
      'src/period/format-period.ts',
      'src/growth/growth-rate.ts', // growthRate reads and checks Money or decimal input
      'src/_internal/amounts.ts',
      'src/money/money.ts', // money() and its currency check
      'src/money/currency.ts',
      'src/money/check-money.ts',
      'src/errors/to-safe-parse.ts',
    ];
    expect(firstInputs).toContain('src/dataset/checked-dataset-series.ts');
    expect(firstInputs).toContain('src/growth/checked-growth-rate.ts');
    // The checks of the public faces (of /internal's functions, and everyone's).
    expect(firstInputs).not.toContain('src/_internal/face-checks.ts');
    expect(firstInputs).not.toContain('src/_internal/wrong-argument.ts');
    for (const input of lazyOnly) {
      expect(allInputs).toContain(input);
      expect(firstInputs).not.toContain(input);
    }
  });
});
