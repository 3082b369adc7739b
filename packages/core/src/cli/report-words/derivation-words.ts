import type { ReportWords } from './report-words.js';

/**
 * The core's words for a base implied by a later value and its published rate
 * (`checkedDatasetSeries`): "2017 value ÷ (1 + 8.5 %)", "2021 value ÷ (1 + about 24 %)".
 */
const IMPLIED = /(\S+) value ÷ \(1 \+ (about )?(-?\d+(?:\.\d+)?) %\)/g;

/** A turnover summed from parts, one of them derived: "exports + imports (exports: …)". */
const PARTS = /^exports \+ imports \((.*)\)$/;
const PART = /(^|; )(exports|imports): /g;

/**
 * A growth point's derivation in the report's language: the implied bases and the summed parts
 * the core writes (as the widgets' `derivationText` reads them), their numbers left as written
 * for the text's number formatting (`localNumbers`); a derivation the data wrote itself as it is.
 * In English, the derivation unchanged.
 *
 * @example
 * ```ts
 * derivationWords('2017 value ÷ (1 + 8.5 %)', REPORT_WORDS.vi); //=> 'giá trị 2017 ÷ (1 + 8.5 %)'
 * derivationWords('2021 value ÷ (1 + about 24 %)', REPORT_WORDS.en);
 * //=> '2021 value ÷ (1 + about 24 %)'
 * ```
 */
export function derivationWords(derivation: string, words: ReportWords): string {
  const own = derivation.replace(
    IMPLIED,
    (_, period: string, about: string | undefined, rate: string) =>
      words.impliedBase(period, about ? words.about(`${rate} %`) : `${rate} %`),
  );
  const parts = PARTS.exec(own);
  if (parts === null) return own;
  const { exports, imports } = words.measures;
  const inner = (parts[1] as string).replace(
    PART,
    (_, before: string, part: string) => `${before}${part === 'exports' ? exports : imports}: `,
  );
  return `${exports} + ${imports} (${inner})`;
}
