import { type Locale, NUMBER_SEPARATORS, readPeriodText } from '@bilateral/core/calc';
import { formatPeriodLabel } from './format.js';
import type { Messages } from './messages.js';

/**
 * The core's words for a value implied by a later value and its published growth rate
 * (`checkedDatasetSeries` with implied bases): "2017 value ÷ (1 + 8.5 %)", or with an uncertain
 * rate "2021 value ÷ (1 + about 24 %)".
 */
const IMPLIED = /(\S+) value ÷ \(1 \+ (about )?(-?\d+(?:\.\d+)?) %\)/g;

/**
 * The core's words for a turnover summed from parts, at least one of them derived:
 * "exports + imports (exports: 2022 value ÷ (1 + 10.4 %))".
 */
const PARTS = /^exports \+ imports \((.*)\)$/;
const PART = /(^|; )(exports|imports): /g;

/**
 * A point's derivation as the data table shows it, in the reader's language: the core's notes
 * on an implied value ("2017 value ÷ (1 + 8.5 %)", and a turnover of such parts) with the
 * period and the rate written as the language writes them (`m.impliedBase`: Vietnamese "giá trị
 * 2017 ÷ (1 + 8,5%)"; a fall with a minus sign, U+2212, as `formatRate` writes it; an uncertain
 * rate with the language's "about", `m.about`); English, and a derivation the data wrote itself,
 * as they are.
 *
 * @example
 * ```ts
 * derivationText('2017 value ÷ (1 + 8.5 %)', 'vi', vi); //=> 'giá trị 2017 ÷ (1 + 8,5%)'
 * derivationText('2021-Q1 value ÷ (1 + 22.5 %)', 'zh', zh); //=> '2021年第1季度数值 ÷ (1 + 22.5%)'
 * derivationText('2021 value ÷ (1 + about 24 %)', 'vi', vi); //=> 'giá trị 2021 ÷ (1 + khoảng 24%)'
 * derivationText('2021 value ÷ (1 + -3.2 %)', 'lo', lo); //=> 'ມູນຄ່າ 2021 ÷ (1 + −3,2%)'
 * derivationText('2017 value ÷ (1 + 8.5 %)', 'en', en); //=> '2017 value ÷ (1 + 8.5 %)'
 * ```
 */
export function derivationText(derivation: string, locale: Locale, m: Messages): string {
  const implied = m.impliedBase;
  if (implied === undefined) return derivation;
  const own = derivation.replace(
    IMPLIED,
    (words, text: string, about: string | undefined, rate: string) => {
      const period = readPeriodText(text);
      return period === undefined
        ? words
        : implied(
            formatPeriodLabel(period, locale),
            (about ? m.about : '') +
              rate.replace('.', NUMBER_SEPARATORS[locale][0]).replace('-', '\u2212'),
          );
    },
  );
  const parts = PARTS.exec(own);
  if (parts === null) return own;
  const name = (part: string) => (part === 'exports' ? m.exports : m.imports).toLowerCase();
  const inner = (parts[1] as string).replace(
    PART,
    (_, before: string, part: string) =>
      `${before && m.punctuation.semicolon}${name(part)}${m.punctuation.colon}`,
  );
  return `${name('exports')} + ${name('imports')}${m.punctuation.open}${inner}${m.punctuation.close}`;
}
