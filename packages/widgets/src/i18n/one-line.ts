/**
 * An amount as a sentence writes it (`formatAmount`'s text) on one line, as a reader takes
 * it in: 'about US$3.58 billion', not 'US$3.58' at a line's end and 'billion' on the next (the
 * growth card's summary at 390 px). Its spaces become no-break spaces. Chinese, which has none,
 * its sentences keep whole themselves (word joiners, in the Chinese messages); tables (no wrap)
 * and charts keep the plain text.
 *
 * @param amount - an amount as `formatAmount` writes it
 * @returns the same text, with no space a line may end at
 * @example
 * ```ts
 * oneLine('about US$3.58 billion'); //=> 'about\u00a0US$3.58\u00a0billion'
 * ```
 */
export const oneLine = (amount: string): string => amount.replace(/ /g, '\u00a0');
