import type { parseArgs } from 'node:util';
import { quoteInput } from '../_internal/quote-input.js';
import { UsageError } from './cli-io.js';

/** One of the tokens `parseArgs` gives with `tokens: true`. */
type ArgsToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Refuses an option given twice with different values (`-o a.json … -o b.json`, or `-o a.json
 * --output b.json`), before any work: `parseArgs` keeps the last and drops the other without a
 * word, so an import wrote one of two files the user named, and a report took one of two
 * locales. The same value twice, and a flag twice, are taken (they ask for one thing).
 *
 * @param tokens - the tokens of the command's arguments, from `parseArgs` with `tokens: true`.
 * @throws UsageError naming both, when an option is given twice with different values.
 * @example
 * ```ts
 * import { parseArgs } from 'node:util';
 * const options = { output: { type: 'string', short: 'o' } } as const;
 * const tokens = (args: string[]) => parseArgs({ args, options, tokens: true }).tokens;
 * refuseRepeatedOptions(tokens(['-o', 'a.json', '--output', 'a.json']));
 * //=> undefined
 * refuseRepeatedOptions(tokens(['-o', 'a.json', '--output', 'b.json']));
 * // UsageError: option --output is given twice, -o "a.json" and --output "b.json": give it once
 * ```
 */
export function refuseRepeatedOptions(tokens: readonly ArgsToken[]): void {
  const first = new Map<string, ArgsToken & { kind: 'option' }>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const earlier = first.get(token.name);
    if (earlier === undefined) {
      first.set(token.name, token);
      continue;
    }
    if (earlier.value === token.value) continue;
    const said = (given: ArgsToken & { kind: 'option' }) =>
      `${given.rawName} ${quoteInput(given.value ?? '')}`;
    throw new UsageError(
      `option --${token.name} is given twice, ${said(earlier)} and ${said(token)}: give it once`,
    );
  }
}
