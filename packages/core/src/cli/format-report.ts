import { Decimal } from '../_internal/decimal.js';
import { roundedShare } from '../balance/rounded-share.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { commodityName } from '../hs/index.js';
import { boundText } from './bound-words.js';
import { compactAmount } from './compact-amount.js';
import { coverPercent } from './cover-percent.js';
import { commodityLines, shortName } from './format-commodities.js';
import { crossingLines } from './format-crossings.js';
import { growthMarkText } from './growth-marks.js';
import { localNumbers, localPercent, localSigns } from './local-numbers.js';
import type { GrowthRow, GrowthSection, IntervalJson, Report, TradeRow } from './report.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';
import { targetTexts } from './target-texts.js';
import { styled } from './terminal-text.js';
import { textTable } from './text-table.js';
import { computedPercent, percent } from './written-rate.js';

const bold = (text: string, color: boolean) => (color ? styled(text, 'bold') : text);

/**
 * An amount in compact notation with the digits it knows (`writeKnownAmount`, by
 * {@link compactAmount}'s digit work; `unit` the unit it is known to, null for an exact amount):
 * `US$892.9 million`, `about US$1.2 billion` for US$1.15 billion known to the 0.1 billion; a negative one with the locale's minus sign ({@link localSigns}:
 * `−383,6 triệu USD` in Vietnamese); `—` for none.
 *
 * @example
 * ```ts
 * compact('1150000000', 'USD', 'en', '100000000'); //=> 'about US$1.2 billion'
 * compact('1001000000', 'USD', 'vi', '1000000'); //=> '1,001 tỷ USD'
 * compact('-380000000', 'USD', 'zh', '100000000'); //=> '约−4亿美元'
 * compact(null, 'USD', 'en'); //=> '—'
 * ```
 */
export function compact(
  amount: string | null,
  currency: string,
  locale: Locale,
  unit: string | null = null,
): string {
  if (amount === null) return '—';
  const known = compactAmount(amount, currency, locale, unit);
  // Signs before the words: Chinese writes "约−3.8亿美元", no space for the sign to follow.
  const text = localSigns(known.text, locale);
  return known.about ? REPORT_WORDS[locale].about(text) : text;
}

/**
 * A growth table's level ({@link compact}), or, where the year is a lower bound, the amount its
 * bound shows written as the bound it is ({@link boundText}): "more than US$3 billion".
 *
 * @example
 * ```ts
 * compactLevel('3427000000', undefined, 'USD', REPORT_WORDS.en, '1000000'); //=> 'US$3.427 billion'
 * compactLevel('3000000000', { shown: '3000000000', atLeast: true }, 'USD', REPORT_WORDS.vi, '1000000000');
 * //=> 'ít nhất 3 tỷ USD'
 * ```
 */
export function compactLevel(
  value: string,
  bound: { readonly shown: string; readonly atLeast: boolean } | null | undefined,
  currency: string,
  words: ReportWords,
  unit: string | null,
): string {
  if (bound == null) return compact(value, currency, words.locale, unit);
  return boundText(compact(bound.shown, currency, words.locale, unit), bound.atLeast, words);
}

/**
 * A balance whose sign is unknown, as the interval it is known to (`TradeRow.balanceRange`):
 * each end as an exact amount is written ({@link compact}), signed, 0 as `US$0`; with `unit`,
 * each end to that unit (the report's: {@link endsUnit}, every digit the ends have).
 *
 * @example
 * ```ts
 * balanceRange({ lo: '-75000000', hi: '35000000' }, 'USD', 'en');
 * //=> '-US$75 million to +US$35 million'
 * balanceRange({ lo: '-75000000', hi: '35000000' }, 'USD', 'vi');
 * //=> '−75 triệu USD đến +35 triệu USD'
 * ```
 */
export function balanceRange(
  range: IntervalJson,
  currency: string,
  locale: Locale,
  unit: string | null = null,
): string {
  const end = (amount: string) =>
    `${new Decimal(amount).gt(0) ? '+' : ''}${compact(amount, currency, locale, unit)}`;
  return REPORT_WORDS[locale].range(end(range.lo), end(range.hi));
}

/**
 * The unit an interval's exact ends are written to (a bound's, or one whose sign is unknown):
 * the finest power of ten either has a digit of (1,130.5 and 1,131.5 million: 100 thousand,
 * "US$1.1305 billion to US$1.1315 billion", where compact notation's default hundredth of a
 * billion would write the same text twice; −123,456 and 876,544: 1, "-US$123.456 thousand to
 * +US$876.544 thousand", not "-US$123.46 thousand to +US$876.54 thousand").
 */
function endsUnit(range: IntervalJson): string {
  const exponent = (text: string) => {
    const amount = new Decimal(text);
    if (amount.isZero()) return Number.POSITIVE_INFINITY;
    const digits = amount.abs().toFixed();
    return digits.includes('.')
      ? -amount.decimalPlaces()
      : digits.length - digits.replace(/0+$/, '').length;
  };
  const finest = Math.min(exponent(range.lo), exponent(range.hi));
  if (!Number.isFinite(finest)) return '1';
  // Written out, not `pow`: the browser build's decimal engine has none.
  return finest >= 0 ? `1${'0'.repeat(finest)}` : `0.${'0'.repeat(-finest - 1)}1`;
}

/**
 * An interval from its exact ends ({@link endsUnit}): a turnover resting on a side published as a
 * lower bound, as the tables write it.
 *
 * @example
 * ```ts
 * intervalText({ lo: '965000000', hi: '966000000' }, 'USD', 'en'); //=> 'US$965 million to US$966 million'
 * intervalText({ lo: '1064500000', hi: '1066500000' }, 'USD', 'vi'); //=> '1,0645 tỷ USD đến 1,0665 tỷ USD'
 * ```
 */
export function intervalText(range: IntervalJson, currency: string, locale: Locale): string {
  const end = (amount: string) => compact(amount, currency, locale, endsUnit(range));
  return REPORT_WORDS[locale].range(end(range.lo), end(range.hi));
}

/** Whether a side of the row is exact: neither a lower bound nor rounded. */
function anExactSide(row: TradeRow): boolean {
  const exact = (side: 'exports' | 'imports') =>
    row.lowerBounds?.includes(side) !== true && row.units[side] === null;
  return exact('exports') || exact('imports');
}

/**
 * A row's turnover as its column writes it: where it rests on a lower bound
 * (`TradeRow.turnoverBound`), against an exact side the interval it lies in ("US$965 million to
 * US$966 million"), against a rounded side or with two bounds that interval's middle; else its
 * amount with the digits it knows.
 */
function turnoverText(row: TradeRow, locale: Locale): string {
  const bound = row.turnoverBound;
  if (bound === undefined) return compact(row.turnover, row.currency, locale, row.units.turnover);
  if (anExactSide(row)) return intervalText(bound, row.currency, locale);
  const middle = new Decimal(bound.lo).plus(bound.hi).div(2).toFixed();
  return compact(middle, row.currency, locale, row.units.turnover);
}

/**
 * A row's balance as its column writes it: the interval its sign is unknown within
 * ({@link balanceRange}, its ends with every digit they have: {@link endsUnit}); where it rests
 * on a lower bound against an exact side (`TradeRow.balanceBound`), that interval, a deficit's
 * from its smaller size (its top first: "more than -US$365 million" would read two ways),
 * against a rounded side or with two bounds its middle; else its amount with the digits it knows.
 */
function balanceText(row: TradeRow, locale: Locale): string {
  if (row.balanceRange !== null) {
    return balanceRange(row.balanceRange, row.currency, locale, endsUnit(row.balanceRange));
  }
  const bound = row.balanceBound;
  if (bound !== undefined && anExactSide(row)) {
    const { lo, hi } = bound;
    return balanceRange(
      row.position === 'deficit' ? { lo: hi, hi: lo } : bound,
      row.currency,
      locale,
      endsUnit(bound),
    );
  }
  // Against a rounded side or with two bounds, the interval's middle, not the flows' difference
  // (the bound's figure is its interval's bottom).
  const middle =
    bound === undefined ? row.balance : new Decimal(bound.lo).plus(bound.hi).div(2).toFixed();
  return compact(middle, row.currency, locale, row.units.balance);
}

/**
 * A side's amount as written, after "more than" where its source published a lower bound ("at
 * least" where its statement says so).
 */
function bounded(
  row: TradeRow,
  side: 'exports' | 'imports',
  text: string,
  words: ReportWords,
): string {
  if (row.lowerBounds?.includes(side) !== true) return text;
  return boundText(text, row.atLeast?.includes(side) === true, words);
}

function tradeTable(rows: readonly TradeRow[], words: ReportWords): string {
  const { locale } = words;
  const c = words.tradeColumns;
  return textTable(
    [c.period, c.exports, c.imports, c.turnover, c.balance, c.cover, c.notes],
    rows.map((row) => [
      row.period,
      bounded(row, 'exports', compact(row.exports, row.currency, locale, row.units.exports), words),
      bounded(
        row,
        'imports',
        compact(row.imports, row.importsCurrency ?? row.currency, locale, row.units.imports),
        words,
      ),
      turnoverText(row, locale),
      balanceText(row, locale),
      // A cover where the sign is unknown would name a side (98 % reads as a deficit).
      row.balanceRange === null ? cover(row, locale) : '—',
      localNumbers(
        [row.position === null ? '' : words.positions[row.position], ...row.marks]
          .filter(Boolean)
          .join(words.separator),
        locale,
      ),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

/**
 * A row's coverage ratio in percent with no digit its two sides do not support, as the widgets
 * write it (`roundedShare` with the row's `coverageDigits`): `142.4 %` for US$524.5 million
 * against US$368.4 million, `about 50 %` for US$491.9 million against "US$1 billion"; `—` for
 * none.
 *
 * @example
 * ```ts
 * const row2017 = { coverageRatio: '1.42372421281', coverageDigits: 4 };
 * cover(row2017, 'vi'); //=> '142,4%'
 * cover({ coverageRatio: '0.4919', coverageDigits: 1 }, 'en'); //=> 'about 50 %'
 * ```
 */
export function cover(
  row: Pick<TradeRow, 'coverageRatio' | 'coverageDigits'>,
  locale: Locale,
): string {
  if (row.coverageRatio === null) return '—';
  // Exact sides (a million commodity rows): one decimal, by digit work.
  const exact = row.coverageDigits === null ? coverPercent(row.coverageRatio, locale) : undefined;
  if (exact !== undefined) return exact;
  const { percent, decimals, about } = roundedShare(
    new Decimal(row.coverageRatio),
    row.coverageDigits ?? undefined,
  );
  const text = localPercent(percent, decimals, locale, false);
  return about ? REPORT_WORDS[locale].about(text) : text;
}

/**
 * A published rate, given as a fraction, in percent with the decimals the source gave
 * (`decimals`) and the locale's decimal separator, signed unless 0 (signs as
 * {@link localPercent} writes them).
 *
 * @example
 * ```ts
 * publishedPercent('0.119', 1, 'en'); //=> '+11.9 %'
 * publishedPercent('0.327', 2, 'en'); //=> '+32.70 %'
 * publishedPercent('0.085', 1, 'vi'); //=> '+8,5%'
 * publishedPercent('-0.1', 0, 'vi'); //=> '−10%'
 * publishedPercent('-0', 0, 'en'); //=> '0 %'
 * ```
 */
export function publishedPercent(fraction: string, decimals: number, locale: Locale): string {
  return localPercent(new Decimal(fraction).times(100), decimals, locale);
}

/**
 * ", HS 1201 — Soya beans, whether or not broken" after a heading, for a commodity's figures, in
 * the report's language ({@link ReportWords.hs}).
 */
function hs(commodity: string | null, words: ReportWords): string {
  if (commodity === null) return '';
  const { name } = commodityName(commodity);
  return words.hs(commodity, name === null ? null : shortName(name));
}

/**
 * A growth row's `computedRange` in `words`: `+0.5 % to +34.5 %`, or `more than +0.5 %`.
 *
 * @example
 * ```ts
 * rateRangeText({ lo: '0.005', hi: '0.345' }, REPORT_WORDS.en); //=> '+0.5 % to +34.5 %'
 * rateRangeText({ lo: '0.005', hi: null }, REPORT_WORDS.vi); //=> 'hơn +0,5%'
 * ```
 */
export function rateRangeText(
  range: NonNullable<GrowthRow['computedRange']>,
  words: ReportWords,
): string {
  const lo = percent(range.lo, words.locale);
  return range.hi === null ? words.moreThan(lo) : words.range(lo, percent(range.hi, words.locale));
}

function growthTable(section: GrowthSection, words: ReportWords): string {
  const { locale } = words;
  const c = words.growthColumns;
  return textTable(
    [c.year, words.measures[section.measure], c.computed, c.published, c.notes],
    section.rows.map((row) => [
      row.period,
      // A turnover resting on a bound side: the interval it lies in, as its trade row's.
      row.turnoverBound === undefined
        ? compactLevel(row.value, row.bound, row.currency, words, row.unit)
        : intervalText(row.turnoverBound, row.currency, locale),
      row.computedRange === undefined
        ? computedPercent(row.computed, row.computedDigits, locale)
        : rateRangeText(row.computedRange, words),
      row.published === null
        ? '—'
        : publishedPercent(row.published, row.publishedDecimals ?? 0, locale),
      localNumbers(
        row.marks.map((mark) => growthMarkText(mark, words)).join(words.separator),
        locale,
      ),
    ]),
    ['left', 'right', 'right', 'right', 'left'],
  );
}

/**
 * Whether a report's `commoditiesNote` says the dataset has no commodity flows, in whichever
 * language the report was built: the text then says nothing of commodities.
 */
const noCommodityFlows = (note: string) =>
  Object.values(REPORT_WORDS).some((words) => words.commodities.noCommodityFlows === note);

/**
 * Writes the report for a terminal, every word in `locale` ({@link REPORT_WORDS}; the report's
 * own marks and notes are in the language `buildReport` was given); `afterGrowth` are lines put
 * right after the growth table (the growth in a local currency, `--currency`). The text of
 * {@link reportPieces} joined by newlines.
 *
 * @example
 * ```ts
 * formatReport(buildReport(vietnamLaos), 'en', false).split('\n')[0];
 * //=> 'Vietnam–Laos trade — Bilateral report'
 * ```
 */
export function formatReport(
  report: Report,
  locale: Locale,
  color: boolean,
  afterGrowth: readonly string[] = [],
): string {
  return [...reportPieces(report, locale, color, afterGrowth)].join('\n');
}

/**
 * {@link formatReport}'s text a piece at a time, each piece whole lines joined by newlines: the
 * heading and the lines before the trade tables, each trade table with its heading, then the rest.
 * Written one after the other, each followed by a newline, they are the report's text and its
 * last newline, and a report of a million rows never holds its whole text (`bilateral report`).
 *
 * @example
 * ```ts fragment
 * for (const piece of reportPieces(buildReport(vietnamLaos), 'en', false)) io.out(piece);
 * ```
 */
export function* reportPieces(
  report: Report,
  locale: Locale,
  color: boolean,
  afterGrowth: readonly string[] = [],
): Generator<string, void, undefined> {
  const words = REPORT_WORDS[locale];
  const lines: string[] = [];
  /** The lines so far as a piece, and none kept. */
  const piece = () => lines.splice(0).join('\n');
  const heading = (text: string) => {
    lines.push('', bold(text, color), '');
  };
  const upper = (text: string) => bold(text.toLocaleUpperCase(locale), color);
  lines.push(bold(words.title(report.dataset.title), color));
  lines.push(words.counts(report.dataset.flows, report.dataset.sources, report.dataset.id));
  const pairName = (reporter: string, partner: string) =>
    `${economyLabel(reporter, locale)}–${economyLabel(partner, locale)}`;
  if (report.tradeNote !== null) {
    heading(words.tradeTitle);
    lines.push(`  ${words.noTradeTable(report.tradeNote)}`);
  }
  for (const section of report.trade) {
    heading(
      words.tradeHeading(
        economyLabel(section.reporter, locale),
        economyLabel(section.partner, locale),
        hs(section.commodity, words),
      ),
    );
    lines.push(tradeTable(section.rows, words));
    yield piece();
  }
  if (report.growth !== null) {
    const growth = report.growth;
    heading(
      words.growthHeading(
        pairName(growth.reporter, growth.partner),
        growth.measure,
        hs(growth.commodity, words),
        economyLabel(growth.reporter, locale),
      ),
    );
    if (growth.note !== null) lines.push(`  ${growth.note}`, '');
    lines.push(growthTable(growth, words));
    if (growth.cagr !== null) {
      const { from, to, rate, digits, range } = growth.cagr;
      const text =
        range === undefined ? computedPercent(rate, digits, locale) : rateRangeText(range, words);
      lines.push('', `  ${words.averageGrowth(from, to, text)}`);
    }
    if (growth.cagrNote !== null) lines.push('', `  ${growth.cagrNote}`);
    lines.push(...afterGrowth);
  } else if (report.growthNote !== null) {
    heading(words.growthTitle);
    lines.push(`  ${words.noGrowthTable(report.growthNote)}`);
  }
  if (report.commodities !== null) lines.push(...commodityLines(report.commodities, locale, color));
  else if (report.commoditiesNote !== null && !noCommodityFlows(report.commoditiesNote)) {
    heading(words.commoditiesTitle);
    lines.push(`  ${words.noCommodities(report.commoditiesNote)}`);
  }
  if (report.targets.length > 0) {
    heading(words.targetsTitle);
    const texts = targetTexts(report.targets, locale, words);
    if (texts.translated) lines.push(`  ${words.translatedTexts}`, '');
    for (const target of report.targets) {
      const status =
        target.status === null
          ? words.notEvaluated
          : target.partial
            ? words.partialYear(words.statuses[target.status])
            : words.statuses[target.status];
      lines.push(`  ${upper(status)}  ${texts.of(target.setBy)}`);
      if (target.level !== null) {
        const { amount, currency, byYear } = target.level;
        const level = compactAmount(amount, currency, locale, null).text;
        lines.push(`      ${words.targetLevel(level, byYear)}`);
      }
      lines.push(`      ${localNumbers(target.message, locale)}`);
      if (target.requiredRate !== null && new Decimal(target.requiredRate.toLower).lt(0)) {
        // Past the target: its low end holds unless trade falls faster than this.
        const fall = percent(new Decimal(target.requiredRate.toLower).neg().toFixed(), locale);
        lines.push(`      ${words.onCourseUnless(fall.replace(/^\+/, ''))}`);
      } else if (target.requiredRate !== null) {
        const lower = percent(target.requiredRate.toLower, locale);
        const upper = percent(target.requiredRate.toUpper, locale);
        // A level target needs one rate; a band needs a range.
        const needed = lower === upper ? lower : words.range(lower, upper);
        lines.push(`      ${words.neededFromNow(needed)}`);
      }
      if (target.note !== null) {
        lines.push(`      ${words.note(texts.of(target.note))}`);
      }
    }
  }
  const { counts, relations, implied } = report.reconciliation;
  if (relations.length === 0) {
    heading(words.reconciliationTitle);
    lines.push(`  ${words.nothingToReconcile}`);
  } else {
    heading(
      words.reconciliationHeading(
        relations.length,
        counts.consistent,
        counts.inconsistent,
        counts['cannot-check'],
      ),
    );
  }
  for (const relation of relations) {
    if (relation.verdict === 'cannot-check') continue;
    lines.push(
      `  ${upper(words.verdicts[relation.verdict])}  ${relation.period}  ${relation.explanation}`,
    );
  }
  if (implied.length > 0) {
    lines.push('', `  ${words.impliedValues}`);
    for (const value of implied) lines.push(`    ${value.explanation}`);
  }
  if (report.infrastructure !== null) {
    heading(
      words.crossingsHeading(
        report.infrastructure.summary.total,
        report.infrastructure.economicZones,
      ),
    );
    lines.push(...crossingLines(report.infrastructure, words));
  }
  yield piece();
}
