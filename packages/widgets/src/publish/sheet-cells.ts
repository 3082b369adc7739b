/**
 * The cells of a data table as the spreadsheet (`.xlsx`) download writes them: a cell whose
 * element gave it its exact value (`data-value`) a number, shown by a number format that writes
 * it as the table does (`US$2.98 billion`, `about +33 %`); any other cell its text.
 */
import type { Locale } from '@bilateral/core/calc';
import { csvTable } from './table-csv.js';
import type { NumberCell } from './table-xlsx.js';

/** A text as a literal of a number format: quoted, each quote of it spelt `\"` outside quotes. */
const literal = (text: string) =>
  text
    .split('"')
    .map((part) => (part ? `"${part}"` : ''))
    .join('\\"');

/** `text` in a regular expression: each character the expression would read as its own escaped. */
const escaped = (text: string) => text.replace(/[.\\^$*+?()[\]{}|-]/g, '\\$&');

/**
 * A decimal text (`-0.0327`, `3.27000e-2`) as its sign, significant digits and the place of its
 * decimal point (`-327e-1`): the same for two texts of the same number.
 */
function decimalKey(text: string): string {
  const [, sign = '', whole = '', fraction = '', power = '0'] =
    /^(-?)(\d*)\.?(\d*)(?:e([+-]?\d+))?$/.exec(text) ?? [];
  const digits = `${whole}${fraction}`;
  const lead = digits.search(/[1-9]|$/);
  const significant = digits.slice(lead).replace(/0+$/, '');
  return significant ? `${sign}${significant}e${whole.length - lead + Number(power)}` : '0';
}

/**
 * The exact value `value` (a decimal text, `-508100000`, `0.327`) divided by `10^shift` and
 * rounded half away from zero to an integer, as digits (no sign): what a number format that
 * scales by `10^shift` shows of it, its decimal separator left out.
 */
function shownDigits(value: string, shift: number): string {
  const [, digits = '', fraction = ''] = /^-?(\d*)\.?(\d*)$/.exec(value) ?? [];
  const whole = BigInt(`${digits}${fraction}` || '0');
  const power = fraction.length + shift; // the whole number is `value × 10^fraction.length`
  if (power <= 0) return String(whole * 10n ** BigInt(-power));
  const unit = 10n ** BigInt(power);
  return String((whole + unit / 2n) / unit);
}

/**
 * The longest number format code Excel takes: "less than 255 characters" ([MS-OI29500] 2.1.712,
 * the notes on ISO/IEC 29500-1 §18.8.30 `numFmt`); a longer one is a file Excel must repair.
 */
const MOST_FORMAT_CHARACTERS = 254;

/**
 * The number format (ECMA-376 `numFmt` code) that writes `value` as the table wrote it in
 * `text`, with the locale's `separators` (decimal, group); `undefined` where no format can, so
 * that the cell stays a text:
 * - `value` is not a finite decimal that a double gives back at 15 significant digits (Excel's
 *   digits): a rounded number is never written in its stead;
 * - `value` is outside the numbers Excel holds, ±2.2251E-308 to ±9.99999999999999E+307 and 0
 *   (Excel specifications and limits, calculation specifications);
 * - `text` holds no number, or more than one (`between −US$2 million and US$1 million`);
 * - the number is the value scaled by a power of ten other than a power of a thousand (the
 *   percent sign aside, which scales by a hundred): Chinese `亿` (10⁸) and `万` (10⁴), which a
 *   number format cannot write;
 * - the format would not show the number `text` shows (its digits, rounded half away from zero
 *   as Excel rounds them);
 * - the format would be longer than Excel takes, 254 characters (its words are written in each
 *   of its two or three sections, and a comma per thousand it scales by).
 * The digits are grouped where the table groups them (`#,##0`; a rate of `+15356.0 %` is not, nor
 * a Chinese compact amount of four digits, `1234美元`, `1234.5万亿美元`, as the core writes them).
 * The words around the number stay, quoted (`about`, `US$`, `million`, `%`), so a figure said to
 * be "about" keeps its mark; its sign goes to the format's negative section, so that Excel writes
 * the figure's own minus sign (`−`), and a `+` stays on the positive one. Excel writes the digits
 * with its own locale's separators (`2.980,5` in Vietnamese).
 *
 * @example
 * ```ts
 * numberFormat('US$2.98 billion', '2980512345', ['.', ',']); //=> '"US$"#,##0.00,,," billion";"−US$"#,##0.00,,," billion"'
 * numberFormat('+32,7%', '0.327', [',', '.']); //=> '"+"#,##0.0%;"−"#,##0.0%;#,##0.0%'
 * numberFormat('4919亿美元', '491900000000', ['.', ',']); //=> undefined (亿 is 10⁸)
 * numberFormat('1234美元', '1234', ['.', ',']); //=> '0"美元";"−"0"美元"'
 * ```
 */
export function numberFormat(
  text: string,
  value: string,
  [decimal, group]: readonly [decimal: string, group: string],
): string | undefined {
  const number = Number(value);
  const size = Math.abs(number);
  if (
    !/^-?\d+(\.\d+)?$/.test(value) ||
    decimalKey(number.toPrecision(15)) !== decimalKey(value) ||
    size > 9.99999999999999e307 ||
    (size && size < 2.2251e-308)
  ) {
    return undefined;
  }
  const runs = [
    // A group mark only before three digits: a comma after the number (`1,234, est.`) is a word.
    ...text.matchAll(
      new RegExp(`\\d+(?:${escaped(group)}\\d{3})*(?:${escaped(decimal)}\\d+)?`, 'g'),
    ),
  ];
  if (runs.length !== 1) return undefined;
  const run = (runs[0] as RegExpMatchArray)[0];
  const at = (runs[0] as RegExpMatchArray).index as number;
  const prefix = text.slice(0, at);
  const suffix = text.slice(at + run.length);
  const decimals = run.split(decimal)[1]?.length ?? 0;
  const shown = Number(run.replaceAll(group, '').replace(decimal, '.'));
  const percent = suffix.includes('%') ? 2 : 0;
  const scale =
    shown === 0 ? 0 : Math.round(Math.log10((Math.abs(number) * 10 ** percent) / shown));
  if (scale < 0 || scale % 3 !== 0) return undefined;
  if (
    shownDigits(value, scale - percent - decimals) !==
    run.replace(/\D/g, '').replace(/^0+(?=\d)/, '')
  ) {
    return undefined;
  }
  // Grouped as the table groups: a whole part of four digits or more without a group mark (a
  // rate, `+15356.0 %`) is written without.
  const grouped = run.includes(group) || !/\d{4}/.test(run.split(decimal)[0] as string);
  const pattern = `${grouped ? '#,##' : ''}0${decimals ? `.${'0'.repeat(decimals)}` : ''}${','.repeat(scale / 3)}`;
  const end = percent
    ? suffix.replace(/^(.*?)%(.*)$/s, (_, before, after) => `${literal(before)}%${literal(after)}`)
    : literal(suffix);
  const sign = /[+\u2212-]/.exec(prefix);
  const place = sign?.index ?? 0;
  const section = (mark: string) =>
    `${literal(prefix.slice(0, place) + mark + prefix.slice(place + (sign ? 1 : 0)))}${pattern}${end}`;
  const positive = section(sign?.[0] === '+' ? '+' : '');
  const negative = section(number < 0 && !sign ? '' : '\u2212');
  const zero = section('');
  const code = [positive, negative, ...(zero === positive ? [] : [zero])].join(';');
  return code.length > MOST_FORMAT_CHARACTERS ? undefined : code;
}

/**
 * The decimal and group marks of each language's numbers: a copy of the core's
 * `NUMBER_SEPARATORS`, which the tables are written with, held equal to them by this module's
 * test. Not imported from there: a module an app's first chunk holds, imported by the download
 * chunk too, splits that chunk in two (+0.5 kB gzipped for an app, over its 30 kB limit, measured
 * 2026-12-05); nor asked of `Intl`, whose Lao in Chromium is not CLDR's.
 *
 * @example
 * ```ts
 * const [decimal, group] = LOCALE_SEPARATORS.vi; //=> [',', '.']
 * ```
 */
export const LOCALE_SEPARATORS: Readonly<
  Record<Locale, readonly [decimal: string, group: string]>
> = { en: ['.', ','], vi: [',', '.'], lo: [',', '.'], zh: ['.', ','] };

/** A data table as {@link xlsxOf}'s rows take it: its caption, and each cell a text or a number. */
export interface SheetTable {
  readonly caption: string;
  readonly rows: readonly (readonly (string | NumberCell)[])[];
}

/**
 * A data table as the spreadsheet holds it: the cells of {@link csvTable}, each cell with an exact
 * value (`data-value`) that {@link numberFormat} can write as the table does a number.
 *
 * @example
 * ```ts
 * const table = document.createElement('table');
 * const cell = table.insertRow().insertCell();
 * cell.textContent = '+32.7\u00a0%';
 * cell.dataset.value = '0.327';
 * sheetTable(table, ['.', ',']).rows;
 * //=> [[{ text: '+32.7 %', value: '0.327', format: '"+"#,##0.0" "%;"−"#,##0.0" "%;#,##0.0" "%' }]]
 * ```
 */
export function sheetTable(
  table: HTMLTableElement,
  separators: readonly [decimal: string, group: string],
): SheetTable {
  const { caption, rows } = csvTable(table);
  return {
    caption,
    rows: rows.map((row, index) =>
      row.map((text, at) => {
        const value = table.rows[index]?.cells[at]?.dataset.value;
        const format = value === undefined ? undefined : numberFormat(text, value, separators);
        return value === undefined || format === undefined ? text : { text, value, format };
      }),
    ),
  };
}
