/**
 * `count` and its noun for the command's words, the count grouped in thousands as the command
 * writes every count: `counted(1205040, 'flow')` is `1,205,040 flows`, `counted(1, 'flow')` is
 * `1 flow`.
 *
 * @example
 * ```ts
 * counted(1205040, 'flow'); //=> '1,205,040 flows'
 * counted(1, 'problem'); //=> '1 problem'
 * ```
 */
export function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
