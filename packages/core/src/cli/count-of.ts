/**
 * A count with its noun, singular for one, the count grouped in thousands as the command writes
 * every count: `1 source`, `26 sources`, `0 relations`, `1,205,040 flows`. For the command's
 * English messages (the nouns it uses all take an `s`).
 *
 * @example
 * ```ts
 * countOf(1205040, 'flow'); //=> '1,205,040 flows'
 * countOf(1, 'problem'); //=> '1 problem'
 * ```
 */
export function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
