/**
 * Whether `--json` is among a command line's options (before a `--` that ends them): what
 * `bilateral` answers in its envelope. It imports nothing, so the program can ask it before any
 * other module of it has loaded (`bin.ts`).
 *
 * @example
 * ```ts
 * wantsJson(['report', '--json']); //=> true
 * wantsJson(['validate', '--', '--json']); //=> false
 * ```
 */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
