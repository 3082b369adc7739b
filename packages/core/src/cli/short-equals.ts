import type { parseArgs } from 'node:util';
import { quoteInput } from '../_internal/quote-input.js';
import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';

/** One of the tokens `parseArgs` gives with `tokens: true`. */
type ArgsToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Refuses a short option glued to "=" (`-o=out.json`), before any work. A short option takes all
 * that follows it in its argument as its value (`-oout.json`, as getopt reads it), "=" included,
 * so the command wrote a file named `=out.json` where the user meant `out.json`. The message gives
 * both spellings that mean it (for `-o=-`, those of /dev/stdout: `-o -` is refused too). A value
 * given as an argument of its own (`-o =out.json`) or to the long name (`--output==out.json`) is
 * taken as written: that "=" was typed on purpose.
 *
 * @param tokens - the tokens of the command's arguments, from `parseArgs` with `tokens: true`.
 * @throws UsageError naming the option, when one is glued to "=".
 * @example
 * ```ts
 * import { parseArgs } from 'node:util';
 * const options = { output: { type: 'string', short: 'o' } } as const;
 * refuseShortEquals(parseArgs({ args: ['-o', 'out.json'], options, tokens: true }).tokens);
 * //=> undefined
 * refuseShortEquals(parseArgs({ args: ['-o=out.json'], options, tokens: true }).tokens);
 * // UsageError: -o=out.json: the value of -o is all that follows it, "=" included (a file named "=out.json"); write -o out.json or --output=out.json
 * ```
 */
export function refuseShortEquals(tokens: readonly ArgsToken[]): void {
  for (const token of tokens) {
    if (token.kind !== 'option' || !token.inlineValue || token.rawName.startsWith('--')) continue;
    const value = token.value ?? '';
    if (!value.startsWith('=')) continue;
    const meant = value.slice(1);
    // `-o=-` meant standard output, whose name is not "-" (`-o -` is refused as well).
    const stdout = meant === '-' ? 'standard output is /dev/stdout: ' : '';
    const file = meant === '' ? '<file>' : meant === '-' ? '/dev/stdout' : shownFile(meant);
    throw new UsageError(
      `${shownFile(`${token.rawName}${value}`)}: the value of ${token.rawName} is all that follows it, "=" included (a file named ${quoteInput(value)}); ${stdout}write ${token.rawName} ${file} or --${token.name}=${file}`,
    );
  }
}
