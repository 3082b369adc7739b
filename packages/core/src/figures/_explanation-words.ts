/**
 * What the reconciliation's explanations are written from: the words of each sentence form
 * ({@link ExplanationWords}: templates of already written values) and the writer of the values
 * themselves ({@link ExplanationValues}: amounts, intervals, rates, names). `reconcile` writes in
 * English ({@link ENGLISH_EXPLAINING}); `bilateral report --locale` gives its own words and values.
 *
 * @packageDocumentation
 */

import type { Decimal } from '../_internal/decimal.js';
import { possessive } from '../_internal/possessive.js';
import { inferScale, writeAmount, writeStated } from './_describe.js';
import {
  about,
  amountIn,
  capitalize,
  intervalIn,
  partyName,
  quantity,
  rateShort,
  rateWithInterval,
  shareText,
  shareWithInterval,
} from './_explain.js';
import { noYearBefore, type Subject } from './_reconcile-index.js';
import type { AmountFigure } from './figure.js';
import { formatInterval } from './format-interval.js';
import type { Interval } from './interval.js';
import type { PublishedAmount, Scale } from './published-amount.js';
import type { PublishedRate } from './published-rate.js';

/**
 * The words of the explanations of the relations the report shows (consistent or inconsistent)
 * and of the implied values, one template per sentence form; every argument is already written
 * ({@link ExplanationValues}). A `cannot-check` relation is written from them when its earlier
 * level or its whole is missing (and can be implied, or neither is stated), a growth has no year
 * before, or a balance claim has no levels; an error's message stays English.
 */
export interface ExplanationWords {
  /** A flow's name inside a sentence: "exports". */
  readonly subjects: Readonly<Record<Subject, string>>;
  /** A flow's name starting a sentence: "Exports". */
  readonly subjectsFirst: Readonly<Record<Subject, string>>;
  /** "Vietnam's exports to ASEAN", from the two parties' names. */
  readonly flow: Readonly<Record<Subject, (owner: string, other: string) => string>>;
  /** The partner `WLD`: "the world". */
  readonly world: string;
  /** A stated rate's change without its sign: "up 6.4 %". */
  readonly direction: {
    readonly up: (change: string) => string;
    readonly down: (change: string) => string;
    readonly unchanged: string;
  };
  /** The verb after a flow's growth: "implies" (turnover), "imply" (exports, imports). */
  readonly implies: Readonly<Record<Subject, string>>;
  /** How a stated interval sits against the derived one; `insideIt` where a verb needs its object. */
  readonly placement: {
    readonly inside: string;
    readonly insideIt: string;
    readonly contains: string;
    readonly overlaps: string;
  };
  /** A stated interval outside the derived one, by `gap`. */
  readonly outside: {
    readonly above: (gap: string) => string;
    readonly below: (gap: string) => string;
  };
  /** Percentage points: "1 point", "2.5 points". */
  readonly points: {
    readonly one: (points: string) => string;
    readonly other: (points: string) => string;
  };
  /** The end of a sentence: ": consistent." with a loose check's note. */
  readonly consistent: (note: string) => string;
  /** ": inconsistent — the figures differ by …, more than the … their rounding can explain." */
  readonly inconsistent: (deviation: string, tolerance: string, note: string) => string;
  /** A loose check's note: the coarsest figure, given to `step` (rounded or truncated). */
  readonly loose: {
    readonly nearest: (subject: string, amount: string, step: string) => string;
    readonly truncated: (subject: string, amount: string, step: string) => string;
  };
  readonly partsSum: (
    exports: string,
    imports: string,
    sum: string,
    turnover: string,
    placement: string,
    ending: string,
  ) => string;
  readonly growthLevels: (
    subject: string,
    current: string,
    period: string,
    prior: string,
    earlier: string,
    implied: string,
    stated: string,
    placement: string,
    ending: string,
  ) => string;
  readonly growthComponents: (
    turnover: string,
    turnoverChange: string,
    turnoverRate: string,
    earlier: string,
    previousTurnover: string,
    exports: string,
    exportsChange: string,
    previousExports: string,
    imports: string,
    importsChange: string,
    previousImports: string,
    together: string,
    relation: string,
    ending: string,
  ) => string;
  /** The previous totals: overlapping, or `gap` apart. */
  readonly previous: { readonly overlap: string; readonly apart: (gap: string) => string };
  readonly share: (
    subject: string,
    part: string,
    whole: string,
    total: string,
    implied: string,
    stated: string,
    placement: string,
    ending: string,
  ) => string;
  /** A growth in the year 1, which has no year before: no earlier level to check it against. */
  readonly growthFirstYear: (flow: string, stated: string, period: string) => string;
  /** Growths of the parts in the year 1: no previous levels can be implied. */
  readonly previousFirstYear: (period: string) => string;
  /** A growth with neither level stated (`period` and `earlier`); by the flow's subject. */
  readonly growthNeither: Readonly<
    Record<Subject, (flow: string, period: string, earlier: string, stated: string) => string>
  >;
  /** A share with neither its part (`flow`) nor its `whole` stated. */
  readonly shareNeither: (flow: string, whole: string, period: string, stated: string) => string;
  /**
   * A growth whose earlier level is not stated, and that level as the current one and the growth
   * imply (`implied`: {@link ExplanationWords.aboutWithin}); by the flow's subject.
   */
  readonly growthUnchecked: Readonly<
    Record<Subject, (flow: string, earlier: string, stated: string, implied: string) => string>
  >;
  /**
   * A share whose whole is not stated, and that whole as the part and the share imply; by the
   * whole's subject (`subject` is the part's).
   */
  readonly shareUnchecked: Readonly<
    Record<
      Subject,
      (
        whole: string,
        period: string,
        stated: string,
        subject: string,
        part: string,
        implied: string,
      ) => string
    >
  >;
  /** A balance claim without the reporter's exports and imports (`claim`: {@link ExplanationWords.claim}). */
  readonly balanceUnchecked: (
    reporter: string,
    partner: string,
    period: string,
    claim: string,
  ) => string;
  /** The start of a balance sentence: "Exports … minus imports … leave". */
  readonly balanceFrom: {
    readonly flows: (exports: string, imports: string) => string;
    readonly turnover: (turnover: string, subject: string, part: string) => string;
  };
  /** "… a balance of (−1008.15, −8.05) M for Vietnam". */
  readonly balance: (from: string, balance: string, reporter: string) => string;
  readonly positions: { readonly surplus: string; readonly deficit: string };
  /** `the claim "…"`, the claim's text quoted: `quoted` is it as a JSON string (control characters escaped). */
  readonly claim: (quoted: string) => string;
  readonly claimedBalance: (
    base: string,
    says: string,
    side: string,
    amount: string,
    claimed: string,
    reporter: string,
    placement: string,
    ending: string,
  ) => string;
  readonly confirmed: (
    base: string,
    reporterSays: string,
    reporter: string,
    partnerSays: string,
    partner: string,
    claim: string,
  ) => string;
  readonly possible: (base: string, claim: string, note: string) => string;
  readonly contradicted: (
    base: string,
    partnerSays: string,
    reporter: string,
    claim: string,
  ) => string;
  /** An implied amount: "about US$150 M, within (149.882, 150.118) M". */
  readonly aboutWithin: (about: string, interval: string) => string;
  readonly impliedPrevious: (
    subject: string,
    amount: string,
    change: string,
    implies: string,
    earlier: string,
    object: string,
    value: string,
  ) => string;
  readonly impliedWhole: (
    subject: string,
    amount: string,
    share: string,
    whole: string,
    value: string,
  ) => string;
  readonly impliedPart: (
    turnover: string,
    subject: string,
    part: string,
    missing: string,
    value: string,
  ) => string;
}

/** The writer of an explanation's values, in a language's notation. */
export interface ExplanationValues {
  /** A figure as stated: "US$524.5 M". */
  readonly amount: (figure: PublishedAmount) => string;
  /**
   * "US$159.6 M [159.55, 159.65)", or "US$1 B [500, 1500) M" when shown in another scale; a
   * truncated figure as the bound it was published as: "more than US$565 M [565, 566)".
   */
  readonly amountIn: (figure: PublishedAmount, scale: Scale) => string;
  /** "[338.05, 339.15) M": an interval in `scale`, with the scale's symbol. */
  readonly interval: (interval: Interval, scale: Scale) => string;
  /** An interval of rates: "(14.788, 15.921) %". */
  readonly percentInterval: (interval: Interval) => string;
  /** A rate's interval without its unit: "[22.45, 22.55)". */
  readonly rateBounds: (rate: PublishedRate) => string;
  /** "+6.4 %". */
  readonly rate: (rate: PublishedRate) => string;
  /** "+6.4 % [6.35, 6.45)". */
  readonly rateInterval: (rate: PublishedRate) => string;
  /** A rate's size without its sign: "6.4 %". */
  readonly change: (rate: PublishedRate) => string;
  /** "2.4 %". */
  readonly share: (rate: PublishedRate) => string;
  /** "2.4 % [2.35, 2.45)". */
  readonly shareInterval: (rate: PublishedRate) => string;
  /** A gap or tolerance in `scale`: "0.6 M". */
  readonly quantity: (value: Decimal, scale: Scale) => string;
  /** A number of percentage points: "2.83806". */
  readonly points: (value: Decimal) => string;
  /** An implied amount, about and within: ["US$150.0 M", "(149.882, 150.118) M"]. */
  readonly aboutWithin: (figure: AmountFigure) => readonly [about: string, within: string];
  /** A rounding step: "US$100 M". */
  readonly step: (figure: PublishedAmount) => string;
  /** An economy's name ("Laos"); `undefined` for the world, which the words name. */
  readonly party: (code: string) => string | undefined;
}

/** The words and the values' writer of one language. */
export interface Explaining {
  readonly words: ExplanationWords;
  readonly values: ExplanationValues;
}

/** The English words: the sentences `reconcile` has always written. */
export const ENGLISH_EXPLANATIONS: ExplanationWords = {
  subjects: { exports: 'exports', imports: 'imports', turnover: 'turnover' },
  subjectsFirst: { exports: 'Exports', imports: 'Imports', turnover: 'Turnover' },
  flow: {
    exports: (owner, other) => `${possessive(String(owner))} exports to ${other}`,
    imports: (owner, other) => `${possessive(String(owner))} imports from ${other}`,
    turnover: (owner, other) => `${possessive(String(owner))} trade with ${other}`,
  },
  world: 'the world',
  direction: {
    up: (change) => `up ${change}`,
    down: (change) => `down ${change}`,
    unchanged: 'unchanged',
  },
  implies: { exports: 'imply', imports: 'imply', turnover: 'implies' },
  placement: {
    inside: 'lies inside',
    insideIt: 'lies inside it',
    contains: 'contains it',
    overlaps: 'overlaps it',
  },
  outside: {
    above: (gap) => `lies outside it, ${gap} above it`,
    below: (gap) => `lies outside it, ${gap} below it`,
  },
  points: { one: (points) => `${points} point`, other: (points) => `${points} points` },
  consistent: (note) => `: consistent${note}.`,
  inconsistent: (deviation, tolerance, note) =>
    `: inconsistent — the figures differ by ${deviation}, more than the ${tolerance} their rounding can explain${note}.`,
  loose: {
    nearest: (subject, amount, step) =>
      ` (a loose check: ${subject} ${amount} is given only to the nearest ${step})`,
    truncated: (subject, amount, step) =>
      ` (a loose check: ${subject} ${amount} is truncated to a multiple of ${step})`,
  },
  partsSum: (exports, imports, sum, turnover, placement, ending) =>
    `Exports ${exports} plus imports ${imports} make ${sum}; the stated turnover ${turnover} ${placement}${ending}`,
  growthLevels: (subject, current, period, prior, earlier, implied, stated, placement, ending) =>
    `${subject} ${current} in ${period} against ${prior} in ${earlier} make growth of ${implied}; the stated ${stated} ${placement}${ending}`,
  growthComponents: (
    turnover,
    turnoverChange,
    turnoverRate,
    earlier,
    previousTurnover,
    exports,
    exportsChange,
    previousExports,
    imports,
    importsChange,
    previousImports,
    together,
    relation,
    ending,
  ) =>
    `Turnover ${turnover} ${turnoverChange} ${turnoverRate} implies ${earlier} turnover of ${previousTurnover}; ` +
    `exports ${exports} ${exportsChange} imply ${previousExports} and imports ${imports} ${importsChange} imply ` +
    `${previousImports}, together ${together}; ${relation}${ending}`,
  previous: { overlap: 'the two overlap', apart: (gap) => `the two are ${gap} apart` },
  share: (subject, part, whole, total, implied, stated, placement, ending) =>
    `${subject} ${part} over ${whole} ${total} make ${implied}; the stated share ${stated} ${placement}${ending}`,
  growthFirstYear: (flow, stated, period) =>
    `The growth of ${flow}, ${stated}, cannot be checked against levels: ${noYearBefore(String(period))}.`,
  previousFirstYear: (period) =>
    `The previous levels cannot be implied: ${noYearBefore(String(period))}.`,
  growthNeither: {
    exports: (flow, period, earlier, stated) =>
      `${capitalize(String(flow))} are stated neither for ${period} nor for ${earlier}, so the growth of ${stated} cannot be checked against levels.`,
    imports: (flow, period, earlier, stated) =>
      `${capitalize(String(flow))} are stated neither for ${period} nor for ${earlier}, so the growth of ${stated} cannot be checked against levels.`,
    turnover: (flow, period, earlier, stated) =>
      `${capitalize(String(flow))} is stated neither for ${period} nor for ${earlier}, so the growth of ${stated} cannot be checked against levels.`,
  },
  shareNeither: (flow, whole, period, stated) =>
    `Neither ${flow} nor ${whole} in ${period} is stated, so the share ${stated} cannot be checked.`,
  growthUnchecked: {
    exports: (flow, earlier, stated, implied) =>
      `${capitalize(String(flow))} in ${earlier} are not stated, so the growth of ${stated} cannot be checked against levels; it implies ${earlier} exports of ${implied}.`,
    imports: (flow, earlier, stated, implied) =>
      `${capitalize(String(flow))} in ${earlier} are not stated, so the growth of ${stated} cannot be checked against levels; it implies ${earlier} imports of ${implied}.`,
    turnover: (flow, earlier, stated, implied) =>
      `${capitalize(String(flow))} in ${earlier} is not stated, so the growth of ${stated} cannot be checked against levels; it implies ${earlier} turnover of ${implied}.`,
  },
  shareUnchecked: {
    exports: (whole, period, stated, subject, part, implied) =>
      `${capitalize(String(whole))} in ${period} are not stated, so the share ${stated} cannot be checked; with ${subject} ${part} it implies ${whole} of ${implied}.`,
    imports: (whole, period, stated, subject, part, implied) =>
      `${capitalize(String(whole))} in ${period} are not stated, so the share ${stated} cannot be checked; with ${subject} ${part} it implies ${whole} of ${implied}.`,
    turnover: (whole, period, stated, subject, part, implied) =>
      `${capitalize(String(whole))} in ${period} is not stated, so the share ${stated} cannot be checked; with ${subject} ${part} it implies ${whole} of ${implied}.`,
  },
  balanceUnchecked: (reporter, partner, period, claim) =>
    `No exports and imports of ${reporter} with ${partner} in ${period} are stated, so ${claim} cannot be checked.`,
  balanceFrom: {
    flows: (exports, imports) => `Exports ${exports} minus imports ${imports} leave`,
    turnover: (turnover, subject, part) => `Turnover ${turnover} and ${subject} ${part} give`,
  },
  balance: (from, balance, reporter) => `${from} a balance of ${balance} for ${reporter}`,
  positions: { surplus: 'surplus', deficit: 'deficit' },
  claim: (quoted) => `the claim ${quoted}`,
  claimedBalance: (base, says, side, amount, claimed, reporter, placement, ending) =>
    `${base}; the claimed ${says} of ${side}, ${amount}, is a balance of ${claimed} for ${reporter}, which ${placement}${ending}`,
  confirmed: (base, reporterSays, reporter, partnerSays, partner, claim) =>
    `${base}: a ${reporterSays} for ${reporter}, that is a ${partnerSays} for ${partner}, whatever the rounding; ${claim} is confirmed: consistent.`,
  possible: (base, claim, note) =>
    `${base}, which may be either sign at the stated precision; ${claim} is possible but not confirmed: consistent${note}.`,
  contradicted: (base, partnerSays, reporter, claim) =>
    `${base}: a ${partnerSays} for ${reporter} whatever the rounding, so ${claim} is contradicted: inconsistent.`,
  aboutWithin: (about, interval) => `about ${about}, within ${interval}`,
  impliedPrevious: (subject, amount, change, implies, earlier, object, value) =>
    `${subject} ${amount} ${change} ${implies} ${earlier} ${object} of ${value}.`,
  impliedWhole: (subject, amount, share, whole, value) =>
    `${subject} ${amount} being ${share} of ${whole} put that whole at ${value}.`,
  impliedPart: (turnover, subject, part, missing, value) =>
    `Turnover ${turnover} minus ${subject} ${part} leaves ${missing} of ${value}.`,
};

/** The English values: "US$524.5 M [524.45, 524.55)", "+6.4 %", "0.6 M". */
const ENGLISH_VALUES: ExplanationValues = {
  amount: (figure) => writeAmount(figure.value, figure.currency, figure.scale, figure.precision),
  amountIn,
  interval: (interval, scale) => intervalIn(interval, scale),
  percentInterval: (interval) => `${formatInterval(interval)} %`,
  rateBounds: (rate) => formatInterval(rate.interval),
  rate: rateShort,
  rateInterval: rateWithInterval,
  change: (rate) => `${writeStated(rate.value.abs(), rate.precision)} %`,
  share: shareText,
  shareInterval: shareWithInterval,
  quantity,
  points: (value) => value.toSignificantDigits(6).toString(),
  aboutWithin: (figure) => {
    const size = figure.value.abs();
    const scale = inferScale(size, size.div(100));
    return [about(figure), intervalIn(figure.interval, scale)];
  },
  step: (figure) =>
    writeAmount(
      figure.precision,
      figure.currency,
      inferScale(figure.precision, figure.precision),
      figure.precision,
    ),
  party: (code) => (code === 'WLD' ? undefined : partyName(code)),
};

/** How `reconcile` explains: in English. */
export const ENGLISH_EXPLAINING: Explaining = {
  words: ENGLISH_EXPLANATIONS,
  values: ENGLISH_VALUES,
};
