/**
 * A download's file name from a figure's title: its words in lower case joined by hyphens, the
 * accents of Latin letters dropped (`Việt Nam` → `viet-nam`, as a URL or a shell would want
 * it), every other script written as it is: a Lao vowel or tone mark is part of the word
 * (`ດຸນການຄ້າ` stays `ດຸນການຄ້າ`, not `ດນການຄາ`), a Chinese title stays Chinese.
 */

/**
 * `<stem>.<extension>` for `title`; `bilateral.<extension>` when the title has no letter or digit.
 *
 * @example
 * ```ts
 * fileName('Kim ngạch thương mại Việt Nam – Lào', 'csv'); //=> 'kim-ngach-thuong-mai-viet-nam-lao.csv'
 * fileName('ດຸນການຄ້າ ຫວຽດນາມ – ລາວ', 'xlsx'); //=> 'ດຸນການຄ້າ-ຫວຽດນາມ-ລາວ.xlsx'
 * ```
 */
export function fileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'bilateral'}.${extension}`;
}
