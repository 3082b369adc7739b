/**
 * An English name in the possessive, as Bilateral's English sentences write it: `Vietnam's`,
 * `Laos'` (a name ending in s takes the apostrophe alone).
 *
 * @example
 * ```ts
 * [possessive('Vietnam'), possessive('Laos')];
 * //=> ["Vietnam's", "Laos'"]
 * ```
 *
 * @internal
 */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
