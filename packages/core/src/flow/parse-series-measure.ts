import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { SeriesMeasure } from './series.js';

/**
 * A measure as functions accept it: a {@link SeriesMeasure}, or one of the singular aliases
 * `export` and `import` (the words of a flow's direction), which mean `exports` and `imports`.
 *
 * @example
 * ```ts
 * const asked: SeriesMeasureInput = 'export';
 * parseSeriesMeasure(asked);
 * //=> 'exports'
 * ```
 *
 * @category Flows
 */
export type SeriesMeasureInput = SeriesMeasure | 'export' | 'import';

const ALIASES: ReadonlyMap<string, SeriesMeasure> = new Map([
  ['turnover', 'turnover'],
  ['exports', 'exports'],
  ['imports', 'imports'],
  ['export', 'exports'],
  ['import', 'imports'],
]);

/** What a near miss probably meant: another case, or a word people use for turnover. */
function guess(text: string): SeriesMeasure | undefined {
  const lower = text.trim().toLowerCase();
  const exact = ALIASES.get(lower);
  if (exact !== undefined) return exact;
  if (/^(total|two-way|two way|trade|sum)$/.test(lower)) return 'turnover';
  return undefined;
}

/**
 * Reads a measure: `turnover`, `exports` or `imports`, or the singular aliases `export` and
 * `import`. Anything else is refused, never read as turnover.
 *
 * @param input - the measure as given
 * @param path - where it sits, for the error (default `['measure']`)
 * @returns the measure, plural
 * @throws {@link BilateralError} `INVALID_INPUT` naming the value, the measures there are and,
 * for a near miss (`'Exports'`, `'total'`), the one probably meant
 *
 * @example
 * ```ts
 * parseSeriesMeasure('imports');
 * //=> 'imports'
 * parseSeriesMeasure('import');
 * //=> 'imports'
 * parseSeriesMeasure('Exports');
 * // throws BilateralError [INVALID_INPUT]: measure: "Exports" is not a measure: use "exports"
 * ```
 *
 * @category Flows
 */
export function parseSeriesMeasure(input: unknown, path: IssuePath = ['measure']): SeriesMeasure {
  const measure = typeof input === 'string' ? ALIASES.get(input) : undefined;
  if (measure !== undefined) return measure;
  const hint = typeof input === 'string' ? guess(input) : undefined;
  throw new BilateralError('INVALID_INPUT', [
    {
      path,
      message:
        hint === undefined
          ? `${describeInput(input)} is not a measure: use "turnover", "exports" or "imports"`
          : `${describeInput(input)} is not a measure: use "${hint}"`,
    },
  ]);
}
