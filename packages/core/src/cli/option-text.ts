import { UsageError } from './cli-io.js';
import type { CommandInput } from './commands.js';

/**
 * The text given to the option `--name` of a command (`values` as `parseArgs` gives them), as
 * given; `undefined` when the option is not given. `import` and `fetch` read their text options
 * with it.
 *
 * @param values - the command's option values
 * @param name - the option's long name, without `--`
 * @returns the text, or `undefined`
 * @throws UsageError `--name needs a value` when it is given empty or blank (or as a flag)
 * @example
 * ```ts
 * optionText({ title: 'Vietnam–Laos' }, 'title'); //=> 'Vietnam–Laos'
 * optionText({}, 'title'); //=> undefined
 * optionText({ title: ' ' }, 'title');
 * // throws UsageError: --title needs a value
 * ```
 */
export function optionText(values: CommandInput['values'], name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`--${name} needs a value`);
  }
  return value;
}
