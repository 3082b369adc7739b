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
  // Other currencies' names, so that an amount in one is not taken for the statement's (h364).
  renminbi: 'CNY',
  'chinese yuan': 'CNY',
  yen: 'JPY',
  'japanese yen': 'JPY',
  yên: 'JPY',
  'yên nhật': 'JPY',
  won: 'KRW',
  'korean won': 'KRW',
  'south korean won': 'KRW',
  sterling: 'GBP',
  'pounds sterling': 'GBP',
  'pound sterling': 'GBP',
  'british pounds': 'GBP',
  'bảng anh': 'GBP',
  'hong kong dollars': 'HKD',
  'hong kong dollar': 'HKD',
  'hk dollars': 'HKD',
  'đô la hồng kông': 'HKD',
  'singapore dollars': 'SGD',
  'singapore dollar': 'SGD',
  'đô la singapore': 'SGD',
  'australian dollars': 'AUD',
  'australian dollar': 'AUD',
  'đô la úc': 'AUD',
  'canadian dollars': 'CAD',
  'canadian dollar': 'CAD',
  'new taiwan dollars': 'TWD',
  'taiwan dollars': 'TWD',
  'nt dollars': 'TWD',
  'đô la đài loan': 'TWD',
  'new zealand dollars': 'NZD',
  'swiss francs': 'CHF',
  ringgit: 'MYR',
  rupiah: 'IDR',
  kyat: 'MMK',
  'thai baht': 'THB',
  'lao kip': 'LAK',
  'vietnamese dong': 'VND',
  dong: 'VND',
  'cambodian riel': 'KHR',
  'philippine pesos': 'PHP',
  'indian rupees': 'INR',
  koruna: 'CZK',
  korun: 'CZK',
  'czech koruna': 'CZK',
  'danish kroner': 'DKK',
  'danish krone': 'DKK',
  'norwegian kroner': 'NOK',
  'norwegian krone': 'NOK',
  kronor: 'SEK',
  'swedish kronor': 'SEK',
  'swedish krona': 'SEK',
  kronur: 'ISK',
  'icelandic krona': 'ISK',
  'icelandic kronur': 'ISK',
};

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  'US $': 'USD',
  $: 'USD',
  '€': 'EUR',
  '₫': 'VND',
  '₭': 'LAK',
  '฿': 'THB',
  HK$: 'HKD',
  S$: 'SGD',
  SG$: 'SGD',
  A$: 'AUD',
  AU$: 'AUD',
  NT$: 'TWD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  '£': 'GBP',
  '₩': 'KRW',
  '₹': 'INR',
  '₱': 'PHP',
  RMB: 'CNY',
  RM: 'MYR',
};

/**
 * A sign or a name each of several currencies writes: ¥ (the yuan's and the yen's), "krone" and
 * "kroner" (Denmark's, Norway's), "krona" (Sweden's, Iceland's). The amount reader reads none of
 * them (it would have to guess which); {@link otherCurrencyOf} gives the codes each may be.
 */
const SEVERAL_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  '¥': ['CNY', 'JPY'],
  '￥': ['CNY', 'JPY'],
  krone: ['DKK', 'NOK'],
  kroner: ['DKK', 'NOK'],
  krona: ['SEK', 'ISK'],
};

/**
 * ¥ after the capitals that say whose it is (`CN¥`, `JP¥`, as `writeMoney` writes them; `RMB¥`,
 * `RMB ¥`): one currency's ({@link namedYenCode}), not {@link SEVERAL_CURRENCIES}' ¥. Its group:
 * the capitals.
 */
export const NAMED_YEN = /(?<![\p{L}\p{M}])(CN|JP|RMB) ?[¥￥]/u;

/**
 * The code of the currency a {@link NAMED_YEN}'s capitals name: `'JPY'` for "JP", `'CNY'` for
 * "CN" and "RMB".
 */
export function namedYenCode(letters: string): 'CNY' | 'JPY' {
  return letters === 'JP' ? 'JPY' : 'CNY';
}

/** The two letters of a dollar's sign other than the US dollar's: "HK", "SG", "AU", "NT"… */
const DOLLAR_PAIRS = 'HK|SG|AU|NT|CA|NZ';

/**
 * A dollar's sign other than the US dollar's, its letters in capitals: "HK$", "S$", "SG$", "A$",
 * "AU$", "NT$", "C$", "CA$", "NZ$" ({@link CURRENCY_SYMBOLS}).
 */
const DOLLAR_SIGN = `(?:${DOLLAR_PAIRS}|S|A|C)\\$`;

/**
 * A currency's sign before an amount's number: "US$", "$", "€", "£", "HK$", "S$", "A$", "NT$",
 * "C$", "NZ$", "₩", "RM"… ({@link CURRENCY_SYMBOLS}), and a code or "RMB" before one, checked apart.
 */
const SIGN = new RegExp(
  `^(?:[Uu][Ss] ?\\$|${DOLLAR_SIGN}|\\$|€|£|₫|₭|₩|₹|₱|฿|RM(?= ?\\d)|[A-Za-z]{3}(?= ?\\d))`,
  'u',
);

const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['approximately', 'approximate'],
  ['approx.', 'approximate'],
  ['roughly', 'approximate'],
  ['around', 'approximate'],
  ['about', 'approximate'],
  ['some', 'approximate'],
  ['xấp xỉ', 'approximate'],
  // "More or less": approximate, not the bounds "trên" and "hơn" that open them.
  ['trên dưới', 'approximate'],
  ['hơn kém', 'approximate'],
  ['khoảng', 'approximate'],
  ['≈', 'approximate'],
  ['~', 'approximate'],
  // Lower bounds that include the figure (≥) and that exclude it (>); "just over" and its like
  // are "more than" too (a little more, as "just under" is "nearly": {@link NEARLY}).
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['at least', 'at-least'],
  ['ít nhất', 'at-least'],
  ['tối thiểu', 'at-least'],
  ['không dưới', 'at-least'],
  ['không ít hơn', 'at-least'],
  ['more than', 'more-than'],
  ['just over', 'more-than'],
  ['just above', 'more-than'],
  ['slightly more than', 'more-than'],
  ['slightly over', 'more-than'],
  ['slightly above', 'more-than'],
  ['a little more than', 'more-than'],
  ['a little over', 'more-than'],
  ['a little above', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  // English verbs of passing a figure, and "in excess of": more than it, as "over" ({@link PASSING};
  // "passed the … mark" is at least it, {@link passedMark}). "passed", "crossed" and "went past"
  // go past the figure, as "exceeded" and "vượt qua" ("went past") do: more than it.
  ['in excess of', 'more-than'],
  ['exceeded', 'more-than'],
  ['exceeds', 'more-than'],
  ['surpassed', 'more-than'],
  ['surpasses', 'more-than'],
  ['topped', 'more-than'],
  ['passed', 'more-than'],
  ['passes', 'more-than'],
  ['crossed', 'more-than'],
  ['crosses', 'more-than'],
  ['went past', 'more-than'],
  ['goes past', 'more-than'],
  ['hơn', 'more-than'],
  ['trên', 'more-than'],
  // "Passed the mark of" ("vượt mốc", "vượt ngưỡng", "vượt qua mốc"): at least it, as 突破
  // ({@link OTHER_BOUNDS}); "vượt qua" ("went past") as "vượt".
  ['vượt mốc', 'at-least'],
  ['vượt ngưỡng', 'at-least'],
  ['vượt qua mốc', 'at-least'],
  ['vượt qua ngưỡng', 'at-least'],
  ['vượt quá', 'more-than'],
  ['vượt qua', 'more-than'],
  ['vượt', 'more-than'],
];

/**
 * The Lao and Chinese words of a lower bound, which open a figure the amount reader does not read
 * (its scale words are "ລ້ານ", "亿"…): {@link readStatedBound} alone reads them, and only it needs
 * them (a page that reads amounts does not).
 */
const OTHER_BOUNDS: readonly (readonly [string, LowerBound])[] = [
  ['ຢ່າງໜ້ອຍ', 'at-least'],
  ['至少', 'at-least'],
  ['不少于', 'at-least'],
  ['不少於', 'at-least'],
  ['不低于', 'at-least'],
  ['不低於', 'at-least'],
  // 突破 ("broke through") passes a mark: read as at least it, not more than it. The Civil Code's
  // art. 1259 defines 超过 (excluding the figure) but not 突破, and the press writes 突破 both of a
  // figure past the mark and of one that has just reached it ("突破100亿大关"): ≥ holds under
  // either use, > would refuse the figure at the mark itself.
  ['突破', 'at-least'],
  ['ຫຼາຍກວ່າ', 'more-than'],
  ['ເກີນກວ່າ', 'more-than'],
  ['ເກີນ', 'more-than'],
  ['ກວ່າ', 'more-than'],
  // 超过 excludes the figure: the Civil Code of the PRC, art. 1259 ("所称的'不满'、'超过'、
  // '以外'，不包括本数"); 逾 and 多于 alike.
  ['超过', 'more-than'],
  ['超過', 'more-than'],
  ['逾', 'more-than'],
  ['多于', 'more-than'],
  ['多於', 'more-than'],
];

/**
 * The kind of upper bound a figure's text states: `'at-most'` (≤) includes the figure ("no more
 * than", "không quá", "ບໍ່ເກີນ", "不超过", 以下), `'less-than'` (<) excludes it ("less than",
 * "under", "dưới", "ຕ່ຳກວ່າ", "不到", "不足"). The statement model has no place for one: a text
 * that states one cannot be given a lower `bound` nor `rounding: 'truncate'`.
 */
export type UpperBound = 'at-most' | 'less-than';

/** A bound a figure's text states: a lower one ({@link LowerBound}) or an upper one. */
export type StatedBound = LowerBound | UpperBound;

/**
 * "nearly", "almost", "just under", "close to", "gần", "ເກືອບ", "将近", "接近", "近": the figure
 * approached from below. The amount and rate readers take them as "about" ({@link takeQualifier}),
 * a figure rounded to the nearest (the model has no upper bound); {@link readStatedBound} as the
 * upper bound `'less-than'` they state, so that a lower `bound` or `rounding: 'truncate'` beside
 * one is refused. "just under" says what "nearly" says, not what "under" says: a figure a little
 * below, which [v − p/2, v + p/2) holds.
 */
const NEARLY = [
  'nearly',
  'almost',
  'just under',
  'just below',
  'just shy of',
  'just short of',
  'slightly under',
  'slightly below',
  'slightly less than',
  'a little under',
  'a little below',
  'a little less than',
  'close to',
  'gần',
  'ເກືອບ',
  '将近',
  '將近',
  '接近',
  '近',
].map((word) => [word, 'less-than'] as const);

/**
 * The words of an upper bound in en, vi, lo and zh, opening a figure. None is a word that opens a
 * lower bound or "more or less" ("không dưới", "không ít hơn", "trên dưới" open those).
 */
const UPPER_BOUNDS: readonly (readonly [string, UpperBound])[] = [
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['not exceeding', 'at-most'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['không vượt quá', 'at-most'],
  ['không quá', 'at-most'],
  ['tối đa', 'at-most'],
  ['nhiều nhất', 'at-most'],
  ['chưa tới', 'less-than'],
  ['chưa đến', 'less-than'],
  ['chưa đầy', 'less-than'],
  ['không tới', 'less-than'],
  ['không đến', 'less-than'],
  ['ít hơn', 'less-than'],
  ['thấp hơn', 'less-than'],
  ['dưới', 'less-than'],
  ['ບໍ່ເກີນ', 'at-most'],
  ['ສູງສຸດ', 'at-most'],
  ['ຕ່ຳກວ່າ', 'less-than'],
  ['ຕ່ໍາກວ່າ', 'less-than'],
  ['ຕໍ່າກວ່າ', 'less-than'],
  ['ໜ້ອຍກວ່າ', 'less-than'],
  ['ບໍ່ເຖິງ', 'less-than'],
  ['ບໍ່ຮອດ', 'less-than'],
  ['不超过', 'at-most'],
  ['不超過', 'at-most'],
  ['不高于', 'at-most'],
  ['不高於', 'at-most'],
  ['不多于', 'at-most'],
  ['不多於', 'at-most'],
  ['至多', 'at-most'],
  ['最多', 'at-most'],
  // 不满 excludes the figure (Civil Code of the PRC, art. 1259), 不到, 不足, 低于, 少于 alike.
  ['不满', 'less-than'],
  ['不滿', 'less-than'],
  ['未满', 'less-than'],
  ['未滿', 'less-than'],
  ['不到', 'less-than'],
  ['不足', 'less-than'],
  ['低于', 'less-than'],
  ['低於', 'less-than'],
  ['少于', 'less-than'],
  ['少於', 'less-than'],
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
 * A figure's number: digits of any script with their separators (a space before each group of
 * three: "565 000 000"), or Chinese numerals.
 */
const NUMBER =
  /^(?:\p{Nd}[\p{Nd}.,．，]*(?: \p{Nd}{3}(?!\p{Nd}))*|[〇零一二两兩三四五六七八九十百千万萬亿億]+) ?/u;

/** The en and vi words of a number, an amount's before a scale ("a billion", "năm trăm triệu"). */
const NUMBER_WORDS =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|hundred|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nửa) )+/iu;

/**
 * A currency written before an amount's number: a sign ({@link SIGN}, ¥), or a code or name
 * checked apart.
 */
const CURRENCY_BEFORE = new RegExp(
  `^(?:US ?\\$|${DOLLAR_SIGN}|\\$|＄|€|£|₫|₭|₩|₹|₱|฿|¥|￥|RM(?= ?\\p{Nd})|[A-Za-z]{3}(?= ?\\p{Nd}))`,
  'u',
);

/** {@link DOLLAR_PAIRS} in either case: "[Hh][Kk]|[Ss][Gg]|…". */
const DOLLAR_PAIRS_EITHER_CASE = DOLLAR_PAIRS.replace(
  /[A-Z]/gu,
  (letter) => `[${letter}${letter.toLowerCase()}]`,
);

/**
 * A currency written right before the number that ends the text: a sign, "RMB" or a code, each
 * a word of its own ("US$", not the "S$" of it), or a ¥ its capitals name ({@link NAMED_YEN}, its
 * group 1: "JP¥" is the yen's alone). The two letters of a sign are read in small letters too
 * ("hk$500 million" is in HKD, not the US dollar's "$" after two letters), though not one
 * ("a$5 million" may be "a" and "$5 million").
 */
const CURRENCY_ENDING = new RegExp(
  `(?:${NAMED_YEN.source}|(?<![\\p{L}\\p{M}])(?:US ?\\$|${DOLLAR_SIGN}|(?:${DOLLAR_PAIRS_EITHER_CASE})\\$|RM|[A-Z]{3})|[$＄€£₫₭₩₹₱฿¥￥]) ?$`,
  'u',
);

/** The Chinese and Lao words of a scale or a currency after an amount's number. */
const OTHER_UNITS =
  /^(?:[亿億万萬千百元]|美元|美金|人民币|人民幣|欧元|歐元|泰铢|基普|ລ້ານ|ຕື້|ພັນ|ແສນ|ກີບ|ໂດລາ|ບາດ)/u;

/** A percent sign or word after a rate's number (a Latin word ends there). */
const PERCENT = /^(?:%|％|ເປີເຊັນ|(?:percent|per cent|phần trăm|pct)(?![\p{L}\p{M}]))/iu;

/**
 * Chinese 以上 (the figure or more), 以下 and 以内 (the figure or less) closing a figure: a number
 * and its scale and currency ("5.65亿美元以上", "５亿…", "五亿…") or a rate ("增长10%以上"). Each
 * includes the figure: the Civil Code of the PRC, art. 1259 ("民法所称的'以上'、'以下'、'以内'、
 * '届满'，包括本数"), as the Criminal Law's art. 99. What closes another phrase ("一半以上",
 * "一季度以上") is none. Its first group: 多 or 余 after the number or its scale, more than the
 * figure ("5亿多美元", "30多亿美元", "5亿余美元", "增长30多%"), with a scale or a currency after it
 * in an amount ("增长30多" is none); and Lao ກວ່າ so ("565 ລ້ານກວ່າ USD", "1.000 ກວ່າລ້ານໂດລາ").
 */
const CLOSING = {
  amount:
    /(?<number>(?:\p{Nd}|[〇零一二两兩三四五六七八九十])[\p{Nd}.,．，〇零一二两兩三四五六七八九十百千]*) ?(?<before>(?:[万萬亿億千百]|ລ້ານ|ຕື້|ພັນ|ແສນ)*)(?:(?<more>[多余餘]|ກວ່າ)(?=[^。.]))? ?(?<after>(?:[万萬亿億]|ລ້ານ|ຕື້)*) ?(?:美元|美金|元|人民币|人民幣|欧元|歐元|ໂດລາ|ກີບ|[A-Z]{3})? ?(?<chinese>以上|以下|以内|以內)?[。.]?$/u,
  rate: /(?<number>(?:\p{Nd}|[〇零一二两兩三四五六七八九十])[\p{Nd}.,．，〇零一二两兩三四五六七八九十百千]*) ?(?<more>[多余餘])?[%％] ?(?<chinese>以上|以下|以内|以內)?[。.]?$/u,
} as const;

/** The multiplier of each Chinese and Lao scale word a figure's number may have after it. */
const OTHER_SCALES: Readonly<Record<string, string>> = {
  十: '1e1',
  百: '1e2',
  千: '1e3',
  万: '1e4',
  萬: '1e4',
  亿: '1e8',
  億: '1e8',
  ພັນ: '1e3',
  ແສນ: '1e5',
  ລ້ານ: '1e6',
  ຕື້: '1e9',
};

/**
 * The place of a number's last digit that is not zero: `1e1` for "30", "三十" or "一百五十",
 * `1e2` for "100", `1e-1` for "1.5", `1e3` for "3千"; with two readings of its separators
 * ("1.000": one, or a thousand) the smaller. Undefined for zero.
 */
function lastPlace(number: string): Decimal | undefined {
  const unit = OTHER_SCALES[number.slice(-1)];
  const digits = unit === undefined ? number : number.slice(0, -1);
  const times = new Decimal(unit ?? 1);
  if (!/\p{Nd}/u.test(digits)) return /[^〇零]/u.test(digits) || unit ? times : undefined;
  const plain = digits.normalize('NFKC');
  const places = (['en', 'vi'] as const).flatMap((locale) => {
    const value = readWith(plain, locale)?.value;
    if (value === undefined || value.isZero()) return [];
    let place = new Decimal('1e-20');
    while (value.div(place.times(10)).isInteger()) place = place.times(10);
    return [place];
  });
  const [first, second] = places;
  if (first === undefined) return undefined;
  return (second?.lt(first) ? second : first).times(times);
}

/**
 * How finely a figure whose number or scale 多, 余 or Lao ກວ່າ closes is known: the place of its
 * number's last digit that is not zero, times its scales ("30多亿美元", 30 to 40 亿: `1e9`;
 * "5亿多美元", 5 to 6 亿: `1e8`; "565 ລ້ານກວ່າ USD": `1e6`; "增长30多%": `10`, percentage
 * points), or English "-odd" after the number or the scale of its first figure ("500-odd
 * million": `1e8`, "5 billion-odd": `1e9`, {@link PLUS_ODD}). A statement's precision may not be
 * finer: "30多亿美元" with a precision of 1,000,000 would be [3,000, 3,001) million. Undefined for
 * a text without one, or whose 多 closes another figure than its first ("出口5亿美元，进口3亿多美元"):
 * closing words read as {@link readStatedBound} reads them.
 *
 * @param figure - what the text is: an amount or a rate (a growth rate, a share)
 */
export function closingStep(text: string, figure: 'amount' | 'rate'): Decimal | undefined {
  const normalized = normalizeText(foldLao(text));
  // Only a text with "-odd" looks for its first figure: that pass is linear, but not cheap.
  const odd = /-odd(?![\p{L}\p{M}-])/iu.test(normalized)
    ? plusOdd(normalized, firstFigure(normalized, figure), figure)
    : undefined;
  if (odd?.word === 'odd') {
    const scale = figure === 'amount' ? odd.scale : undefined;
    const place = lastPlace(odd.number);
    return scale === undefined ? place : place?.times(SCALE_FACTOR[scale]);
  }
  const start = Math.max(0, normalized.length - WINDOW);
  const closing = CLOSING[figure].exec(normalized.slice(start));
  const groups = closing?.groups;
  if (groups?.more === undefined || groups.number === undefined) return undefined;
  // As readStatedBound: 多 after another figure than the text's first says nothing of this one.
  if (start + (closing?.index ?? 0) > firstFigure(normalized, figure)) return undefined;
  const scales = `${groups.before ?? ''}${groups.after ?? ''}`.match(/ລ້ານ|ຕື້|ພັນ|ແສນ|./gu) ?? [];
  return scales.reduce(
    (step, scale) => step?.times(new Decimal(OTHER_SCALES[scale] ?? 1)),
    lastPlace(groups.number.replace(/[．，]/gu, (mark) => (mark === '．' ? '.' : ','))),
  );
}

/**
 * The en, vi and lo words that close a figure: the figure or more ("or more", "and above",
 * "trở lên", "ຂຶ້ນໄປ", the first group) or the figure or less ("or less", "trở xuống", "ລົງມາ").
 * Its second group: the figure they close, from its last number ("565 triệu USD trở lên": "565
 * triệu USD"), with a unit after the number (a bare "2023 trở lên" is none).
 */
const CLOSING_WORDS =
  /((?:[+-] ?)?[\p{Nd}.,]*\p{Nd} ?[^\p{Nd} ][^\p{Nd}]*?) ?(?:(or more|or above|and above|trở lên|ຂຶ້ນໄປ)|or less|or below|trở xuống|ລົງມາ)[。.]?$/iu;

/** What each word {@link opensUnit} looks for opens with: a letter (in any case) or "$". */
const UNIT_START = /^[\p{L}$]/u;

/**
 * Whether a scale or currency word (en, vi, lo, zh, or an ISO 4217 code) opens the text; with
 * `scale`, an en or vi scale word alone.
 */
function opensUnit(text: string, scale = false): boolean {
  // Each word looked for opens with a letter or "$": a number or a space after a number opens none.
  if (!UNIT_START.test(text)) return false;
  if (!scale && OTHER_UNITS.test(text)) return true;
  if (scaleWordAt(text) !== undefined) return true;
  if (scale) return false;
  const lower = lowerStart(text);
  if (CURRENCY_NAMES.some((word) => opensWith(lower, word))) return true;
  const code = /^[A-Za-z]{3}(?![\p{L}\p{M}])/u.exec(text)?.[0];
  return code !== undefined && isCurrencyCode(code.toUpperCase());
}

/**
 * The words of a plan after a rate's percent: "50% of the target", "50% of the full-year target",
 * "50% of the 2025 plan", "50% kế hoạch", "50% ຂອງແຜນການ", "50%的目标" (in English up to four
 * words between "of" and the plan's). A share of a plan reached is no growth rate nor share of
 * trade.
 */
const PLAN_AFTER =
  /^ ?(?:(?:of (?:[\p{L}\p{M}\p{Nd}'’-]+ ){0,4}?(?:plan|target|goal|forecast|quota|estimate)s?|(?:so với )?(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán|dự kiến))(?![\p{L}\p{M}])|(?:ຂອງ ?)?(?:ແຜນ|ຄາດໝາຍ|ເປົ້າໝາຍ)|的?(?:计划|計劃|目标|目標|任务|任務))/iu;

/** The Chinese words of a plan before a rate's number: "完成全年计划的50%以上", "达到目标的80%". */
const PLAN_BEFORE = /(?:计划|計劃|目标|目標|任务|任務|预期|預期)的?$/u;

/** Whether the number at `index` of the text is a share of a plan, by the words before it. */
function afterPlan(text: string, index: number): boolean {
  return PLAN_BEFORE.test(text.slice(Math.max(0, index - 3), index));
}

/** The Chinese and Lao scales, and 多, 余 or ກວ່າ among them, opening a count's words. */
const OTHER_SCALE_RUN = /^(?:[十百千万萬亿億多余餘]|ລ້ານ|ຕື້|ພັນ|ແສນ|ກວ່າ)+/u;

/**
 * The codes 克朗 may name: the krone's (Denmark, Norway), the krona's (Sweden, Iceland) and the
 * koruna's (Czechia); Chinese writes each country's with its name before it ("丹麦克朗").
 */
const KRONE: readonly string[] = ['DKK', 'NOK', 'SEK', 'CZK', 'ISK'];

/**
 * The Chinese and Lao names of a currency and its code, or the codes of the currencies a name may
 * be (克朗: {@link KRONE}; 克罗纳, the krona's: SEK or ISK); not 元 alone, most often the yuan but
 * no currency's name by itself. The region's, and the others trade news names most; every name
 * `writeMoney` writes in Chinese (`MONEY_WORDS_ZH`, "老挝基普") among them.
 */
const OTHER_CURRENCIES: Readonly<Record<string, string | readonly string[]>> = {
  美元: 'USD',
  美金: 'USD',
  人民币: 'CNY',
  人民幣: 'CNY',
  元人民币: 'CNY',
  元人民幣: 'CNY',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  韩元: 'KRW',
  韓元: 'KRW',
  英镑: 'GBP',
  英鎊: 'GBP',
  新加坡元: 'SGD',
  新台币: 'TWD',
  新臺幣: 'TWD',
  新台幣: 'TWD',
  澳元: 'AUD',
  加元: 'CAD',
  瑞士法郎: 'CHF',
  林吉特: 'MYR',
  印尼盾: 'IDR',
  缅元: 'MMK',
  緬元: 'MMK',
  瑞尔: 'KHR',
  瑞爾: 'KHR',
  日元: 'JPY',
  欧元: 'EUR',
  歐元: 'EUR',
  泰铢: 'THB',
  泰銖: 'THB',
  基普: 'LAK',
  老挝基普: 'LAK',
  老撾基普: 'LAK',
  柬埔寨瑞尔: 'KHR',
  柬埔寨瑞爾: 'KHR',
  越南盾: 'VND',
  克朗: KRONE,
  丹麦克朗: 'DKK',
  丹麥克朗: 'DKK',
  挪威克朗: 'NOK',
  瑞典克朗: 'SEK',
  捷克克朗: 'CZK',
  冰岛克朗: 'ISK',
  冰島克朗: 'ISK',
  克罗纳: ['SEK', 'ISK'],
  克羅納: ['SEK', 'ISK'],
  瑞典克罗纳: 'SEK',
  瑞典克羅納: 'SEK',
  冰岛克罗纳: 'ISK',
  冰島克羅納: 'ISK',
  ໂດລາ: 'USD',
  ກີບ: 'LAK',
  ບາດ: 'THB',
};

/** The names of {@link OTHER_CURRENCIES}, the longest first ("丹麦克朗" is not "克朗"'s). */
const OTHER_CURRENCY_NAMES = Object.keys(OTHER_CURRENCIES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const OTHER_CURRENCY = new RegExp(`^(?:${OTHER_CURRENCY_NAMES})`, 'u');

/**
 * The currencies the text's first amount names, for a text the amount reader does not read (a
 * sentence, a Chinese or Lao figure): a sign or a code before its number ("Trade reached THB 500
 * million in 2023": `['THB']`, "¥500 million": `['CNY', 'JPY']`, "JP¥500 million": `['JPY']`),
 * or a name or a code after its number and scales, in Chinese or Lao ({@link OTHER_CURRENCIES}: "超过5亿日元": `['JPY']`,
 * "ຫຼາຍກວ່າ 500 ລ້ານກີບ": `['LAK']`, "超过5亿克朗": `['DKK', 'NOK', 'SEK', 'CZK', 'ISK']`) or in
 * English or Vietnamese ("500 million euros in 2023": `['EUR']`, "kroner": `['DKK', 'NOK']`);
 * undefined for a text whose first amount names none.
 */
export function otherCurrencyOf(text: string): readonly string[] | undefined {
  const normalized = normalizeText(foldLao(text));
  const at = firstFigure(normalized, 'amount');
  if (at === normalized.length) return undefined;
  const ending = CURRENCY_ENDING.exec(normalized.slice(Math.max(0, at - 8), at));
  const yen = ending?.[1];
  const sign = ending?.[0].trim();
  const before =
    yen !== undefined ? [namedYenCode(yen)] : sign === undefined ? undefined : currencyCodes(sign);
  if (before !== undefined) return before;
  const window = windowAt(normalized, at);
  const number = NUMBER.exec(window)?.[0];
  if (number === undefined) return undefined;
  // Past the scales ("5亿", "500 million", "5 billion-odd") to the currency's name.
  let after = window.slice(number.length).replace(PLUS_ODD, '').replace(OTHER_SCALE_RUN, '');
  after = after.trimStart();
  for (let word = scaleWordAt(after); word !== undefined; word = scaleWordAt(after)) {
    after = after.slice(word[0].length).replace(PLUS_ODD, '').trimStart();
  }
  const name =
    OTHER_CURRENCY.exec(after)?.[0] ??
    CURRENCY_NAMES.find((word) => opensWith(lowerStart(after), word)) ??
    /^[A-Z]{3}(?![\p{L}\p{M}])/u.exec(after)?.[0];
  return name === undefined ? undefined : currencyCodes(name);
}

/** The codes a currency's sign, name or code may be; undefined for none. */
function currencyCodes(word: string): readonly string[] | undefined {
  const codes =
    OTHER_CURRENCIES[word] ??
    CURRENCY_SYMBOLS[word.toUpperCase()] ??
    SEVERAL_CURRENCIES[word.toLowerCase()] ??
    CURRENCY_WORDS[word.toLowerCase()] ??
    (isCurrencyCode(word) ? word : undefined);
  return typeof codes === 'string' ? [codes] : codes;
}

/**
 * The words of what is counted rather than paid, in en, vi, lo and zh: people, visitors,
 * vehicles, goods by weight, volume, unit, bag, shipment or container, land, trips, cattle by the
 * head ("5 million people", "5 million metric tons", "5 million kgs", "2 million heads", "5 triệu
 * lượt", "2 ແສນຄັນ", "500万人次", "100万吨", "500万桶"). 人 before 民 is the yuan's name (人民币), not
 * people; 克 (grams) before 朗 or 罗 the krone's, koruna's or krona's (克朗, 克罗纳), a currency:
 * an amount, as 日元 is.
 */
const COUNTED =
  /^(?:(?:people|persons?|visitors?|tourists?|passengers?|travell?ers?|arrivals?|crossings?|trips?|vehicles?|cars?|trucks?|lorries|tonnes?|tons?|metric|containers?|teus?|kgs?|kilos?|kilograms?|litres?|liters?|barrels?|units?|hectares?|heads?|bags?|sacks?|bales?|pieces?|workers?|người|lượt|du khách|hành khách|khách|xe|phương tiện|tấn|công-te-nơ|chiếc|lít|lô hàng|thùng|héc-ta|hécta|ha|con)(?![\p{L}\p{M}])|ຄົນ|ຄັນ|ໂຕນ|ເທື່ອ|ຄັ້ງ|ກິໂລ|ຕູ້|ເຮັກຕາ|人(?!民)|辆|輛|吨|噸|名|位|个|個|家|件|头|頭|箱|标箱|標箱|架次|车次|車次|公斤|克(?![朗罗])|升|米|桶|公顷|公頃|亩|畝)/iu;

/**
 * Whether the words after a number, past its scales ({@link SCALE_WORDS}, "万", "ລ້ານ"…), name
 * what is counted ({@link COUNTED}): "5 million people" is no amount, though "5 million" is.
 */
function countsThings(after: string): boolean {
  let rest = after.replace(OTHER_SCALE_RUN, '');
  for (let word = scaleWordAt(rest); word !== undefined; word = scaleWordAt(rest)) {
    rest = rest.slice(word[0].length).trimStart();
  }
  return COUNTED.test(rest.replace(PLUS_ODD, '').trimStart());
}

/**
 * The words of {@link CURRENCY_WORDS} and of {@link SEVERAL_CURRENCIES}, listed once, the longest
 * first ("đô la singapore" is not "đô la"'s).
 */
const CURRENCY_NAMES = [
  ...Object.keys(CURRENCY_WORDS),
  ...Object.keys(SEVERAL_CURRENCIES).filter((word) => /^\p{L}/u.test(word)),
].sort((a, b) => b.length - a.length);

/**
 * The text's first 32 characters in lower case, what a word that opens it is looked for in: more
 * than the longest word looked for ("a little less than", "u.s. dollars") and a character after
 * it, so that a window read at each number of a long text is not lowered whole each time. The
 * same as the start of the whole text lowered: a character lowers alone, but for Σ (σ or ς by
 * what follows it), which no word has.
 */
function lowerStart(text: string): string {
  return text.slice(0, 32).toLowerCase();
}

/** Whether a lower-case text opens with `word` as a whole word (no letter or mark after it). */
function opensWith(lower: string, word: string): boolean {
  return lower.startsWith(word) && !/^[\p{L}\p{M}]/u.test(lower.slice(word.length));
}

/** The en or vi scale word ({@link SCALE_WORDS}) that opens the text, and its scale. */
function scaleWordAt(text: string): readonly [string, Scale] | undefined {
  const lower = lowerStart(text);
  return SCALE_WORDS.find(([word]) => opensWith(lower, word));
}

/**
 * English "-plus" and "-odd" after a figure's number or its scale word: "US$500-plus million" and
 * "US$500 million-plus" are 500 million or more (`'at-least'`), "500-odd million" 500 million and
 * some, more than it and less than the next step of its last digit that is not zero
 * (`'more-than'`, as Chinese 多: [500, 600) million; "5 billion-odd", [5, 6) billion). Not a
 * compound's ("a 500-plus-page report").
 */
const PLUS_ODD = /^-(plus|odd)(?![\p{L}\p{M}-]) ?/iu;

/**
 * The "-plus" or "-odd" ({@link PLUS_ODD}) after the number at `index` of the text (the text's
 * first figure's), after an amount's en or vi scale word ("US$5 million-plus") or after a rate's
 * percent ("up 10%-plus"), that number, and the scale before or after the suffix ("500-odd
 * million", "5 billion-odd"); undefined when none follows it.
 */
function plusOdd(
  text: string,
  index: number,
  figure: 'amount' | 'rate',
): { word: string; number: string; scale?: Scale } | undefined {
  const window = windowAt(text, index);
  const number = /^[\p{Nd}.,]*\p{Nd}/u.exec(window)?.[0];
  if (number === undefined) return undefined;
  const after = window.slice(number.length);
  // "500-plus million": the suffix on the number, a scale maybe after it; "5 million-plus": on
  // the scale word after the number; "10%-plus": on the percent after it.
  const direct = PLUS_ODD.exec(after);
  const unit = after.trimStart();
  const early = figure === 'amount' ? scaleWordAt(unit) : undefined;
  const marked = figure === 'amount' ? early?.[0] : PERCENT.exec(unit)?.[0];
  const suffix = direct ?? (marked !== undefined && PLUS_ODD.exec(unit.slice(marked.length)));
  if (!suffix) return undefined;
  const scale = direct ? scaleWordAt(after.slice(direct[0].length))?.[1] : early?.[1];
  const word = (suffix[1] ?? '').toLowerCase();
  return { word, number, ...(scale === undefined ? {} : { scale }) };
}

/**
 * Whether the text opens with a figure of its kind, which a bound word before it then governs: an
 * amount is a number followed by a scale or a currency (or by nothing: "more than 565" reads in
 * the statement's currency, as the amount reader reads it), a number in words followed by a scale
 * ("a billion dollars", "một tỷ USD"), or a currency before a number; a
 * rate is a number and a percent. A number of something else ("10 năm", "2 ເທົ່າ", "2022年",
 * "30%" for an amount), a count with its scale ({@link countsThings}: "5 million people", "5 triệu
 * lượt", "5 ລ້ານຄົນ", "500万人次") or a word ("doubled", "nữa", "cơ sở", "去年") is none.
 */
function opensFigure(text: string, figure: 'amount' | 'rate'): boolean {
  if (figure === 'amount') {
    const prefix = CURRENCY_BEFORE.exec(text)?.[0];
    if (
      prefix !== undefined &&
      (!/^[A-Za-z]{3}$/u.test(prefix) ||
        isCurrencyCode(prefix.toUpperCase()) ||
        Object.hasOwn(CURRENCY_WORDS, prefix.toLowerCase())) &&
      /^ ?\p{Nd}/u.test(text.slice(prefix.length))
    ) {
      return true;
    }
  }
  const words = figure === 'amount' ? NUMBER_WORDS.exec(text)?.[0] : undefined;
  if (words !== undefined) {
    const rest = text.slice(words.length);
    return opensUnit(rest, true) && !countsThings(rest);
  }
  const unsigned = figure === 'rate' ? text.replace(/^[+-] ?/u, '') : text;
  const number = NUMBER.exec(unsigned)?.[0];
  if (number === undefined) return false;
  const rest = unsigned.slice(number.length);
  const after = rest.slice(PLUS_ODD.exec(rest)?.[0].length ?? 0);
  if (figure === 'rate') {
    const percent = PERCENT.exec(after)?.[0];
    return percent !== undefined && !PLAN_AFTER.test(after.slice(percent.length));
  }
  return after === '' || (opensUnit(after) && !countsThings(after));
}

/**
 * The Chinese and Lao words of a rate's direction, which may come before its bound, and the words
 * of a share in en, vi, lo and zh ("accounting for", "chiếm", "ກວມເອົາ", "占比").
 */
const OTHER_DIRECTIONS =
  /^(?:同比)?(?:增长|增長|增加|上升|提高|下降|减少|減少|下滑|降低|回落)了? ?|^同比 ?|^(?:ເພີ່ມຂຶ້ນ|ຂະຫຍາຍຕົວ|ຫຼຸດລົງ) ?|^(?:accounting|accounted|accounts?) for |^chiếm(?: t[ỷỉ] trọng)? |^[占佔]比? ?|^(?:ກວມເອົາ|ຄິດເປັນ) ?/iu;

/**
 * A rate's text after its direction words ("up by", "tăng trưởng", "同比增长", "ເພີ່ມຂຶ້ນ") or a
 * share's ("accounting for", "chiếm", "占比").
 */
function afterDirection(text: string): string {
  const after = takeWord(text, UP_WORDS) ?? takeWord(text, DOWN_WORDS);
  if (after !== undefined) return takeWord(after, ['by', 'of', 'trưởng']) ?? after;
  return text.replace(OTHER_DIRECTIONS, '');
}

/** The word of `words` that opens the text (a Latin one as a whole word), and what follows it. */
function takeLeading<K>(
  text: string,
  words: readonly (readonly [string, K])[],
): { rest: string; kind?: K } {
  const lower = lowerStart(text);
  for (const [word, kind] of words) {
    if (lower.startsWith(word)) {
      const rest = text.slice(word.length);
      // A Latin word ends at a space; Lao and Chinese are written without spaces between words.
      const latin = /^\p{Script=Latin}/u.test(word);
      if (!latin || rest === '' || rest.startsWith(' ')) return { rest: rest.trim(), kind };
    }
  }
  return { rest: text };
}

/**
 * The bound a published figure's text states, when its word governs the figure itself: a lower
 * one ({@link LowerBound}: `'at-least'` ≥ after "at least", "no/not less than", "ít nhất",
 * "tối thiểu", "không dưới", "vượt (qua) mốc", "ຢ່າງໜ້ອຍ", "至少", "不少于", "不低于", "突破" or before
 * a closing 以上, "or more", "and above", "trở lên", "ຂຶ້ນໄປ"; `'more-than'` > after "more than",
 * "over", "above", "hơn", "trên", "vượt", "vượt qua", "ຫຼາຍກວ່າ", "ເກີນ", "超过", "逾", "多于", or 多 and 余
 * after the number or its scale, "5亿多美元", "30余亿美元") or an upper one ({@link UpperBound}: "less than", "under",
 * "dưới", "chưa tới", "không quá", "ຕ່ຳກວ່າ", "ບໍ່ເກີນ", "不到", "不足", "低于", "不超过", "nearly",
 * "gần", "ເກືອບ", "近", "接近", 以下, "or less", "trở xuống", "ລົງມາ"…); undefined otherwise.
 * The word opens the text (a rate's after its direction or a share's words: "up more than 30%",
 * "tăng hơn 30%", "增长超过30%", "chiếm hơn 10%", "占比超过10%"), opens a clause before the text's
 * first amount ({@link CLAUSE}: "hơn 5 triệu tấn, hơn 1,5 tỷ USD"), or follows a verb of reaching
 * ({@link REACHED}: "Exports reached more than US$565 million", "đạt hơn", "达到超过") or a trade
 * figure's noun ({@link SUBJECT}: "贸易额超过3亿美元", "kim ngạch vượt 1 tỷ USD", "trade of over
 * US$300 million") or is a verb of passing before an amount ({@link PASSING}, {@link PASSING_OTHER}:
 * "Bilateral trade exceeded US$1 billion", "Xuất khẩu sang Lào vượt 1 tỷ USD", "双边贸易超过10亿美元";
 * not a company's nor an unnamed province's ({@link held}) nor one whose clause's subject is a
 * budget, a loan…, of trade too ({@link OWN_FIGURE}: "Ngân sách tỉnh vượt 500 tỷ đồng", "The
 * trade budget topped…"), and is followed by the figure ({@link opensFigure}), or
 * closes it: "more than doubled", "hơn nữa", "trên cơ sở", "trên địa bàn", "ຫຼາຍກວ່າປີກາຍ",
 * "超过去年同期", "10 năm trở lên", a count ("over 5 million people"), a share of a plan ("đạt hơn 50% kế hoạch", "完成计划的50%以上") and a word
 * elsewhere in the text ("exports more than US$565 million", "cao hơn cùng kỳ") state none, nor
 * does a rate's word for an amount ("5亿美元，同比增长10%以上"). A rate's bound is one on its
 * size, as the model reads a fall ("down more than 5%": `'more-than'`): on a rate written with a
 * minus sign it is the other one ("more than -5%", a fall of less than 5 % or a rise:
 * `'less-than'`). The en and vi words of a lower bound are those {@link takeQualifier} takes
 * before a figure's number (as {@link readAmount} and {@link readRate} do), so a text that reads
 * as an amount or a rate is the same bound here.
 *
 * @param text - the figure as published
 * @param figure - what the text is: an amount (the default) or a rate (a growth rate, a share)
 */
export function readStatedBound(
  text: string,
  figure: 'amount' | 'rate' = 'amount',
): StatedBound | undefined {
  const limit = readStatedLimit(text, figure);
  return limit === 'nearly' ? 'less-than' : limit;
}

/**
 * What a figure's text states of it, as {@link readStatedBound} reads it, "nearly" and its like
 * ({@link NEARLY}) apart: `'nearly'` (an upper bound the figure readers take as "about").
 */
export function readStatedLimit(
  text: string,
  figure: 'amount' | 'rate' = 'amount',
): StatedBound | 'nearly' | undefined {
  const normalized = normalizeText(foldLao(text));
  const opening = figure === 'rate' ? afterDirection(normalized) : normalized;
  const bound = PASSED_NOUN.test(opening) ? undefined : leadingBound(opening, figure);
  if (bound !== undefined) return bound;
  // Past the text's first figure, a verb's or a closing word's figure is another one.
  let first: number | undefined;
  const firstAt = () => {
    first ??= firstFigure(normalized, figure);
    return first;
  };
  const past = (index: number) => index > firstAt();
  // Whether a company's or a budget's verb ({@link HELD}, {@link OWN_FIGURE}) opens the text's
  // first figure, maybe after a bound word: theirs, however it is closed ("…trở lên", "以上").
  let theirs = false;
  for (const { 0: verb, index } of normalized.matchAll(BEFORE_FIGURE[figure])) {
    const after = index + verb.length;
    const window = windowAt(normalized, after).trim();
    // A mark first: "crossed US$1 billion mark" is at least it, as "crossed the … mark".
    if (PASSED_NOUN.test(window)) continue;
    const reached = passedMark(window, figure) ?? leadingBound(window, figure);
    // The guards before the verb only where a figure follows it (a verb followed by none is cheap).
    if (reached === undefined && !opensFigure(window, figure)) continue;
    if (
      held(normalized.slice(Math.max(0, index - 80), index)) ||
      (!SUBJECT.test(verb) && ownFigure(normalized, index))
    ) {
      theirs ||= !past(after);
      continue;
    }
    if (reached !== undefined) return past(after) ? undefined : reached;
  }
  if (theirs) return undefined;
  if (figure === 'amount') {
    for (const { 0: mark, index } of normalized.matchAll(CLAUSE)) {
      const after = index + mark.length;
      const opened = leadingBound(windowAt(normalized, after), figure);
      if (opened === undefined) continue;
      // After a budget's clause ("Ngân sách tỉnh, hơn 500 tỷ đồng"), the figure is the budget's.
      if (!past(after)) return ownFigure(normalized, index) ? undefined : opened;
      break;
    }
  }
  const suffix = /-(?:plus|odd)(?![\p{L}\p{M}-])/iu.test(normalized)
    ? plusOdd(normalized, firstAt(), figure)?.word
    : undefined;
  if (suffix !== undefined) return suffix === 'plus' ? 'at-least' : 'more-than';
  const start = Math.max(0, normalized.length - WINDOW);
  const end = normalized.slice(start);
  const closing = CLOSING[figure].exec(end);
  const { more, chinese } = closing?.groups ?? {};
  const at = start + (closing?.index ?? 0);
  if ((more ?? chinese) !== undefined && (past(at) || afterPlan(normalized, at))) {
    return undefined;
  }
  if (chinese !== undefined) return chinese === '以上' ? 'at-least' : 'at-most';
  if (more !== undefined) return 'more-than';
  const words = CLOSING_WORDS.exec(end);
  const [, closed, lower] = words ?? [];
  if (closed === undefined || !opensFigure(closed, figure)) return undefined;
  if (past(start + (words?.index ?? 0))) return undefined;
  return signed(lower === undefined ? 'at-most' : 'at-least', closed, figure);
}

/**
 * The text's {@link WINDOW} characters from `start`; when that cuts the text, without the Latin
 * or Lao word or the number it may cut and with "…" after them, so that what the cut leaves reads
 * as no figure ("over 1234" of "over 12345 partners", "565 m" of "565 metres", "over 5" of "over
 * 5 partners").
 */
function windowAt(text: string, start: number): string {
  const end = start + WINDOW;
  if (end >= text.length) return text.slice(start);
  // Back over the cut word or number, a character (a code point) at a time: an expression
  // anchored at the end tries each place of the window (quadratic in it, most of the time here).
  let cut = end;
  while (cut > start) {
    const from = cut - 2 >= start && isPair(text, cut - 2) ? cut - 2 : cut - 1;
    if (!CUT.test(text.slice(from, cut))) break;
    cut = from;
  }
  return `${text.slice(start, cut)}…`;
}

/** A character of a word or a number that a window's cut may leave a part of ({@link windowAt}). */
const CUT = /^[\p{Script=Latin}\p{Script=Lao}\p{M}\p{Nd}.,．，]$/u;

/** Whether the text's code units at `index` and after it are a surrogate pair (one character). */
function isPair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Where a figure may open: at a number (in any digits or Chinese numerals), or at a currency before one. */
const FIGURE_START =
  /(?:US ?\$|[$＄€₫₭฿¥￥] ?)?(?<![\p{Nd}.,．，〇零一二两兩三四五六七八九十百千])[\p{Nd}〇零一二两兩三四五六七八九十]/gu;

/**
 * Where the text's first figure of its kind opens ({@link opensFigure}), at its number: "Xuất khẩu đạt 5 triệu
 * USD, nhập khẩu đạt trên 3 triệu USD", "出口5亿美元，进口3亿多美元", "Exports US$5 million,
 * imports US$3 million or more" state no bound of the first figure. A year or a count before it
 * ("Năm 2023, kim ngạch đạt hơn…", "9 tháng") is none. The text's length when none opens.
 */
function firstFigure(text: string, figure: 'amount' | 'rate'): number {
  for (const { 0: start, index } of text.matchAll(FIGURE_START)) {
    if (figure === 'rate' && afterPlan(text, index)) continue;
    if (opensFigure(windowAt(text, index), figure)) return index + start.length - 1;
  }
  return text.length;
}

/**
 * How much of a text the words after a verb of reaching and the closing words are read in: a
 * figure's words fit, and a text of any length is read in linear time (the closing expressions,
 * not anchored at the start, backtrack over each run of digits: 20,000 digits took 9 s).
 */
const WINDOW = 200;

/**
 * A verb of reaching ("reached", "đạt", "ບັນລຸ", "达到", "达"), after which a bound word governs
 * the figure that follows it as it does opening the text ("Exports reached more than US$565
 * million", "Kim ngạch đạt hơn 565 triệu USD", "出口额达到超过5.65亿美元"), with the words of a
 * record or a total between them ("reached a record more than US$1 billion", "reached an all-time
 * high of", "reached a total of", "reached the highest level of", "reached a peak of", "đạt mức kỷ
 * lục hơn", "đạt mức hơn", "ບັນລຸສະຖິຕິໃໝ່", "达到创纪录的"); "reached a level more than …"
 * compares, and states none (a level, a peak, a value, a figure or a mark only before "of").
 */
const REACHED =
  /(?:^| )(?:reach(?:ed|es|ing)?(?: (?:an?|the|its))?(?: (?:new|all-time|historic|record|record-high|high|highest|low|lowest|total))*(?: (?:level|peak|value|figure|mark) of| of)?|đạt(?: (?:mức|con số|ngưỡng))?(?: (?:cao )?kỷ lục(?: mới)?)?)(?= )|(?:达到?|達到?)(?:创纪录的|創紀錄的)?|ບັນລຸ(?:ສະຖິຕິ(?:ໃໝ່)?)?/giu;

/**
 * The noun of a trade figure, after which a bound word governs the figure that follows it as one
 * opening the text: Chinese …额 and …总额 (贸易, 边贸, 外贸, 进出口, 出口, 进口, 交易, 成交; "贸易额超过3亿美元",
 * "中老双边贸易额逾3亿美元", "进出口总额超过…"), maybe with 已, 已经, 首次 or 首度 ("贸易额首次突破
 * 10亿美元"); Vietnamese "kim ngạch" and the words of its trade ("kim ngạch thương mại song phương
 * hơn 1,5 tỷ USD", "kim ngạch vượt 1 tỷ USD"); Lao ມູນຄ່າ and its trade ("ມູນຄ່າການຄ້າຫຼາຍກວ່າ 1
 * ຕື້ໂດລາ"); English "trade", "exports", "imports" or "turnover" only with "of", "worth", "valued
 * at", "totalling" or "amounting to" ("trade of over US$300 million", "trade worth more than…"):
 * "exports more than US$565 million" may compare, and states none. Not 余额 (a balance), nor a
 * noun whose figure is no trade figure's ("trade of over 30 partners", {@link opensFigure}).
 */
const SUBJECT =
  /(?:贸易|貿易|边贸|邊貿|外贸|外貿|进出口|進出口|出口|进口|進口|交易|成交)(?:总|總)?[额額](?:已经?|已經|首次|首度)?|(?:^| )kim ngạch(?: (?:thương mại|xuất nhập khẩu|xuất khẩu|nhập khẩu|song phương|hai chiều|trao đổi|buôn bán))*(?= )|ມູນຄ່າ(?:ການ(?:ຄ້າ|ສົ່ງອອກ|ນຳເຂົ້າ|ນໍາເຂົ້າ))?|(?:^| )(?:trade|exports?|imports?|turnover) (?:of|worth|valued at|totall?ing|amounting to)(?= )/iu;

/** The English verbs of passing a figure ({@link PASSING}, {@link MARK}): "exceeded", "crossed"… */
const PASSING_VERB =
  'exceed(?:ed|s)|surpass(?:ed|es)|topped|passe[ds]|cross(?:ed|es)|(?:went|goes) past';

/**
 * Where an English verb of passing a figure opens ("exceeded", "exceeds", "surpassed",
 * "surpasses", "topped", "passed", "passes", "crossed", "crosses", "went past", "goes past", "in
 * excess of": {@link QUALIFIERS} read it as "over"), anywhere before the text's first figure:
 * "Bilateral trade exceeded US$1 billion", "exports topped US$500 million", "trade passed US$1
 * billion". The verb is the predicate, so unlike "exports more than US$565 million" it compares
 * nothing when a figure follows it; when none does it states none ("exports exceeded imports by
 * US$300 million", "exports passed imports", "surpassed last year's US$1 billion", "exceeded the
 * target of US$1 billion", "crossed the border at US$1 billion"). With "the" after it, the end of
 * such a verb: the figure after it is a mark's only in {@link passedMark}. "hit" is a verb of
 * reaching, and states none.
 */
const PASSING = new RegExp(
  `(?:^| )(?:(?:${PASSING_VERB}) the(?= )|(?=(?:${PASSING_VERB}|in excess of) ))`,
  'iu',
);

/**
 * The Lao words of the pair a word of trade may have after it, up to 6 (a bounded look-behind):
 * "ສອງຝ່າຍ" ("bilateral"), "ສອງປະເທດ" ("two countries"), "ລະຫວ່າງ" ("between"), "ແລະ", "ກັບ" ("and",
 * "with"), "ໄປ", "ຈາກ", "ຂອງ" ("to", "from", "of"), "ສປປ" ("PDR"), "ຊາຍແດນ" ("border": "ການຄ້າ
 * ຊາຍແດນລາວ-ຈີນ") and the names of ASEAN's countries, China, ASEAN and Laos' other large partners
 * (Japan, Korea, the United States, Russia, India, Australia, Europe), maybe joined by "-"
 * ("ການຄ້າລາວ-ຈີນ", "ການສົ່ງອອກຂອງລາວໄປຈີນ").
 */
const LAO_PAIR = `(?: ?-? ?(?:ສອງຝ່າຍ|ສອງປະເທດ|ລະຫວ່າງ|ແລະ|ກັບ|ໄປ|ຈາກ|ຂອງ|ສປປ|ຊາຍແດນ|ລາວ|ຈີນ|ຫວຽດນາມ|ໄທ|ກຳປູເຈຍ|ກໍາປູເຈຍ|ມຽນມາ|ມາເລເຊຍ|ສິງກະໂປ|ອິນໂດເນເຊຍ|ຟິລິບປິນ|ຟີລິບປິນ|ບຣູໄນ|ອາຊຽນ|ຍີ່ປຸ່ນ|ເກົາຫຼີ|ສະຫະລັດ|ອາເມລິກາ|ຣັດເຊຍ|ລັດເຊຍ|ອິນເດຍ|ອົດສະຕຣາລີ|ເອີຣົບ)){0,6}`;

/**
 * Where a Vietnamese, Chinese or Lao verb of passing a figure opens, anywhere before the text's
 * first amount, as {@link PASSING} for English: "vượt", "vượt qua", "vượt quá" ("Xuất khẩu sang
 * Lào vượt 1 tỷ USD", "Thương mại hai nước vượt 1,5 tỷ USD": more than it; "vượt mốc" at least
 * it); 超过 and 突破 right after a word of trade (贸易, 边贸, 外贸, 出口, 进口, 进出口, maybe with 已,
 * 已经, 首次 or 首度: "对老挝出口超过10亿美元", "双边贸易突破10亿美元", "中越边贸突破…"), and ເກີນ and ເກີນກວ່າ right after one
 * (ການຄ້າ, ສົ່ງອອກ, ນຳເຂົ້າ, maybe with the pair after it, {@link LAO_PAIR}: "ການຄ້າສອງຝ່າຍເກີນ 1
 * ຕື້ໂດລາ", "ການຄ້າລາວ-ຈີນເກີນ…", as "Thương mại hai nước vượt…"; not a bare country, "ລາວເກີນ…",
 * nor a word between that is none of the pair's, "ການຄ້າລາວອາດເກີນ…"): a Chinese or Lao
 * verb follows its subject with no space, and after another noun may be another's figure
 * ("发达国家超过5亿美元", "贸易余额超过…"). {@link LEADING} reads the bound after it. A verb
 * followed by no figure states none ("xuất khẩu vượt nhập khẩu 300 triệu USD", "vượt kế hoạch 1
 * tỷ USD", "vượt mục tiêu…", "出口超过进口3亿美元", "ເກີນແຜນການ"), nor one negated or only
 * foreseen a word or two before it ("chưa vượt", "chưa bao giờ vượt", "không thể vượt", "khó
 * vượt", "có thể vượt", "dự kiến vượt", "kỳ vọng", "mong muốn", "phấn đấu", "sẽ", "sắp", "suýt
 * vượt", as "did not exceed", "could exceed" read none; 未超过; "không vượt quá", 不超过 and ບໍ່ເກີນ
 * are upper bounds only opening the text or after a {@link SUBJECT}). "không" of a compound
 * negates nothing (the Sino-Vietnamese 空, "air, sky, void"): after "hàng" that follows a word
 * of aviation ("ngành", "hãng", "dịch vụ", "vận tải", "đường", "cảng", "công ty", "doanh thu":
 * "hàng không", aviation; elsewhere "hàng" may be goods, "Giá trị hàng không vượt…", "Xuất khẩu
 * hàng không vượt…", the goods' value or exports did not exceed: r33a) or "chân" ("chân
 * không", vacuum), and before "khí", "gian", "quân", "phận", "lưu", "vận", "trung", "ảnh" (air,
 * space, air force, airspace, air traffic, air transport, midair, aerial photograph); but
 * "không vượt quá" ("not exceeding", the formula of laws and customs) and "không hề", "không
 * được", "không còn", "không nổi", "không hẳn", "không bao giờ" negate after "hàng" too.
 * Amounts only: a rate after "vượt" ("vượt 10% so với kế hoạch") may be one over a plan, and
 * stays as it was. Left doubtful,
 * and read as none: 逾 after a word of trade ("出口逾10亿美元": a qualifier more than a verb here,
 * as "exports more than US$565 million", which may compare) and ຫຼາຍກວ່າ after a Lao verb of
 * trade ("ສົ່ງອອກຫຼາຍກວ່າ", "exported more than", which English does not read either).
 * {@link BEFORE_FIGURE} tries it at every place of the text: each branch looks ahead for its verb
 * before it looks back, and looks back a bounded way (a word of at most 7 letters, a Vietnamese
 * syllable's most), so a long text is read in linear time. Looking back first over any run of
 * letters took minutes on 200,000 letters (r31f's guard, reverted in 3c689b36).
 */
const PASSING_OTHER = new RegExp(
  `(?= vượt )(?<!(?:(?:(?<!(?:^| )(?:(?<=(?:^| )(?:ngành|hãng|vụ|tải|đường|cảng|ty|thu) )hàng|chân) )không|không(?= (?:vượt quá|hề|được|còn|nổi|hẳn|bao)(?![\\p{L}\\p{M}])))(?! (?:khí|gian|quân|phận|lưu|vận|trung|ảnh)(?![\\p{L}\\p{M}]))|chưa|chẳng|chả|khó|thể|kiến|vọng|mong|muốn|đấu|sẽ|sắp|suýt|giờ)(?: [\\p{L}\\p{M}]{1,7})?) |(?=超过|超過|突破)(?<=(?:贸易|貿易|边贸|邊貿|外贸|外貿|进出口|進出口|出口|进口|進口)(?:已经?|已經|首次|首度)?)|(?=ເກີນ)(?<=(?:ການຄ້າ|ສົ່ງອອກ|ນຳເຂົ້າ|ນໍາເຂົ້າ)${LAO_PAIR} ?)`,
  'iu',
);

/**
 * A verb of reaching ({@link REACHED}), a figure's subject ({@link SUBJECT}) or a verb of passing
 * ({@link PASSING}); before an amount, {@link PASSING_OTHER} too.
 */
const BEFORE_FIGURE = {
  rate: new RegExp(`${REACHED.source}|${SUBJECT.source}|${PASSING.source}`, 'giu'),
  amount: new RegExp(
    `${REACHED.source}|${SUBJECT.source}|${PASSING.source}|${PASSING_OTHER.source}`,
    'giu',
  ),
};

/** A figure's words: its number or sign and number, then numbers, scales and currencies. */
const FIGURE_WORDS =
  '\\S+(?: (?:[\\p{Nd}.,]+|thousand|million|billion|trillion|bn|mn|usd|us dollars?|dollars?))*';

/**
 * A figure and a mark's noun after it ("US$1 billion mark", "1 tỷ USD threshold"), maybe after a
 * verb of passing written without "the" ("crossed US$1 billion mark"): the figure's words (a
 * number, a currency, a scale) and no other before "mark", "threshold" or "milestone".
 */
const MARK = new RegExp(
  `^(?:(?:${PASSING_VERB}) )?(${FIGURE_WORDS}) (?:mark|threshold|milestone)(?![\\p{L}\\p{M}])`,
  'iu',
);

/**
 * The English words that open another phrase after a figure, not a noun's modifier ({@link
 * PASSED_NOUN}): "as", "amid", "despite", "with", "and"…
 */
const LINKING_WORDS =
  'as|and|but|or|nor|so|yet|in|on|at|by|for|from|with|without|amid|amidst|despite|after|before|while|whilst|of|to|into|under|through|since|when|than|thanks|via|including|plus|the|a|an';

/**
 * An English verb of passing ({@link PASSING}) whose object is a noun the figure after it
 * describes, not the figure: "The committee passed US$1.2 billion budget", "exceeded US$1 billion
 * target", "passes US$500 million aid package" (a budget, a target, a loan, a deal, a plan…, maybe
 * after one more word, not one of {@link LINKING_WORDS}: "Exports topped US$500 million as orders
 * surged" is more than it). The verb compares nothing, and states none.
 */
const PASSED_NOUN = new RegExp(
  `^(?:${PASSING_VERB}) ${FIGURE_WORDS}(?: (?!(?:${LINKING_WORDS})(?![\\p{L}\\p{M}-]))[\\p{L}\\p{M}-]+)? (?:budgets?|targets?|goals?|loans?|deals?|packages?|bills?|plans?|funds?|contracts?|grants?|credits?|bonds?|orders?|agreements?|projects?|programm?es?|programs?|schemes?|tenders?|facilit(?:y|ies))(?![\\p{L}\\p{M}])`,
  'iu',
);

/**
 * `'at-least'` when the words after "passed the", "crossed the", "exceeded the", "topped the"…
 * ({@link PASSING}) are an amount and the mark it is ("trade passed the US$1 billion mark"): a mark
 * passed is at least the figure, as "vượt mốc" and 突破 are ({@link OTHER_BOUNDS}); "exceeded the
 * US$1 billion target" and "topped the list at US$1 billion" state none.
 */
function passedMark(text: string, figure: 'amount' | 'rate'): 'at-least' | undefined {
  if (figure !== 'amount') return undefined;
  const amount = MARK.exec(text)?.[1];
  return amount !== undefined && opensFigure(amount, figure) ? 'at-least' : undefined;
}

/**
 * What opens a clause: a comma (not a number's), a semicolon, 、 or "and" (en, vi, zh). A bound
 * word opening one before the text's first amount governs it as one opening the text: "more than
 * 5 million tonnes, more than US$1.5 billion", "hơn 5 triệu tấn, hơn 1,5 tỷ USD",
 * "超过500万吨，超过15亿美元" (the count is no figure, {@link countsThings}).
 */
const CLAUSE = /,(?!\p{Nd}) ?|[;，；、] ?| (?:and|và) |和/gu;

/**
 * The bound on a fall's size that each bound on a negative rate states: "more than -5%" (above
 * −5 %) is a fall of less than 5 % or a rise, "less than -5%" a fall of more than 5 %.
 */
const BEYOND_ZERO: Readonly<Record<StatedBound, StatedBound>> = {
  'at-least': 'at-most',
  'more-than': 'less-than',
  'at-most': 'at-least',
  'less-than': 'more-than',
};

/**
 * The bound on a rate's size that a bound on the figure states: the other one for a rate written
 * with a minus sign ("more than -5%", "-5% or more"), as the model reads a fall on its size.
 */
function signed(bound: StatedBound, figure: string, kind: 'amount' | 'rate'): StatedBound {
  return kind === 'rate' && figure.startsWith('-') ? BEYOND_ZERO[bound] : bound;
}

/**
 * The bound a word opening the text states when the figure follows it ({@link opensFigure}) and
 * describes no other noun ({@link DESCRIBES_NOUN}); "about" and its like state none, and "nearly"
 * `'nearly'` (the upper bound `'less-than'` of the rate's size whatever its sign).
 */
function leadingBound(text: string, figure: 'amount' | 'rate'): StatedBound | 'nearly' | undefined {
  const { rest, kind } = takeLeading(text, LEADING);
  if (kind === undefined || kind === 'approximate' || !opensFigure(rest, figure)) return undefined;
  if (DESCRIBES_NOUN.test(rest)) return undefined;
  return kind === 'nearly' ? 'nearly' : signed(kind, rest, figure);
}

/**
 * A Chinese figure closed by 的 before a noun it describes: "超过3亿美元的企业" (companies of more
 * than 300 million), "进出口总额超过3亿美元的项目", "增长超过10%的国家", "超过3亿美元的出口企业". Its
 * bound is a threshold of what the noun names, a relative clause's, not the trade figure's. Before
 * the trade figure's own noun (its value, exports or imports, not an exporter), a mark or a level
 * ("超过3亿美元的贸易额", "超过10亿美元的出口", "…的进出口总值", "突破10亿美元的大关", "…的里程碑",
 * "3亿美元的规模", "超过10%的增长") the figure is the trade's, and its bound stands.
 */
const DESCRIBES_NOUN = new RegExp(
  `^[\\p{Nd}.,．，〇零一二两兩三四五六七八九十百千万萬亿億多余餘 ]*(?:${OTHER_CURRENCY_NAMES}|元|[A-Z]{3}|[%％])? ?(?:以上)?的(?![^，。；、,; ]{0,4}?(?:[额額]|贸易|貿易|总值|總值|[进進]?出口(?=$|[额額总總，。；、,;.)）])|[进進]口(?=$|[额額总總，。；、,;.)）])|规模|規模|水平|大关|大關|关口|關口|台阶|臺階|里程碑|新高|高位|纪录|紀錄|记录|記錄|增长|增長|增幅|增速|涨幅|漲幅|降幅|跌幅))`,
  'u',
);

/**
 * The Vietnamese nouns of companies, goods items, products and projects {@link HELD} holds a
 * figure after: "doanh nghiệp", "công ty", "mặt hàng", "nhóm hàng", "sản phẩm", "dự án".
 */
const HOLDER_VI = 'doanh nghiệp|công ty|mặt hàng|nhóm hàng|sản phẩm|dự án';

/**
 * A word of a Vietnamese clause {@link HELD} holds after {@link HOLDER_VI} (at most 8: a word is
 * a syllable, "đạt kim ngạch xuất khẩu", "có kim ngạch xuất khẩu sang Lào"), none of the pair's
 * words ("hai nước", "hai bên", "song phương") nor a verb of saying ("cho biết", "đánh giá",
 * "nhận định"): "Cộng đồng doanh nghiệp đánh giá thương mại hai nước vượt 1 tỷ USD" is the
 * pair's trade.
 */
const CLAUSE_WORD_VI =
  '(?: (?!hai nước|hai bên|song phương|cho biết|đánh giá|nhận định)[\\p{L}\\p{M}]+)';

/**
 * The names of Laos' provinces ({@link HELD}: "ແຂວງຫຼວງນ້ຳທາທີ່ມີ…", Luang Namtha province, which
 * has…), with ຳ written either way (ນ້ຳ, ນໍ້າ).
 */
const LAO_PROVINCES =
  'ຜົ້ງສາລີ|ຜົງສາລີ|ຫຼວງນ(?:້ຳ|ໍ້າ)ທາ|ອຸດົມໄຊ|ບໍ່ແກ້ວ|ຫຼວງພະບາງ|ຫົວພັນ|ໄຊຍະບູລີ|ຊຽງຂວາງ|ວຽງຈັນ|ບໍລິຄ(?:ຳ|ໍາ)ໄຊ|ຄ(?:ຳ|ໍາ)ມ່ວນ|ສະຫວັນນະເຂດ|ສາລະວັນ|ເຊກອງ|ຈ(?:ຳ|ໍາ)ປາສັກ|ອັດຕະປື|ໄຊສົມບູນ';

/**
 * What makes the trade figure's noun or verb after it another's than the statement's: a company,
 * a product, a project, a province… and "with", "whose", "having", "that have" ("companies with
 * trade of more than US$300 million", "firms whose exports exceeded US$300 million"; not a
 * province said of its subject, "Lao Cai is a province with…", "… is also, became, remains a…",
 * "Lao Cai, a border province with…": its trade; provinces are many, ", the provinces with…" a cut-off), Vietnamese
 * "có" or "với" ("doanh nghiệp có kim ngạch trên 300 triệu USD", "các mặt hàng có kim ngạch…"),
 * Lao ທີ່ມີ ("that have") after a company, an enterprise, a business, a project, a product or a
 * province ("ບໍລິສັດທີ່ມີມູນຄ່າການຄ້າ…"; not a named one, {@link LAO_PROVINCES}: "ແຂວງຫຼວງນ້ຳທາທີ່ມີ
 * ມູນຄ່າການຄ້າ…" is Luang Namtha's trade; a Vietnamese province is {@link held}'s); as after "whose", a few words may follow them before a
 * verb of passing ("doanh nghiệp có xuất khẩu vượt 1 tỷ USD", "ບໍລິສັດທີ່ມີການສົ່ງອອກເກີນ…"). A
 * relative clause: its figure is a threshold of them. Vietnamese writes one without "có" too
 * ({@link HOLDER_VI}, a few words: "Các doanh nghiệp xuất khẩu vượt 1 tỷ USD", "Những công ty
 * xuất khẩu sang Lào vượt…"), but not after "của" (of: "Xuất khẩu của các doanh nghiệp vượt…" is
 * their exports) nor with a country or "của" right after the noun ("Doanh nghiệp Việt Nam xuất
 * khẩu sang Lào vượt…", "doanh nghiệp hai nước": all of them, the pair's trade); Chinese after
 * a count of companies, projects or products ("有20家企业的出口超过1亿美元", "20家企业出口超过…"); Lao after ທີ່
 * ("that") right before a verb of trade, maybe with ໄດ້ and the pair after it ({@link LAO_PAIR}:
 * "ບໍລິສັດທີ່ສົ່ງອອກເກີນ…", "ບໍລິສັດທີ່ສົ່ງອອກໄປຈີນເກີນ…", "ສິນຄ້າທີ່ສົ່ງອອກ
 * ເກີນ…": companies, goods that export more than…), not after ມູນຄ່າ ("value": "ມູນຄ່າສິນຄ້າທີ່ສົ່ງອອກ
 * ເກີນ 1 ຕື້ໂດລາ", the value of the goods exported, is the trade's). Not a country, a partner, a market nor goods
 * with "with" or "có", which may be the pair or its trade ("Vietnam and Laos, two countries with
 * trade of more than US$1 billion"), and "Laos, with exports of over US$500 million", "Hai nước
 * có kim ngạch…" (the two countries have), "ສອງປະເທດທີ່ມີ…" are the pair's own trade.
 */
const HELD = new RegExp(
  `(?:(?:^| )(?:compan(?:y|ies)|firms?|enterprises?|business(?:es)?|exporters?|importers?|traders?|producers?|manufacturers?|investors?|projects?|products?|items?|provinces|(?<!(?:(?<![\\p{L}\\p{M}])(?:is|was|becomes?|became|remains?|remained)(?: (?:also|now|still))?|,) (?:a|the)(?: [\\p{L}\\p{M}-]+)? )province|sectors?|industr(?:y|ies))(?: [\\p{L}\\p{M}'’-]+){0,2} (?:with|whose|having|(?:that|which) (?:have|has|had))(?: [\\p{L}\\p{M}'’-]+){0,3}|(?:^| )(?:${HOLDER_VI})(?: [\\p{L}\\p{M}]+){0,3} (?:có|với)${CLAUSE_WORD_VI}{0,8}|(?<!của(?: các| những)?)(?:^| )(?:${HOLDER_VI})(?! (?:việt nam|lào|trung quốc|hai nước|hai bên|của))${CLAUSE_WORD_VI}{0,8}|(?:\\p{Nd}+|多|几|數|数)(?:家|个|個)(?:企业|企業|公司|项目|項目|产品|產品|商品)[\\p{L}\\p{M}]{0,8}|(?:ບໍລິສັດ|ວິສາຫະກິດ|ທຸລະກິດ|ໂຄງການ|ຜະລິດຕະພັນ|ແຂວງ(?! ?(?:${LAO_PROVINCES})))[\\p{L}\\p{M}]{0,12} ?ທີ່ ?ມີ[\\p{L}\\p{M} ]{0,20}|(?<!ມູນຄ່າ ?(?:ສິນຄ້າ ?)?)ທີ່ ?(?:ໄດ້ ?)?(?:ສົ່ງອອກ|ນຳເຂົ້າ|ນໍາເຂົ້າ)${LAO_PAIR} ?)$`,
  'iu',
);

/**
 * A Vietnamese province's or locality's clause, as {@link HELD}'s of a company ("tỉnh có kim
 * ngạch trên 1 tỷ USD", provinces with trade of more than…): `plural` the word of many before it
 * ("các", "những", a number), `words` those between it and "có" or "với".
 */
const PROVINCE_HELD = new RegExp(
  `(?:^| )(?<plural>(?:các|những|nhiều|mọi|một số|vài|mấy|\\p{Nd}+) )?(?:tỉnh|địa phương)(?<words>(?: [\\p{L}\\p{M}]+){0,3}) (?:có|với)${CLAUSE_WORD_VI}{0,8}$`,
  'iu',
);

/**
 * The countries a province may be of ({@link NAMED_PROVINCE}: "các tỉnh Lào", Lao provinces, is no
 * province's name).
 */
const COUNTRY_VI =
  /(?<![\p{L}\p{M}])(?:Lào|Trung Quốc|Việt Nam|Thái Lan|Campuchia|Cam-pu-chia|Myanmar)(?![\p{L}\p{M}])/gu;

/**
 * A province named among {@link PROVINCE_HELD}'s words, their countries ({@link COUNTRY_VI}) left
 * out: a capital ("tỉnh Lào Cai", "tỉnh biên giới Quảng Trị"), or "này", "đó", "ấy", "nhà" first
 * ("tỉnh này", this province). Case-sensitive.
 */
const NAMED_PROVINCE = /^ (?:này|đó|ấy|nhà)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])\p{Lu}/u;

/**
 * Capitals or "đây" (this) and "là" or "trở thành" (became) before a province, maybe an adverb or
 * two between: "Lào Cai là tỉnh có…", "Đây là tỉnh có…", "Lào Cai cũng là tỉnh có…", "Lạng Sơn
 * hiện là…", "Lào Cai đã trở thành tỉnh có…" (not "không phải là", is not). Case-sensitive.
 */
const NAMED_BEFORE =
  /(?:^| )(?:\p{Lu}[\p{L}\p{M}]{0,12}(?: \p{Lu}[\p{L}\p{M}]{0,12}){0,3}|đây)(?: (?:cũng|hiện|nay|vẫn|luôn|đã|đang|tiếp tục)){0,2} (?:là|trở thành)$/u;

/**
 * Whether the words before a verb make its figure another's than the statement's: {@link HELD}'s,
 * or {@link PROVINCE_HELD}'s when the province is none named ({@link NAMED_PROVINCE},
 * {@link NAMED_BEFORE}): "Tỉnh Lào Cai có kim ngạch đạt hơn 1 tỷ USD", "Lào Cai là tỉnh có…",
 * "Tỉnh này có…" are the province's trade (r33a), "Các tỉnh có kim ngạch vượt…" a cut-off.
 */
function held(before: string): boolean {
  if (HELD.test(before)) return true;
  const province = PROVINCE_HELD.exec(before);
  if (province === null) return false;
  const { plural, words = '' } = province.groups ?? {};
  if (plural !== undefined) return true;
  return (
    !NAMED_PROVINCE.test(words.replace(COUNTRY_VI, '')) &&
    !NAMED_BEFORE.test(before.slice(0, province.index))
  );
}

/**
 * The words of trade in en, vi, zh and lo: a clause's figure is the trade's ({@link OWN_FIGURE}).
 * 贸 and 貿 alone: 贸易, and 外贸, 经贸, 边贸 ("foreign, economic, border trade").
 */
const TRADE_WORDS =
  'trade|export|import|turnover|commerce|shipment|sales|kim ngạch|xuất khẩu|nhập khẩu|thương mại|giao thương|buôn bán|mậu dịch|trao đổi|hàng hóa|hàng hoá|贸|貿|出口|进口|進口|交易|成交|ການຄ້າ|ສົ່ງອອກ|ນຳເຂົ້າ|ນໍາເຂົ້າ|ສິນຄ້າ';

/**
 * The words before a noun that make it no clause's subject ({@link OWN_FIGURE}): a preposition
 * ("under the agreement", "theo kế hoạch", "按照计划", "ຕາມສັນຍາ") or a verb whose object it is
 * ("thực hiện hiệp định", "完成计划"). Latin words whole; Chinese and Lao ones anywhere. Not one
 * before a year or a number of months ("In 2024 the budget…", "Trong năm 2024 ngân sách…",
 * "在2024年全省预算…", "ໃນປີ 2024 ງົບປະມານ…": a time, the noun still the subject).
 */
const NOT_SUBJECT =
  '(?<![\\p{L}\\p{M}])(?:under|in|within|with|by|per|according|as|through|via|from|to|for|on|at|after|before|between|despite|amid|during|following|across|into|than|beyond|over|since|throughout|towards?|against|without|theo|trong|khuôn khổ|thực hiện|triển khai|hoàn thành|nhờ|với|từ|qua|cho|về|bằng|dưới|ngoài|vượt|đạt)(?![\\p{L}\\p{M}])(?! (?:năm )?\\p{Nd})|按|依|据|據|在(?!\\p{Nd})|于(?!\\p{Nd})|於(?!\\p{Nd})|通过|通過|随着|隨著|对|對|经|經|完成|落实|落實|执行|執行|实施|實施|实现|實現|超额|超額|带动|帶動|ຕາມ|ພາຍໃຕ້|ໃນ(?! ?(?:ປີ ?)?\\p{Nd})|ໂດຍ|ຈາກ|ສຳລັບ|ສໍາລັບ|ດ້ວຍ|ປະຕິບັດ';

/**
 * What ends a clause before a verb ({@link OWN_FIGURE}): a comma, a semicolon, a colon, 、, a
 * sentence's end ("!", "?", 。, ！, ？ and a {@link FULL_STOP}).
 */
const CLAUSE_END = ',;:，；：、。！？!?';

/**
 * A full stop that ends a sentence ({@link CLAUSE_END}): "." before a space, maybe after a closing
 * quote or bracket, and not after a letter alone, an abbreviation's ("U.S.", "Lao P.D.R."), nor in
 * a number ("US$1.5 billion"): "The budget was approved. Bilateral flows topped US$1 billion".
 * Nor an ellipsis ("...", as "…") or "etc.", which end a list more often than a sentence:
 * "Vốn vay ODA... đạt hơn 500 tỷ đồng", "Loans, grants etc. topped…" are the loans'.
 */
const FULL_STOP = `(?<!(?:^|[ .])\\p{L}|\\.|(?<![\\p{L}\\p{M}])etc)\\.(?=["'”’)]? )`;

/**
 * A character of a clause ({@link CLAUSE_END}, {@link FULL_STOP}) that opens no word of trade
 * ({@link TRADE_WORDS}).
 */
const NO_TRADE = `(?:(?!${TRADE_WORDS}|${FULL_STOP})[^${CLAUSE_END}])`;

/**
 * The nouns of a sum of money of its own ({@link OWN_FIGURE}): a budget, a target, a goal, a plan,
 * a loan, a fund, a grant, aid, a credit, a bond, an order, a contract, a package; of trade too
 * ({@link OF_TRADE_BEFORE}, {@link OF_TRADE_AFTER}: "the trade budget").
 */
const OWN_MONEY =
  '(?<![\\p{L}\\p{M}])(?:budgets?|targets?|goals?|plans?|loans?|funds?|grants?|credits?|bonds?|orders?|contracts?|packages?|ngân sách|mục tiêu|chỉ tiêu|kế hoạch|khoản vay|vốn vay|quỹ|khoản tài trợ|viện trợ|tín dụng|trái phiếu|đơn hàng|hợp đồng|gói (?:hỗ trợ|tín dụng|thầu|kích cầu|kích thích))(?![\\p{L}\\p{M}])|预算|預算|目标|目標|计划|計劃|贷款|貸款|基金|援助|赠款|贈款|信贷|信貸|债券|債券|订单|訂單|合同|ງົບປະມານ|ເປົ້າໝາຍ|ຄາດໝາຍ|ແຜນການ|ເງິນກູ້|ກອງທຶນ|ການຊ່ວຍເຫຼືອ|ສິນເຊື່ອ|ພັນທະບັດ';

/**
 * The nouns of what may make trade ({@link OWN_FIGURE}): an agreement, a deal, a bill, a project,
 * a programme, a scheme, a tender. Not of trade: "Hiệp định thương mại giúp hai nước đạt hơn 1 tỷ
 * USD" (the trade agreement helped the two countries reach…) is the trade's.
 */
const OWN_CAUSE =
  '(?<![\\p{L}\\p{M}])(?:agreements?|deals?|bills?|projects?|programm?es?|programs?|schemes?|tenders?|thỏa thuận|thoả thuận|hiệp định|dự luật|dự án|chương trình|đề án)(?![\\p{L}\\p{M}])|协议|協議|协定|協定|项目|項目|方案|ສັນຍາ|ຂໍ້ຕົກລົງ|ໂຄງການ';

/**
 * The words of trade that name a budget, a plan, an order… ({@link OWN_FIGURE}) before its noun,
 * as English and Chinese write them: "the trade budget", "the foreign-trade budget", "export
 * promotion budget", "the export-import budget", "export orders", "对外贸易预算", "外贸预算". A
 * budget of trade is a budget, not the trade; a plan's fulfilment (完成, 执行, 落实, 实施, 实现
 * after the noun: "外贸计划完成情况达到超过…") is the trade's.
 */
const OF_TRADE_BEFORE =
  '(?<![\\p{L}\\p{M}])(?:(?:foreign|cross-border|border|bilateral|two-way|international)[- ])?(?:trade|exports?|imports?)(?:-(?:exports?|imports?))?(?:[- ](?:promotion|development|support|finance))?[- ]|(?:对外|對外)?(?:贸易|貿易|外贸|外貿|边贸|邊貿|经贸|經貿|进出口|進出口|出口|进口|進口)(?:促进|促進|发展|發展|专项|專項)?';

/**
 * The words of trade that name a budget, a plan, an order… ({@link OWN_FIGURE}) after its noun,
 * as Vietnamese, Lao and English write them: "ngân sách xúc tiến thương mại", "ngân sách cho xuất
 * khẩu", "đơn hàng xuất khẩu", "ງົບປະມານການຄ້າ", "ງົບປະມານສົ່ງເສີມການຄ້າ", "the budget for trade
 * promotion". A word of trade past them is the trade's ("Chương trình xúc tiến thương mại giúp
 * xuất khẩu vượt…").
 */
const OF_TRADE_AFTER =
  ' (?:(?:dành )?cho |xúc tiến |hỗ trợ |phát triển |về )?(?:xuất nhập khẩu|xuất khẩu|nhập khẩu|thương mại|giao thương|mậu dịch|buôn bán)(?![\\p{L}\\p{M}])| for (?:the )?(?:(?:foreign|cross-border|border|bilateral) )?(?:trade|exports?|imports?)(?: promotion| development| support)?(?![\\p{L}\\p{M}])| ?(?:(?:ສຳລັບ|ສໍາລັບ) ?)?(?:(?:ສົ່ງເສີມ|ພັດທະນາ) ?)?(?:ການຄ້າ|ການສົ່ງອອກ|ການນຳເຂົ້າ|ການນໍາເຂົ້າ|ສົ່ງອອກ|ນຳເຂົ້າ|ນໍາເຂົ້າ)';

/**
 * Where a verb of reaching or of passing ({@link BEFORE_FIGURE}) is a figure's of its own, no
 * trade's: its clause's subject (a noun at most 24 characters after the text's start or a
 * {@link CLAUSE_END}, a sentence's end too: "The budget was approved. Bilateral flows topped US$1
 * billion" is the trade's, "Exports grew. The budget topped…" the budget's; with no
 * {@link NOT_SUBJECT} word before it, and at most 60 characters
 * before the verb: the look-behind is bounded, linear in the text) is a budget, a target, a
 * plan, a loan, a fund, a grant, a credit, a bond, an order, an agreement, a contract, a
 * package, a project, a programme or a scheme (the kinds of {@link PASSED_NOUN}'s object:
 * {@link OWN_MONEY}, {@link OWN_CAUSE}), and
 * the clause has no word of trade ({@link TRADE_WORDS}): "The budget topped US$500 million",
 * "The loan reached more than US$1 billion", "Ngân sách tỉnh vượt 500 tỷ đồng", "Thu ngân sách
 * tỉnh đạt hơn…", "Khoản vay ưu đãi vượt…", "全省预算达到超过50亿元", "贷款总额达到超过…",
 * "ງົບປະມານແຂວງບັນລຸຫຼາຍກວ່າ 500 ຕື້ກີບ" state no bound of the trade. A noun after a preposition
 * or a verb is none ("Shipments under the agreement exceeded…", "Giao thương hai nước theo hiệp
 * định vượt…", "Hai nước thực hiện kế hoạch đạt hơn…", "按照计划中老经贸往来达到超过…",
 * "ການແລກປ່ຽນສິນຄ້າ…ຕາມສັນຍາບັນລຸ…": the trade's, r33a), nor is one more than 24 characters into
 * its clause. A word of trade in the clause makes its figure the trade's ("Nhờ ngân sách hỗ trợ
 * xuất khẩu vượt 1 tỷ USD", "预算内出口超过…", "ການຄ້າຕາມແຜນການບັນລຸ…"), but not one that names a
 * sum of money's noun ({@link OWN_MONEY}, {@link OF_TRADE_BEFORE}, {@link OF_TRADE_AFTER}): the
 * trade's budget is a budget ("对外贸易预算达到超过…", "The trade budget topped…", "Ngân sách xúc
 * tiến thương mại vượt…", "Export orders topped…", "ງົບປະມານການຄ້າບັນລຸ…": none; an agreement's or a
 * programme's of trade, {@link OWN_CAUSE}, is the trade's).
 * Sticky, tried at the verb's place, and at a {@link CLAUSE} mark before a bound word: "Ngân sách
 * tỉnh, hơn 500 tỷ đồng", "全省预算，超过50亿元" (the figure in apposition to the budget).
 */
const OWN_FIGURE = new RegExp(
  `(?<=(?:^|[${CLAUSE_END}]|${FULL_STOP})(?:(?!${TRADE_WORDS}|${NOT_SUBJECT}|${FULL_STOP})[^${CLAUSE_END}]){0,24}(?:(?<before>(?:${OF_TRADE_BEFORE})(?!(?:${OWN_MONEY})(?:完成|执行|執行|落实|落實|实施|實施|实现|實現)))?(?:${OWN_MONEY})(?<after>${OF_TRADE_AFTER})?|${OWN_CAUSE})(?<window>${NO_TRADE}{0,60}))`,
  'iuy',
);

/**
 * The verbs by which a budget, a plan, a credit… of trade ({@link OWN_FIGURE}) makes trade, as an
 * agreement does ({@link OWN_CAUSE}): it helps, enables another subject to the figure
 * ("Kế hoạch xúc tiến thương mại giúp hai nước đạt hơn 1 tỷ USD", "The trade promotion plan helped
 * the two countries reach…", "外贸计划带动中老往来达到超过…", "ແຜນການສົ່ງເສີມການຄ້າຊ່ວຍໃຫ້ສອງປະເທດ
 * ບັນລຸ…"). Not "nâng", "đưa" alone, nor "lift", "boost", "push", "drive", which a budget
 * undergoes as often ("Ngân sách … được nâng lên hơn…", "The trade budget was lifted and reached…"
 * are the budget's).
 */
const HELPING =
  /(?<![\p{L}\p{M}])(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|giúp|góp phần|tạo điều kiện|thúc đẩy)(?![\p{L}\p{M}])|带动|帶動|推动|推動|拉动|拉動|助力|帮助|幫助|促使|ຊ່ວຍໃຫ້|ເຮັດໃຫ້|ຊຸກຍູ້/iu;

/**
 * Whether the verb at `index` of the text is a figure's of its own ({@link OWN_FIGURE}); a budget's
 * of trade not when it helps another subject to the figure ({@link HELPING}).
 */
function ownFigure(text: string, index: number): boolean {
  OWN_FIGURE.lastIndex = index;
  const own = OWN_FIGURE.exec(text);
  if (own === null) return false;
  const { before, after, window = '' } = own.groups ?? {};
  return (before ?? after) === undefined || !HELPING.test(window);
}

/**
 * The words {@link leadingBound} looks for, in the order it takes them (the first that opens the
 * text): "about" and the lower bounds, "nearly" and its like, the Lao and Chinese lower bounds,
 * the upper bounds. One list, so that the start of each text is lowered once.
 */
const LEADING: readonly (readonly [string, Qualifier | UpperBound | 'nearly'])[] = [
  ...QUALIFIERS,
  ...NEARLY.map(([word]) => [word, 'nearly'] as const),
  ...OTHER_BOUNDS,
  ...UPPER_BOUNDS,
];

/**
 * The lower bound a published figure's text states ({@link readStatedBound}): `'at-least'`,
 * `'more-than'`, or undefined (no bound, or an upper one). Statements record what it reads (an
 * amount's `bound`, a rate's `rounding: 'truncate'`), and what reads them reads that.
 *
 * @param figure - what the text is: an amount (the default) or a rate (a growth rate, a share)
 */
export function readBound(
  text: string,
  figure: 'amount' | 'rate' = 'amount',
): LowerBound | undefined {
  const stated = readStatedBound(text, figure);
  return stated === 'at-least' || stated === 'more-than' ? stated : undefined;
}

/** The words {@link takeQualifier} takes: "about", the lower bounds, "nearly" and its like. */
const QUALIFIED: readonly (readonly [string, Qualifier | 'less-than'])[] = [
  ...QUALIFIERS,
  ...NEARLY,
];

/**
 * Removes a leading qualifier ("about", "more than", "khoảng", …) and says which it was; "nearly"
 * and its like ({@link NEARLY}) are "about".
 */
export function takeQualifier(text: string): { rest: string; qualifier?: Qualifier } {
  const { rest, kind } = takeLeading(text, QUALIFIED);
  if (kind === undefined) return { rest };
  return { rest, qualifier: kind === 'less-than' ? 'approximate' : kind };
}

/**
 * The text without its opening qualifier ({@link takeQualifier}) or a closing "or more", "or
 * above", "and above" or "trở lên" (the figure or more, `'at-least'`, as {@link readStatedBound}
 * reads them), and which it was; a reason when the text has both ("about US$5 million or more").
 */
function takeQualifiers(text: string): { rest: string; qualifier?: Qualifier } | string {
  const closer = / (?:or more|or above|and above|trở lên)$/iu.exec(text);
  const open = closer === null ? text : text.slice(0, closer.index);
  const taken = takeQualifier(open);
  if (closer === null) return taken;
  const { rest, qualifier } = taken;
  if (qualifier === undefined) return { rest, qualifier: 'at-least' };
  const words = open.slice(0, open.length - rest.length).trim();
  return `it has two qualifiers, ${quoteInput(words)} and ${quoteInput(closer[0].trim())}`;
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
  const qualified = takeQualifiers(normalized);
  if (typeof qualified === 'string') return qualified;
  const { qualifier } = qualified;
  let rest = qualified.rest;
  let currency: string | undefined;
  const prefix = SIGN.exec(rest);
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
  const qualified = takeQualifiers(rest);
  if (typeof qualified === 'string') return qualified;
  const { qualifier } = qualified;
  rest = qualified.rest;
  const sign = /^([+-]) ?/u.exec(rest);
  if (sign !== null) {
    const signDirection = sign[1] === '-' ? -1 : 1;
    if (direction !== 0 && direction !== signDirection) {
      return `the words say ${direction > 0 ? 'up' : 'down'} but the sign says ${sign[1]}`;
    }
    if (signDirection < 0 && qualifier !== undefined && qualifier !== 'approximate') {
      return 'a lower bound on a negative rate is an upper bound on the fall (at most its size, or a rise), which the model does not represent';
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
