/**
 * The words of a lower bound that includes itself: "at least", "no less than" or "not less
 * than", Vietnamese "ít nhất" or "tối thiểu", Lao "ຢ່າງໜ້ອຍ", Chinese "至少", "不少于" or "不低于".
 */
const AT_LEAST =
  /\b(?:at least|no less than|not less than)\b|ít nhất|tối thiểu|ຢ່າງໜ້ອຍ|至少|不少于|不低于/u;

/**
 * Whether the text of a figure published as a lower bound (`rounding: 'truncate'`) says it
 * includes the bound: "at least US$565 million" (≥ 565 million), where "more than", "over",
 * "above", "hơn" or "trên" US$565 million exclude it (> 565 million). The figures read both
 * alike ([565, 566) million: a statement records its text and its rounding, not which), so the
 * words that write the bound again are read from the text.
 *
 * @example
 * ```ts
 * saysAtLeast('at least US$565 million'); //=> true
 * saysAtLeast('At  least US$565 million'); //=> true
 * saysAtLeast('more than US$565 million'); //=> false
 * saysAtLeast('ít nhất 565 triệu USD'); //=> true
 * ```
 */
export function saysAtLeast(text: string): boolean {
  return AT_LEAST.test(text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' '));
}
