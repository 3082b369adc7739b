import { vietnamLaosDocument } from '../../datasets/index.js';

/**
 * For tests: the Vietnam–Laos dataset document with `count` copies of its first flow whose values
 * are not numbers (`"0,5"`, `"1,5"` …): `bilateral validate` prints a line for each (6,000 make
 * some 400 kB, far more than a pipe holds) and `validate --json` lists each, written in pieces.
 *
 * @example
 * ```ts
 * await writeFile(join(dir, 'many-problems.json'), JSON.stringify(manyProblemsDocument()));
 * ```
 */
export function manyProblemsDocument(count = 6000) {
  const [flow] = vietnamLaosDocument.flows;
  const flows = Array.from({ length: count }, (_, index) => ({ ...flow, value: `${index},5` }));
  return { ...vietnamLaosDocument, flows };
}
