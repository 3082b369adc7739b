/**
 * The first-figure pass over long texts (what `readStatedBound` and `closingStep` read past a
 * text's first words): 200,000 characters of numbers before a closing "-odd" or 多, of counts
 * before the amount, of clause marks, of verbs of reaching. Each text's reading is checked first.
 * Run with `pnpm bench`; numbers in docs/performance.md (with those of the module before h355,
 * measured once).
 */
import { expect, test } from 'vitest';
import { closingStep, readStatedBound } from './_text.js';

/** Each text, and what it reads as: its stated bound and its closing step. */
const TEXTS: Readonly<Record<string, readonly [string, readonly [string, string | undefined]]>> = {
  'numbers, then 5-odd million': [`${'1 '.repeat(100_000)}5-odd million`, ['more-than', '1000000']],
  'numbers, then 5亿多美元': [`${'1 '.repeat(100_000)}5亿多美元`, ['more-than', '100000000']],
  'counts, then US$500-odd million': [
    `${'5 million people, '.repeat(11_111)}US$500-odd million`,
    ['more-than', '100000000'],
  ],
  'clause marks, then more than US$5 million': [
    `${'x, '.repeat(66_667)}more than US$5 million`,
    ['more-than', undefined],
  ],
  'verbs, then more than US$5 million': [
    `${'reached '.repeat(25_000)}more than US$5 million`,
    ['more-than', undefined],
  ],
};

test('the first-figure pass over 200,000 characters', async ({ bench }) => {
  for (const [name, [text, reading]] of Object.entries(TEXTS)) {
    const read = () => [readStatedBound(text), closingStep(text, 'amount')?.toString()];
    expect(read()).toEqual(reading);
    await bench(name, read).run({ iterations: 5, time: 0, warmupIterations: 1, throws: true });
  }
});
