import { BilateralError } from '../errors/index.js';
import {
  amountIn,
  capitalize,
  displayScale,
  flowName,
  gapBetween,
  gapWords,
  loosenessNote,
  middle,
  placement,
  rateShort,
  shareWithInterval,
  verbBe,
} from './_explain.js';
import { ENGLISH_EXPLAINING, type Explaining } from './_explanation-words.js';
import {
  type Balance,
  type Growth,
  type Level,
  periodYearEarlier,
  type Share,
  type StatementIndex,
  type Subject,
} from './_reconcile-index.js';
import type { AmountFigure } from './figure.js';
import { impliedBalance } from './implied-balance.js';
import { impliedGrowth } from './implied-growth.js';
import { impliedPreviousFigure } from './implied-previous-figure.js';
import { impliedShare } from './implied-share.js';
import { impliedSum } from './implied-sum.js';
import { impliedWhole } from './implied-whole.js';
import type { Interval } from './interval.js';
import { intervalsOverlap } from './intervals-overlap.js';
import type { PublishedRate } from './published-rate.js';
import type { ImpliedValue, LabelledInterval, Relation, RelationKind } from './relation.js';
import { scaleInterval } from './scale-interval.js';
import { subtractIntervals } from './subtract-intervals.js';

interface Where {
  readonly reporter: string;
  readonly partner: string;
  readonly period: string;
  readonly currency?: string;
}

function where(level: Level | Growth | Share | Balance, currency?: string): Where {
  return {
    reporter: level.statement.reporter,
    partner: level.statement.partner,
    period: level.period,
    ...(currency === undefined ? {} : { currency }),
  };
}

function labelled(label: string, unit: string, interval: Interval): LabelledInterval {
  return Object.freeze({ label, unit, interval });
}

function amountLabel(level: Level): LabelledInterval {
  return labelled(
    `${level.statement.subject} ${level.period} (${level.statement.id})`,
    level.figure.currency,
    level.figure.interval,
  );
}

function rateLabel(rate: Growth | Share, what: string): LabelledInterval {
  return labelled(`${what} ${rate.period} (${rate.statement.id})`, '%', rate.figure.interval);
}

/** Runs a computation; a Bilateral error (a bound reaching zero, …) becomes its message. */
function attempt<T>(compute: () => T): T | BilateralError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof BilateralError) return error;
    throw error;
  }
}

/**
 * The `cannot-check` relations whose explanation is English whatever the words. A side table, not
 * a field: `Relation` is public and frozen, and what `reconcile` returns (in English) has nothing
 * to say about it; only the CLI's vi/lo/zh text asks (`explainedInEnglishOnly`), and a WeakSet
 * lets the relations go when the report does.
 */
const ENGLISH_ONLY = new WeakSet<Relation>();

/**
 * Whether `relation` cannot be checked for a reason the explanation words do not write (a level,
 * whole or rate the library cannot compute, whose reason is the error's message): its explanation
 * is English in any language.
 *
 * @example
 * ```ts
 * const seed003 = vietnamLaos.statements.filter((s) => s.source.startsWith('seed-003'));
 * const unchecked = reconcile(seed003).relations.filter((r) => r.verdict === 'cannot-check');
 * // Each lacks a stated figure (2020-Q1, exports to ASEAN), a reason the explanation words write.
 * unchecked.map(explainedInEnglishOnly); //=> [false, false, false, false]
 * ```
 */
export function explainedInEnglishOnly(relation: Relation): boolean {
  return ENGLISH_ONLY.has(relation);
}

/** A relation that cannot be checked; `inWords` when its explanation is the words' language. */
function cannotCheck(
  kind: RelationKind,
  at: Where,
  statementIds: readonly string[],
  explanation: string,
  intervals: readonly LabelledInterval[] = [],
  inWords = false,
): Relation {
  const relation: Relation = Object.freeze({
    kind,
    verdict: 'cannot-check',
    statementIds,
    ...at,
    intervals,
    explanation,
  });
  if (!inWords) ENGLISH_ONLY.add(relation);
  return relation;
}

interface Judged {
  readonly consistent: boolean;
  readonly verdict: 'consistent' | 'inconsistent';
  readonly tolerance: ReturnType<typeof middle>['half'];
  readonly deviation: ReturnType<typeof middle>['half'];
}

/**
 * Two intervals agree when their closures share a point: a value exactly on a rounding boundary
 * may have been rounded either way.
 */
function judge(derived: Interval, stated: Interval): Judged {
  const consistent = intervalsOverlap(derived, stated, { closure: true });
  const a = middle(derived);
  const b = middle(stated);
  return {
    consistent,
    verdict: consistent ? 'consistent' : 'inconsistent',
    tolerance: a.half.plus(b.half),
    deviation: a.mid.minus(b.mid).abs(),
  };
}

function overlapRelation(
  kind: RelationKind,
  at: Where,
  statementIds: readonly string[],
  intervals: readonly LabelledInterval[],
  derived: LabelledInterval,
  stated: LabelledInterval,
  judged: Judged,
  explanation: string,
): Relation {
  return Object.freeze({
    kind,
    verdict: judged.verdict,
    statementIds,
    ...at,
    intervals: [...intervals, derived, stated],
    derived,
    stated,
    tolerance: judged.tolerance,
    deviation: judged.deviation,
    explanation,
  });
}

/** An economy's name in the explanation's language: "Laos", "the world". */
function localPartyName(code: string, { words, values }: Explaining): string {
  return values.party(code) ?? words.world;
}

/** "Vietnam's exports to ASEAN" in the explanation's language. */
function localFlowName(
  reporter: string,
  partner: string,
  subject: Subject,
  explaining: Explaining,
): string {
  return explaining.words.flow[subject](
    localPartyName(reporter, explaining),
    localPartyName(partner, explaining),
  );
}

/** A stated rate's change: "up 6.4 %", "down 1.1 %", "unchanged". */
function changeWords(rate: PublishedRate, { words, values }: Explaining): string {
  if (rate.direction === 'unchanged') return words.direction.unchanged;
  return words.direction[rate.direction](values.change(rate));
}

/** "…: consistent." or "…: inconsistent — the figures differ by 10 M, more than the 0.6 M …". */
function ending(
  judged: Judged,
  unit: Parameters<typeof gapWords>[2],
  { words, values }: Explaining,
  note = '',
): string {
  if (judged.consistent) return words.consistent(note);
  const show = (value: typeof judged.tolerance) =>
    unit === '%' ? words.points.other(values.points(value)) : values.quantity(value, unit);
  return words.inconsistent(show(judged.deviation), show(judged.tolerance), note);
}

/** Where the stated interval lies against the derived one, agreeing or not. */
function relationWords(
  judged: Judged,
  stated: Interval,
  derived: Interval,
  unit: Parameters<typeof gapWords>[2],
  explaining: Explaining,
  object = false,
): string {
  return judged.consistent
    ? placement(stated, derived, explaining.words, object)
    : gapWords(stated, derived, unit, explaining);
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  let combos: T[][] = [[]];
  for (const list of lists)
    combos = combos.flatMap((combo) => list.map((item) => [...combo, item]));
  return combos;
}

function groups(levels: readonly Level[]): Where[] {
  const seen = new Map<string, Where>();
  for (const level of levels) {
    const at = where(level, level.figure.currency);
    const key = `${at.reporter}|${at.partner}|${at.period}|${at.currency ?? ''}`;
    if (!seen.has(key)) seen.set(key, at);
  }
  return [...seen.values()];
}

/** Exports + imports against turnover, for every pair, period and currency stating all three. */
export function checkPartsSum(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): Relation[] {
  const { words, values } = explaining;
  const relations: Relation[] = [];
  const totals = index.levels.filter((level) => level.statement.subject === 'turnover');
  for (const at of groups(totals)) {
    const { reporter, partner, period, currency } = at;
    const ts = index.levelsOf(reporter, partner, 'turnover', period, currency);
    const xs = index.levelsOf(reporter, partner, 'exports', period, currency);
    const ms = index.levelsOf(reporter, partner, 'imports', period, currency);
    for (const [x, m, t] of product([xs, ms, ts]) as [Level, Level, Level][]) {
      const scale = displayScale([x.figure, m.figure, t.figure]);
      const sum = impliedSum([x.figure, m.figure]);
      const judged = judge(sum.interval, t.figure.interval);
      const note = loosenessNote(
        [
          { subject: 'exports', figure: x.figure },
          { subject: 'imports', figure: m.figure },
          { subject: 'turnover', figure: t.figure },
        ],
        explaining,
      );
      const explanation = words.partsSum(
        values.amountIn(x.figure, scale),
        values.amountIn(m.figure, scale),
        values.interval(sum.interval, scale),
        values.amountIn(t.figure, scale),
        relationWords(judged, t.figure.interval, sum.interval, scale, explaining),
        ending(judged, scale, explaining, note),
      );
      relations.push(
        overlapRelation(
          'parts-sum',
          at,
          [x.statement.id, m.statement.id, t.statement.id],
          [amountLabel(x), amountLabel(m), amountLabel(t)],
          labelled(`exports + imports ${period}`, currency ?? '', sum.interval),
          labelled(`stated turnover ${period}`, currency ?? '', t.figure.interval),
          judged,
          explanation,
        ),
      );
    }
  }
  return relations;
}

/** A stated growth rate against the levels of both periods, when both are stated. */
export function checkGrowthLevels(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): Relation[] {
  const relations: Relation[] = [];
  for (const growth of index.growths) {
    const { reporter, partner, subject, currency } = growth.statement;
    const earlier = periodYearEarlier(growth.period);
    const name = flowName(reporter, partner, subject);
    const currents = index.levelsOf(reporter, partner, subject, growth.period, currency);
    if (earlier === undefined) {
      relations.push(
        cannotCheck(
          'growth-levels',
          where(growth, currents[0]?.figure.currency),
          [growth.statement.id],
          explaining.words.growthFirstYear(
            localFlowName(reporter, partner, subject, explaining),
            explaining.values.rate(growth.figure),
            growth.period,
          ),
          [rateLabel(growth, `stated growth of ${subject}`)],
          true,
        ),
      );
      continue;
    }
    let formed = 0;
    for (const current of currents) {
      const previous = index.levelsOf(reporter, partner, subject, earlier, current.figure.currency);
      for (const prior of previous) {
        formed++;
        relations.push(growthLevels(growth, current, prior, earlier, explaining));
      }
    }
    if (formed > 0) continue;
    const stated = rateShort(growth.figure);
    const current = currents[0];
    const { words, values } = explaining;
    let explanation = words.growthNeither[subject](
      localFlowName(reporter, partner, subject, explaining),
      growth.period,
      earlier,
      values.rate(growth.figure),
    );
    let inWords = true;
    if (current !== undefined) {
      const implied = attempt(() => impliedPreviousFigure(current.figure, growth.figure));
      inWords = !(implied instanceof BilateralError);
      explanation =
        implied instanceof BilateralError
          ? `${capitalize(name)} in ${earlier} ${verbBe(subject)} not stated, so the growth of ${stated} cannot be checked against levels; no previous level can be implied either: ${implied.message}.`
          : words.growthUnchecked[subject](
              localFlowName(reporter, partner, subject, explaining),
              earlier,
              values.rate(growth.figure),
              words.aboutWithin(...values.aboutWithin(implied)),
            );
    }
    relations.push(
      cannotCheck(
        'growth-levels',
        where(growth, current?.figure.currency),
        current === undefined ? [growth.statement.id] : [growth.statement.id, current.statement.id],
        explanation,
        [rateLabel(growth, `stated growth of ${subject}`)],
        inWords,
      ),
    );
  }
  return relations;
}

function growthLevels(
  growth: Growth,
  current: Level,
  prior: Level,
  earlier: string,
  explaining: Explaining,
): Relation {
  const { words, values } = explaining;
  const { subject } = growth.statement;
  const at = where(growth, current.figure.currency);
  const ids = [current.statement.id, prior.statement.id, growth.statement.id];
  const inputs = [amountLabel(current), amountLabel(prior)];
  const implied = attempt(() => impliedGrowth(current.figure, prior.figure));
  const scale = displayScale([current.figure, prior.figure]);
  const levels = `${capitalize(subject)} ${amountIn(current.figure, scale)} in ${current.period} against ${amountIn(prior.figure, scale)} in ${earlier}`;
  if (implied instanceof BilateralError) {
    return cannotCheck(
      'growth-levels',
      at,
      ids,
      `${levels} give no growth rate: ${implied.message}.`,
      [...inputs, rateLabel(growth, 'stated growth')],
    );
  }
  const judged = judge(implied.interval, growth.figure.interval);
  const explanation = words.growthLevels(
    words.subjectsFirst[subject],
    values.amountIn(current.figure, scale),
    current.period,
    values.amountIn(prior.figure, scale),
    earlier,
    values.percentInterval(implied.interval),
    values.rateInterval(growth.figure),
    relationWords(judged, growth.figure.interval, implied.interval, '%', explaining),
    ending(judged, '%', explaining),
  );
  return overlapRelation(
    'growth-levels',
    at,
    ids,
    inputs,
    labelled(`growth of ${subject} implied by the levels`, '%', implied.interval),
    rateLabel(growth, `stated growth of ${subject}`),
    judged,
    explanation,
  );
}

/**
 * The previous turnover implied by the total's growth against the sum of the previous exports
 * and imports implied by theirs.
 */
export function checkGrowthComponents(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): Relation[] {
  const relations: Relation[] = [];
  const totals = index.levels.filter((level) => level.statement.subject === 'turnover');
  for (const at of groups(totals)) {
    const { reporter, partner, period } = at;
    const currency = at.currency ?? '';
    const find = (subject: Subject) => index.levelsOf(reporter, partner, subject, period, currency);
    const rates = (subject: Subject) =>
      index.growthsOf(reporter, partner, subject, period, currency);
    const combos = product<Level | Growth>([
      find('turnover'),
      rates('turnover'),
      find('exports'),
      rates('exports'),
      find('imports'),
      rates('imports'),
    ]) as [Level, Growth, Level, Growth, Level, Growth][];
    for (const [t, gt, x, gx, m, gm] of combos) {
      relations.push(growthComponents(at, [t, gt, x, gx, m, gm], explaining));
    }
  }
  return relations;
}

function growthComponents(
  at: Where,
  [t, gt, x, gx, m, gm]: readonly [Level, Growth, Level, Growth, Level, Growth],
  explaining: Explaining,
): Relation {
  const { words, values } = explaining;
  const earlier = periodYearEarlier(at.period);
  const ids = [
    t.statement.id,
    gt.statement.id,
    x.statement.id,
    gx.statement.id,
    m.statement.id,
    gm.statement.id,
  ];
  const inputs = [
    amountLabel(t),
    rateLabel(gt, 'growth of turnover'),
    amountLabel(x),
    rateLabel(gx, 'growth of exports'),
    amountLabel(m),
    rateLabel(gm, 'growth of imports'),
  ];
  if (earlier === undefined) {
    return cannotCheck(
      'growth-components',
      at,
      ids,
      words.previousFirstYear(at.period),
      inputs,
      true,
    );
  }
  const computed = attempt(() => {
    const previousTotal = impliedPreviousFigure(t.figure, gt.figure);
    const previousExports = impliedPreviousFigure(x.figure, gx.figure);
    const previousImports = impliedPreviousFigure(m.figure, gm.figure);
    return {
      previousTotal,
      previousExports,
      previousImports,
      together: impliedSum([previousExports, previousImports]),
    };
  });
  if (computed instanceof BilateralError) {
    return cannotCheck(
      'growth-components',
      at,
      ids,
      `The previous ${earlier} levels cannot be implied: ${computed.message}.`,
      inputs,
    );
  }
  const { previousTotal, previousExports, previousImports, together } = computed;
  const scale = displayScale([t.figure, x.figure, m.figure]);
  const judged = judge(together.interval, previousTotal.interval);
  const note = loosenessNote(
    [
      { subject: 'exports', figure: x.figure },
      { subject: 'imports', figure: m.figure },
      { subject: 'turnover', figure: t.figure },
    ],
    explaining,
  );
  const change = (rate: Growth) => changeWords(rate.figure, explaining);
  const explanation = words.growthComponents(
    values.amountIn(t.figure, scale),
    change(gt),
    values.rateBounds(gt.figure),
    earlier,
    values.interval(previousTotal.interval, scale),
    values.amount(x.figure),
    change(gx),
    values.interval(previousExports.interval, scale),
    values.amount(m.figure),
    change(gm),
    values.interval(previousImports.interval, scale),
    values.interval(together.interval, scale),
    judged.consistent
      ? words.previous.overlap
      : words.previous.apart(
          values.quantity(gapBetween(previousTotal.interval, together.interval), scale),
        ),
    ending(judged, scale, explaining, note),
  );
  const unit = at.currency ?? '';
  return overlapRelation(
    'growth-components',
    at,
    ids,
    [
      ...inputs,
      labelled(`exports ${earlier} implied`, unit, previousExports.interval),
      labelled(`imports ${earlier} implied`, unit, previousImports.interval),
    ],
    labelled(`exports + imports ${earlier} implied`, unit, together.interval),
    labelled(`turnover ${earlier} implied by its growth`, unit, previousTotal.interval),
    judged,
    explanation,
  );
}

/** A stated share against the part and the whole, when both are stated. */
export function checkShares(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): Relation[] {
  const relations: Relation[] = [];
  for (const share of index.shares) {
    const { reporter, partner, subject, whole } = share.statement;
    const parts = index.levelsOf(reporter, partner, subject, share.period);
    const wholeName = flowName(whole.reporter, whole.partner, whole.subject);
    let formed = 0;
    for (const part of parts) {
      const wholes = index.levelsOf(
        whole.reporter,
        whole.partner,
        whole.subject,
        share.period,
        part.figure.currency,
      );
      for (const total of wholes) {
        formed++;
        relations.push(shareRelation(share, part, total, explaining));
      }
    }
    if (formed > 0) continue;
    const part = parts[0];
    const stated = shareWithInterval(share.figure);
    const { words, values } = explaining;
    const localWhole = localFlowName(whole.reporter, whole.partner, whole.subject, explaining);
    let explanation = words.shareNeither(
      localFlowName(reporter, partner, subject, explaining),
      localWhole,
      share.period,
      values.shareInterval(share.figure),
    );
    let inWords = true;
    if (part !== undefined) {
      const implied = attempt(() => impliedWhole(part.figure, share.figure));
      inWords = !(implied instanceof BilateralError);
      explanation =
        implied instanceof BilateralError
          ? `${capitalize(wholeName)} in ${share.period} ${verbBe(whole.subject)} not stated, so the share ${stated} cannot be checked; no whole can be implied either: ${implied.message}.`
          : words.shareUnchecked[whole.subject](
              localWhole,
              share.period,
              values.shareInterval(share.figure),
              words.subjects[subject],
              values.amount(part.figure),
              words.aboutWithin(...values.aboutWithin(implied)),
            );
    }
    relations.push(
      cannotCheck(
        'share',
        where(share, part?.figure.currency),
        part === undefined ? [share.statement.id] : [part.statement.id, share.statement.id],
        explanation,
        [rateLabel(share, `stated share of ${subject}`)],
        inWords,
      ),
    );
  }
  return relations;
}

function shareRelation(share: Share, part: Level, total: Level, explaining: Explaining): Relation {
  const { words, values } = explaining;
  const { whole } = share.statement;
  const wholeName = flowName(whole.reporter, whole.partner, whole.subject);
  const at = where(share, part.figure.currency);
  const ids = [part.statement.id, total.statement.id, share.statement.id];
  const inputs = [amountLabel(part), amountLabel(total)];
  const implied = attempt(() => impliedShare(part.figure, total.figure));
  const scale = displayScale([part.figure, total.figure]);
  const levels = `${capitalize(part.statement.subject)} ${amountIn(part.figure, scale)} over ${wholeName} ${amountIn(total.figure, scale)}`;
  if (implied instanceof BilateralError) {
    return cannotCheck('share', at, ids, `${levels} give no share: ${implied.message}.`, inputs);
  }
  const judged = judge(implied.interval, share.figure.interval);
  const explanation = words.share(
    words.subjectsFirst[part.statement.subject],
    values.amountIn(part.figure, scale),
    localFlowName(whole.reporter, whole.partner, whole.subject, explaining),
    values.amountIn(total.figure, scale),
    values.percentInterval(implied.interval),
    values.shareInterval(share.figure),
    relationWords(judged, share.figure.interval, implied.interval, '%', explaining),
    ending(judged, '%', explaining),
  );
  return overlapRelation(
    'share',
    at,
    ids,
    inputs,
    labelled('share implied by the levels', '%', implied.interval),
    rateLabel(share, 'stated share'),
    judged,
    explanation,
  );
}

/** A surplus or deficit claim against exports − imports (or turnover and one part). */
export function checkBalances(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): Relation[] {
  const { words, values } = explaining;
  const relations: Relation[] = [];
  for (const claim of index.balances) {
    const { reporter, partner } = claim.statement;
    const currency = claim.figure?.currency;
    const xs = index.levelsOf(reporter, partner, 'exports', claim.period, currency);
    const ms = index.levelsOf(reporter, partner, 'imports', claim.period, currency);
    const ts = index.levelsOf(reporter, partner, 'turnover', claim.period, currency);
    const sources: BalanceSource[] = [];
    for (const [x, m] of product([xs, ms]) as [Level, Level][]) {
      if (x.figure.currency !== m.figure.currency) continue;
      const scale = displayScale([x.figure, m.figure]);
      sources.push({
        levels: [x, m],
        balance: impliedBalance(x.figure, m.figure),
        from: words.balanceFrom.flows(
          values.amountIn(x.figure, scale),
          values.amountIn(m.figure, scale),
        ),
      });
    }
    if (sources.length === 0) {
      for (const [t, part] of product<Level>([ts, [...xs, ...ms]]) as [Level, Level][]) {
        if (t.figure.currency !== part.figure.currency) continue;
        const scale = displayScale([t.figure, part.figure]);
        const isExports = part.statement.subject === 'exports';
        const twice = scaleInterval(part.figure.interval, 2);
        const interval = isExports
          ? subtractIntervals(twice, t.figure.interval)
          : subtractIntervals(t.figure.interval, twice);
        const value = isExports
          ? part.figure.value.times(2).minus(t.figure.value)
          : t.figure.value.minus(part.figure.value.times(2));
        sources.push({
          levels: [t, part],
          balance: { value, currency: t.figure.currency, interval },
          from: words.balanceFrom.turnover(
            values.amountIn(t.figure, scale),
            words.subjects[part.statement.subject],
            values.amountIn(part.figure, scale),
          ),
        });
      }
    }
    if (sources.length === 0) {
      relations.push(
        cannotCheck(
          'balance',
          where(claim, currency),
          [claim.statement.id],
          words.balanceUnchecked(
            localPartyName(reporter, explaining),
            localPartyName(partner, explaining),
            claim.period,
            words.claim(JSON.stringify(claim.statement.text)),
          ),
          [],
          true,
        ),
      );
      continue;
    }
    for (const source of sources) relations.push(balanceRelation(claim, source, explaining));
  }
  return relations;
}

/** Where a balance comes from: the levels, the balance they give, the sentence's start. */
interface BalanceSource {
  readonly levels: Level[];
  readonly balance: AmountFigure;
  readonly from: string;
}

function balanceRelation(claim: Balance, source: BalanceSource, explaining: Explaining): Relation {
  const { words, values } = explaining;
  const { reporter, partner, side, claim: says, text } = claim.statement;
  const currency = source.balance.currency;
  const at = where(claim, currency);
  const ids = [...source.levels.map((level) => level.statement.id), claim.statement.id];
  const scale = displayScale(source.levels.map((level) => level.figure));
  const D = source.balance.interval;
  const sign = (says === 'surplus') === (side === reporter) ? 1 : -1;
  const reporterName = localPartyName(reporter, explaining);
  const partnerName = localPartyName(partner, explaining);
  const inputs = source.levels.map(amountLabel);
  const derived = labelled(`balance of ${reporter} with ${partner} ${claim.period}`, currency, D);
  const base = words.balance(source.from, values.interval(D, scale), reporterName);
  const { half } = middle(D);
  if (claim.figure !== undefined) {
    const claimed = scaleInterval(claim.figure.interval, sign);
    const judged = judge(D, claimed);
    const stated = labelled(
      `claimed balance of ${reporter} (${claim.statement.id})`,
      currency,
      claimed,
    );
    const explanation = words.claimedBalance(
      base,
      words.positions[says],
      localPartyName(side, explaining),
      values.amountIn(claim.figure, scale),
      values.interval(claimed, scale),
      reporterName,
      relationWords(judged, claimed, D, scale, explaining, true),
      ending(judged, scale, explaining),
    );
    return overlapRelation('balance', at, ids, inputs, derived, stated, judged, explanation);
  }
  const possible = sign > 0 ? D.hi.gt(0) : D.lo.lt(0);
  const confirmed = sign > 0 ? D.lo.gt(0) : D.hi.lt(0);
  const reporterSays = words.positions[sign > 0 ? 'surplus' : 'deficit'];
  const partnerSays = words.positions[sign > 0 ? 'deficit' : 'surplus'];
  const claimWords = words.claim(JSON.stringify(text));
  let explanation: string;
  if (confirmed) {
    explanation = words.confirmed(
      base,
      reporterSays,
      reporterName,
      partnerSays,
      partnerName,
      claimWords,
    );
  } else if (possible) {
    const note = loosenessNote(
      source.levels.map((level) => ({ subject: level.statement.subject, figure: level.figure })),
      explaining,
    );
    explanation = words.possible(base, claimWords, note);
  } else {
    explanation = words.contradicted(base, partnerSays, reporterName, claimWords);
  }
  return Object.freeze({
    kind: 'balance',
    verdict: possible ? 'consistent' : 'inconsistent',
    statementIds: ids,
    ...at,
    intervals: [...inputs, derived],
    derived,
    tolerance: half,
    explanation,
  });
}

/** The values the statements imply: previous-year levels, wholes behind shares, missing parts. */
export function impliedValues(
  index: StatementIndex,
  explaining: Explaining = ENGLISH_EXPLAINING,
): ImpliedValue[] {
  const { words } = explaining;
  const written = explaining.values;
  const aboutIn = (figure: AmountFigure) => words.aboutWithin(...written.aboutWithin(figure));
  const values: ImpliedValue[] = [];
  for (const growth of index.growths) {
    const { reporter, partner, subject, currency } = growth.statement;
    const earlier = periodYearEarlier(growth.period);
    // No previous level to imply before the year 1.
    if (earlier === undefined) continue;
    for (const current of index.levelsOf(reporter, partner, subject, growth.period, currency)) {
      const figure = attempt(() => impliedPreviousFigure(current.figure, growth.figure));
      if (figure instanceof BilateralError) continue;
      values.push(
        Object.freeze({
          kind: 'previous',
          reporter,
          partner,
          subject,
          period: earlier,
          figure,
          statementIds: [current.statement.id, growth.statement.id],
          explanation: words.impliedPrevious(
            words.subjectsFirst[subject],
            written.amount(current.figure),
            changeWords(growth.figure, explaining),
            words.implies[subject],
            earlier,
            words.subjects[subject],
            aboutIn(figure),
          ),
        }),
      );
    }
  }
  for (const share of index.shares) {
    const { reporter, partner, subject, whole } = share.statement;
    for (const part of index.levelsOf(reporter, partner, subject, share.period)) {
      const stated = index.levelsOf(
        whole.reporter,
        whole.partner,
        whole.subject,
        share.period,
        part.figure.currency,
      );
      if (stated.length > 0) continue;
      const figure = attempt(() => impliedWhole(part.figure, share.figure));
      if (figure instanceof BilateralError) continue;
      values.push(
        Object.freeze({
          kind: 'whole',
          reporter: whole.reporter,
          partner: whole.partner,
          subject: whole.subject,
          period: share.period,
          figure,
          statementIds: [part.statement.id, share.statement.id],
          explanation: words.impliedWhole(
            words.subjectsFirst[subject],
            written.amount(part.figure),
            written.share(share.figure),
            localFlowName(whole.reporter, whole.partner, whole.subject, explaining),
            aboutIn(figure),
          ),
        }),
      );
    }
  }
  const totals = index.levels.filter((level) => level.statement.subject === 'turnover');
  for (const t of totals) {
    const { reporter, partner } = t.statement;
    const currency = t.figure.currency;
    const xs = index.levelsOf(reporter, partner, 'exports', t.period, currency);
    const ms = index.levelsOf(reporter, partner, 'imports', t.period, currency);
    const known = xs.length > 0 ? xs : ms;
    if (xs.length > 0 === ms.length > 0) continue;
    const missing: Subject = xs.length > 0 ? 'imports' : 'exports';
    for (const part of known) {
      const interval = attempt(() => subtractIntervals(t.figure.interval, part.figure.interval));
      if (interval instanceof BilateralError) continue;
      const figure = { value: t.figure.value.minus(part.figure.value), currency, interval };
      values.push(
        Object.freeze({
          kind: 'part',
          reporter,
          partner,
          subject: missing,
          period: t.period,
          figure,
          statementIds: [t.statement.id, part.statement.id],
          explanation: words.impliedPart(
            written.amount(t.figure),
            words.subjects[part.statement.subject],
            written.amount(part.figure),
            words.subjects[missing],
            aboutIn(figure),
          ),
        }),
      );
    }
  }
  return values;
}
