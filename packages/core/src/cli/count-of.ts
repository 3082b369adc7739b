/**
 * A count with its noun, singular for one: `1 source`, `26 sources`, `0 relations`. For the
 * command's English messages (the nouns it uses all take an `s`).
 */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
