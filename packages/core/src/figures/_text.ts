import { Decimal } from '../_internal/decimal.js';
import { quoteInput } from '../_internal/quote-input.js';
import { isCurrencyCode } from '../money/currency.js';
import type { LowerBound, Scale } from './published-amount.js';

/** The multiplier of each scale. */
export const SCALE_FACTOR: Readonly<Record<Scale, Decimal>> = {
  unit: new Decimal(1),
  thousand: new Decimal('1e3'),
  million: new Decimal('1e6'),
  billion: new Decimal('1e9'),
  trillion: new Decimal('1e12'),
};

/** The short symbol of each scale, as in "US$338.6 M". */
export const SCALE_SYMBOL: Readonly<Record<Scale, string>> = {
  unit: '',
  thousand: 'K',
  million: 'M',
  billion: 'B',
  trillion: 'T',
};

/** Scales from the largest down. */
export const SCALES_DOWN: readonly Scale[] = ['trillion', 'billion', 'million', 'thousand', 'unit'];

/** Digit grouping conventions: English `1,234.5`, Vietnamese `1.234,5`. */
export type NumberLocale = 'en' | 'vi';

/** The reading of a figure qualifier: "about" (approximate), or the lower bound it opens. */
export type Qualifier = 'approximate' | LowerBound;

const SCALE_WORDS: readonly (readonly [string, Scale])[] = [
  ['nghìn tỷ', 'trillion'],
  ['ngàn tỷ', 'trillion'],
  ['nghìn tỉ', 'trillion'],
  ['ngàn tỉ', 'trillion'],
  ['trillions', 'trillion'],
  ['trillion', 'trillion'],
  ['tn', 'trillion'],
  ['billions', 'billion'],
  ['billion', 'billion'],
  ['bln', 'billion'],
  ['bn', 'billion'],
  ['b', 'billion'],
  ['tỷ', 'billion'],
  ['tỉ', 'billion'],
  ['millions', 'million'],
  ['million', 'million'],
  ['mln', 'million'],
  ['mn', 'million'],
  ['m', 'million'],
  ['triệu', 'million'],
  ['thousands', 'thousand'],
  ['thousand', 'thousand'],
  ['k', 'thousand'],
  ['nghìn', 'thousand'],
  ['ngàn', 'thousand'],
];

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  'us dollars': 'USD',
  'us dollar': 'USD',
  'u.s. dollars': 'USD',
  dollars: 'USD',
  dollar: 'USD',
  'đô la mỹ': 'USD',
  'đô-la mỹ': 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  đôla: 'USD',
  đô: 'USD',
  'usd mỹ': 'USD',
  đồng: 'VND',
  vnđ: 'VND',
  kip: 'LAK',
  kíp: 'LAK',
  yuan: 'CNY',
  'nhân dân tệ': 'CNY',
  rmb: 'CNY',
  baht: 'THB',
  bạt: 'THB',
  euros: 'EUR',
  euro: 'EUR',
  riel: 'KHR',
  riels: 'KHR',
};

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  'US $': 'USD',
  $: 'USD',
  '€': 'EUR',
  '₫': 'VND',
  '₭': 'LAK',
  '฿': 'THB',
};

const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['approximately', 'approximate'],
  ['approx.', 'approximate'],
  ['roughly', 'approximate'],
  ['around', 'approximate'],
  ['about', 'approximate'],
  ['some', 'approximate'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['close to', 'approximate'],
  ['xấp xỉ', 'approximate'],
  // "More or less": approximate, not the bounds "trên" and "hơn" that open them.
  ['trên dưới', 'approximate'],
  ['hơn kém', 'approximate'],
  ['khoảng', 'approximate'],
  ['gần', 'approximate'],
  ['≈', 'approximate'],
  ['~', 'approximate'],
  // Lower bounds that include the figure (≥) and that exclude it (>).
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['at least', 'at-least'],
  ['ít nhất', 'at-least'],
  ['tối thiểu', 'at-least'],
  ['không dưới', 'at-least'],
  ['không ít hơn', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['hơn', 'more-than'],
  ['trên', 'more-than'],
];

/**
 * The Lao and Chinese words of a lower bound, which open a figure the amount reader does not read
 * (its scale words are "ລ້ານ", "亿"…): {@link readBound} alone reads them, and only it needs
 * them (a page that reads amounts does not).
 */
const OTHER_BOUNDS: readonly (readonly [string, LowerBound])[] = [
  ['ຢ່າງໜ້ອຍ', 'at-least'],
  ['至少', 'at-least'],
  ['不少于', 'at-least'],
  ['不少於', 'at-least'],
  ['不低于', 'at-least'],
  ['不低於', 'at-least'],
  ['ຫຼາຍກວ່າ', 'more-than'],
  ['ເກີນ', 'more-than'],
  // 超过 excludes the figure: the Civil Code of the PRC, art. 1259 ("所称的'不满'、'超过'、
  // '以外'，不包括本数"); 逾 and 多于 alike.
  ['超过', 'more-than'],
  ['超過', 'more-than'],
  ['逾', 'more-than'],
  ['多于', 'more-than'],
  ['多於', 'more-than'],
];

const VIETNAMESE =
  /tỷ|tỉ|triệu|nghìn|ngàn|đô|đồng|vnđ|kíp|bạt|nhân dân tệ|tăng|giảm|phần trăm|khoảng|gần|hơn|trên|ít nhất|tối thiểu|không dưới|xấp xỉ|so với/u;

/** Trims, composes Vietnamese letters, unifies spaces and minus signs. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f]/gu, ' ')
    .replace(/[−–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The digit convention a text suggests: Vietnamese when it has Vietnamese words. */
export function guessLocale(text: string): NumberLocale | undefined {
  return VIETNAMESE.test(text.toLowerCase()) ? 'vi' : undefined;
}

/** A number as written: its value and how many decimals it shows. */
export interface WrittenNumber {
  readonly value: Decimal;
  readonly decimals: number;
}

const NUMBER_FORMS: Readonly<Record<NumberLocale, { grouped: RegExp; plain: RegExp }>> = {
  en: { grouped: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u, plain: /^\d+(?:\.\d+)?$/u },
  vi: { grouped: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u, plain: /^\d+(?:,\d+)?$/u },
};

function readWith(raw: string, locale: NumberLocale): WrittenNumber | undefined {
  const { grouped, plain } = NUMBER_FORMS[locale];
  if (!grouped.test(raw) && !plain.test(raw)) return undefined;
  const group = locale === 'en' ? ',' : '.';
  const point = locale === 'en' ? '.' : ',';
  const canonical = raw.split(group).join('').replace(point, '.');
  const decimals = canonical.includes('.') ? canonical.length - canonical.indexOf('.') - 1 : 0;
  return { value: new Decimal(canonical), decimals };
}

/**
 * Reads digits with grouping and a decimal separator. With a locale, that convention is tried
 * first and the other one second; without, English first.
 */
export function readNumber(
  raw: string,
  locale: NumberLocale | undefined,
): WrittenNumber | undefined {
  const order: readonly NumberLocale[] = locale === 'vi' ? ['vi', 'en'] : ['en', 'vi'];
  for (const candidate of order) {
    const read = readWith(raw, candidate);
    if (read !== undefined) return read;
  }
  return undefined;
}

/**
 * The Lao text with each letter that has two spellings written one way: ຫຼ (U+0EBC, subscript
 * lo) for ຫລ, ໜ (U+0EDC) for ຫນ, as Lao keyboards type either; and without zero-width spaces,
 * which may mark where a Lao word ends (Lao puts no space between words).
 */
function foldLao(text: string): string {
  return text
    .replace(/\u200b/gu, '')
    .replace(/ຫລ/gu, 'ຫຼ')
    .replace(/ຫນ/gu, 'ໜ');
}

/**
 * Chinese 以上 closing a figure ("5.65亿美元以上", "５亿…", "五亿…"): the figure or more, not a
 * rate's ("…增长10%以上"). It includes the figure: the Civil Code of the PRC, art. 1259
 * ("民法所称的'以上'、'以下'、'以内'、'届满'，包括本数"), as the Criminal Law's art. 99.
 */
const OR_MORE = /[\p{Nd}〇零一二两兩三四五六七八九十百千][^\p{Nd}%％]*以上$/u;

/**
 * The lower bound a published figure's text states: `'at-least'` (≥) when a word that includes
 * the figure opens it ("at least", "no/not less than", "ít nhất", "tối thiểu", "không dưới",
 * "ຢ່າງໜ້ອຍ", "至少", "不少于", "不低于") or 以上 closes it, `'more-than'` (>) when one that excludes
 * it opens it ("more than", "over", "above", "hơn", "trên", "ຫຼາຍກວ່າ", "ເກີນ", "超过", "逾",
 * "多于"); undefined otherwise. The en and vi words are those {@link takeQualifier} takes before a
 * figure's number (as {@link readAmount} and {@link readRate} do), so a text that reads as an
 * amount or a rate is the same bound here; a word elsewhere in the text is no bound ("no more
 * than US$5 million" is an upper one, "不超过" too). Statements record what it reads (`bound`),
 * and what reads them reads that.
 */
export function readBound(text: string): LowerBound | undefined {
  const normalized = normalizeText(foldLao(text));
  const { qualifier } = takeQualifier(normalized);
  if (qualifier !== undefined && qualifier !== 'approximate') return qualifier;
  const other = OTHER_BOUNDS.find(([word]) => normalized.startsWith(word));
  return other?.[1] ?? (OR_MORE.test(normalized) ? 'at-least' : undefined);
}

/** Removes a leading qualifier ("about", "more than", "khoảng", …) and says which it was. */
export function takeQualifier(text: string): { rest: string; qualifier?: Qualifier } {
  const lower = text.toLowerCase();
  for (const [word, qualifier] of QUALIFIERS) {
    if (lower.startsWith(word)) {
      const rest = text.slice(word.length);
      const symbol = !/^[a-zà-ỹđ]/u.test(word);
      if (symbol || rest === '' || rest.startsWith(' ')) return { rest: rest.trim(), qualifier };
    }
  }
  return { rest: text };
}

/** The parts of an amount text: currency before or after, number, scale. */
export interface AmountParts {
  readonly number: WrittenNumber;
  readonly scale: Scale;
  readonly currency?: string;
  readonly qualifier?: Qualifier;
}

/** Reads an amount text; returns a reason when it cannot. */
export function readAmount(text: string, locale: NumberLocale | undefined): AmountParts | string {
  const normalized = normalizeText(text);
  if (normalized === '') return 'the text is empty';
  const effectiveLocale = locale ?? guessLocale(normalized);
  const { rest: afterQualifier, qualifier } = takeQualifier(normalized);
  let rest = afterQualifier;
  let currency: string | undefined;
  const prefix = /^(US ?\$|\$|€|₫|₭|฿|[A-Z]{3}(?= ?\d))/iu.exec(rest);
  if (prefix !== null) {
    const token = prefix[0];
    const code =
      CURRENCY_SYMBOLS[token.toUpperCase()] ?? (isCurrencyCode(token) ? token : undefined);
    if (code === undefined) return `${quoteInput(token)} is not a currency`;
    currency = code;
    rest = rest.slice(token.length).trim();
  }
  const digits = /^\d[\d.,]*/u.exec(rest);
  if (digits === null) return 'no number was found';
  const written = readNumber(digits[0], effectiveLocale);
  if (written === undefined) return `${quoteInput(digits[0])} is not a number`;
  rest = rest.slice(digits[0].length).trim();
  let scale: Scale = 'unit';
  const lowerRest = rest.toLowerCase();
  for (const [word, wordScale] of SCALE_WORDS) {
    if (
      lowerRest.startsWith(word) &&
      (lowerRest.length === word.length || lowerRest[word.length] === ' ')
    ) {
      scale = wordScale;
      rest = rest.slice(word.length).trim();
      break;
    }
  }
  if (rest !== '') {
    const upper = rest.toUpperCase();
    const code = CURRENCY_WORDS[rest.toLowerCase()] ?? (isCurrencyCode(upper) ? upper : undefined);
    if (code === undefined) return `${quoteInput(rest)} is not a scale or a currency`;
    if (currency !== undefined && currency !== code) {
      return `it names two currencies, ${currency} and ${code}`;
    }
    currency = code;
  }
  return {
    number: written,
    scale,
    ...(currency === undefined ? {} : { currency }),
    ...(qualifier === undefined ? {} : { qualifier }),
  };
}

const UP_WORDS = [
  'an increase',
  'a rise',
  'a gain',
  'increased',
  'increases',
  'increase',
  'increasing',
  'risen',
  'rising',
  'rises',
  'rose',
  'rise',
  'grown',
  'grew',
  'growth',
  'gained',
  'gain',
  'surged',
  'jumped',
  'climbed',
  'higher',
  'up',
  'tăng',
];
const DOWN_WORDS = [
  'a decrease',
  'a decline',
  'a drop',
  'a fall',
  'decreased',
  'decreases',
  'decrease',
  'declined',
  'declines',
  'decline',
  'dropped',
  'drop',
  'fallen',
  'falling',
  'fell',
  'fall',
  'shrank',
  'lower',
  'down',
  'giảm',
];
const TAIL =
  /^(?:year[- ]on[- ]year|y\/y|yoy|y-o-y|on year|from a year earlier|so với cùng kỳ(?: năm trước| năm ngoái)?)$/u;

/** The parts of a rate text. */
export interface RateParts {
  readonly number: WrittenNumber;
  /** +1 up, −1 down, 0 when the text gives no direction. */
  readonly direction: 1 | -1 | 0;
  readonly qualifier?: Qualifier;
}

function takeWord(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const word of words) {
    if (lower.startsWith(word) && (lower.length === word.length || lower[word.length] === ' ')) {
      return text.slice(word.length).trim();
    }
  }
  return undefined;
}

/** Reads a rate text ("up 25.5%", "giảm 1,1%", "+22.5 %", "25.5 percent"); a reason when not. */
export function readRate(text: string, locale: NumberLocale | undefined): RateParts | string {
  const normalized = normalizeText(text);
  if (normalized === '') return 'the text is empty';
  const effectiveLocale = locale ?? guessLocale(normalized);
  let rest = normalized;
  let direction: 1 | -1 | 0 = 0;
  const afterUp = takeWord(rest, UP_WORDS);
  const afterDown = afterUp === undefined ? takeWord(rest, DOWN_WORDS) : undefined;
  if (afterUp !== undefined) {
    direction = 1;
    rest = afterUp;
  } else if (afterDown !== undefined) {
    direction = -1;
    rest = afterDown;
  }
  if (direction !== 0) rest = takeWord(rest, ['by', 'of']) ?? rest;
  const { rest: afterQualifier, qualifier } = takeQualifier(rest);
  rest = afterQualifier;
  const sign = /^([+-]) ?/u.exec(rest);
  if (sign !== null) {
    const signDirection = sign[1] === '-' ? -1 : 1;
    if (direction !== 0 && direction !== signDirection) {
      return `the words say ${direction > 0 ? 'up' : 'down'} but the sign says ${sign[1]}`;
    }
    direction = signDirection;
    rest = rest.slice(sign[0].length);
  }
  const digits = /^\d[\d.,]*/u.exec(rest);
  if (digits === null) return 'no number was found';
  const written = readNumber(digits[0], effectiveLocale);
  if (written === undefined) return `${quoteInput(digits[0])} is not a number`;
  rest = rest.slice(digits[0].length).trim();
  const afterUnit = /^%/u.test(rest)
    ? rest.slice(1).trim()
    : takeWord(rest, ['percent', 'per cent', 'phần trăm', 'pct']);
  if (afterUnit === undefined) return 'no "%" or "percent" was found';
  rest = afterUnit;
  if (rest !== '') {
    const trailing = takeWord(rest, [
      'increase',
      'rise',
      'growth',
      'gain',
      'decrease',
      'decline',
      'drop',
      'fall',
    ]);
    if (trailing !== undefined) {
      const trailingDirection = /^(increase|rise|growth|gain)/iu.test(rest) ? 1 : -1;
      if (direction !== 0 && direction !== trailingDirection) {
        return 'it says both up and down';
      }
      direction = trailingDirection;
      rest = trailing;
    }
  }
  if (rest !== '' && !TAIL.test(rest.toLowerCase())) {
    return `${quoteInput(rest)} is not understood`;
  }
  return {
    number: written,
    direction,
    ...(qualifier === undefined ? {} : { qualifier }),
  };
}
