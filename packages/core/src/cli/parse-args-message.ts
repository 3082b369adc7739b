import { capInput, quoteInput } from '../_internal/quote-input.js';
import { nearOption } from './near-option.js';

/**
 * Node's message for an argument `parseArgs` refused, in the command's words: an unknown option
 * is named quoted and capped (`unknown option "--colour"`; Node's own sentence leaves a quote
 * open), with the `known` option it is near (`"--lang": did you mean --locale?`), an option
 * without its value named (`option --locale needs a value`), a flag given one named (`option
 * --json takes no value`), an option followed by an argument that starts with "-" named with that
 * argument (of `args`, the command's), other messages in Node's words with any long word capped
 * (Node quotes the option as given, twice: a megabyte of it becomes 60 characters and its
 * length, grouped in thousands, as `capInput` writes it).
 *
 * @example
 * ```ts
 * const error = Object.assign(new Error("Option '--locale <value>' argument missing"), {
 *   code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
 * });
 * parseArgsMessage(error, ['locale', 'json'], ['report', '--locale']);
 * //=> 'option --locale needs a value'
 * ```
 */
export function parseArgsMessage(
  error: Error,
  known: readonly string[],
  args: readonly string[],
): string {
  const unknown = /^Unknown option '(.*)'\. To specify a positional argument/s.exec(error.message);
  if (unknown !== null) {
    const given = unknown[1] ?? '';
    const near = nearOption(given, known);
    const meant = near === undefined ? '' : `: did you mean --${near}?`;
    return `unknown option ${quoteInput(given)}${meant} (an argument that starts with "-" goes after "--")`;
  }
  // "Option '-h, --help' does not take an argument" (`--help=yes`): its long name.
  const valued = /^Option '(?:-\w, )?(-{1,2}[^\s']+)' does not take an argument/.exec(
    error.message,
  );
  if (valued !== null) return `option ${valued[1] ?? ''} takes no value`;
  // "Option '-o, --output <value>' argument missing": the option's long name.
  const missing = /^Option '(?:-\w, )?(-{1,2}[^\s']+)(?: <value>)?' argument missing/.exec(
    error.message,
  );
  if (missing !== null) return `option ${missing[1] ?? ''} needs a value`;
  // "Option '-o' argument is ambiguous.\nDid you forget … use '--output=-XYZ' or '-o-XYZ'.":
  // the value may be the next argument, or the option was left without one.
  const ambiguous =
    /^Option '([^\s']+)' argument is ambiguous\.[\s\S]*? use '(-{1,2}[^\s'=]+)=/.exec(
      error.message,
    );
  if (ambiguous !== null) {
    const [, given, long] = ambiguous;
    const next = args.find((arg, i) => args[i - 1] === given && arg.startsWith('-'));
    const named = next === undefined ? '' : `, ${quoteInput(next)},`;
    return `option ${long} needs a value: the next argument${named} starts with "-" (if it is the value, write it as ${long}=<value>)`;
  }
  // A function of the word alone: `replace` gives a callback the offset too, not a limit.
  return error.message.replace(/[^\s'"]{61,}/g, (word) => capInput(word));
}
