/**
 * The first-figure pass over long texts (what `readStatedBound` and `closingStep` read past a
 * text's first words): 200,000 characters of numbers before a closing "-odd" or 多, of counts
 * before the amount, of clause marks, of verbs of reaching. Each text is read by the module before
 * h355 made the pass faster (`__fixtures__/text-before-h355.ts`) and by `_text.ts`, one after the
 * other, so the two are compared at one load. Run with `pnpm bench`; numbers in
 * docs/performance.md.
 */
import { expect, test } from 'vitest';
import * as before from './__fixtures__/text-before-h355.js';
import * as now from './_text.js';

const TEXTS: Readonly<Record<string, string>> = {
  'numbers, then 5-odd million': `${'1 '.repeat(100_000)}5-odd million`,
  'numbers, then 5亿多美元': `${'1 '.repeat(100_000)}5亿多美元`,
  'counts, then US$500-odd million': `${'5 million people, '.repeat(11_111)}US$500-odd million`,
  'clause marks, then more than US$5 million': `${'x, '.repeat(66_667)}more than US$5 million`,
  'verbs, then more than US$5 million': `${'reached '.repeat(25_000)}more than US$5 million`,
};

test('the first-figure pass over 200,000 characters', async ({ bench }) => {
  for (const [name, text] of Object.entries(TEXTS)) {
    const read = (module: typeof now) => [
      module.readStatedBound(text),
      module.closingStep(text, 'amount')?.toString(),
    ];
    expect(read(now)).toEqual(read(before as unknown as typeof now));
    for (const [label, module] of [
      ['before h355', before as unknown as typeof now],
      ['now', now],
    ] as const) {
      await bench(`${name}: ${label}`, () => {
        read(module);
      }).run({ iterations: 5, time: 0, warmupIterations: 1, throws: true });
    }
  }
});
