// A short report of the embedded Vietnam–Laos dataset: the balance of the first nine months of
// 2024, their growth on the same months of 2023, the 10–15 % target for 2024, and the
// reconciliation of the published figures. Uses only the public API of @bilateral/core, as
// built in packages/core/dist (run `pnpm build` first; see README.md).
import {
  BilateralError,
  datasetSeries,
  evaluateTarget,
  formatMoney,
  formatPeriod,
  intervalAmount,
  money,
  narrowedCoverage,
  publishedLevels,
  publishedTrade,
  reconcile,
  roundedShare,
  selectFlows,
  tradeBalance,
  tradeIntervals,
  vietnamLaos,
  writeKnownAmount,
  yearOnYear,
} from '@bilateral/core';

const NINE_MONTHS = '2024-01/2024-09';
const pair = { reporter: 'VNM', partner: 'LAO' };

const usd = (value) => formatMoney(value, { notation: 'compact' });
const percent = (rate) => `${rate.isNegative() ? '' : '+'}${rate.times(100).toFixed(1)} %`;

function nineMonthFlow(direction) {
  const flow = selectFlows(vietnamLaos.flows, {
    ...pair,
    flow: direction,
    periodKind: 'year-to-date',
    commodity: null,
  }).find((candidate) => formatPeriod(candidate.period) === NINE_MONTHS);
  if (flow === undefined) throw new Error(`no ${direction} flow for ${NINE_MONTHS}`);
  return flow;
}

/**
 * An interval of amounts written with the digits it is known to: its midpoint, rounded to them
 * and then "about" it (US$491.9 million less "US$1 billion" is not US$508.1 million).
 */
function knownUsd(range) {
  const { amount, unit } = intervalAmount(range);
  const { text, about } = writeKnownAmount(money(amount.toFixed(), 'USD'), unit, 'en');
  return about ? `about ${text}` : text;
}

function balanceSection() {
  const exports = nineMonthFlow('export');
  const imports = nineMonthFlow('import');
  // Each flow stands for the interval its rounding allows, and the published statements of the
  // period (here the turnover, "US$1.5 billion") narrow the turnover and the balance further:
  // the balance is known to the US$0.1 billion, as `bilateral report` writes it.
  const levels = publishedLevels(vietnamLaos.statements);
  const trade = publishedTrade(
    exports,
    imports,
    levels(pair.reporter, pair.partner, exports.period, 'USD'),
  );
  const known = trade && tradeIntervals(trade.figures);
  if (!known) throw new Error(`the published figures of ${NINE_MONTHS} do not combine`);
  const result = tradeBalance({ exports: exports.value, imports: imports.value });
  const signKnown = known.balance.lo.gt(0) || known.balance.hi.lt(0);
  const position = signKnown
    ? `a ${result.position.reporter} for Vietnam, a ${result.position.partner} for Laos`
    : 'surplus or deficit unknown within rounding';
  // Exports ÷ imports, to the digits the sides kept are known to (about 50 %, not 49.19 %).
  const cover = narrowedCoverage(exports.value.amount, imports.value.amount, known);
  const ratio = cover.ratio === undefined ? result.coverageRatio : cover.ratio;
  const share = ratio === null ? null : roundedShare(ratio, cover.digits);
  const coverage =
    share === null
      ? '— (no imports)'
      : `${share.about ? 'about ' : ''}${share.percent.toFixed(share.decimals)} %`;
  console.log(`Balance, ${NINE_MONTHS} (Vietnam's customs figures, source ${exports.source})`);
  console.log(`  exports to Laos      ${usd(exports.value)}`);
  console.log(`  imports from Laos    ${usd(imports.value)}`);
  console.log(`  turnover             ${knownUsd(known.turnover)}`);
  console.log(`  balance              ${knownUsd(known.balance)} — ${position}`);
  console.log(`  coverage             ${coverage} (exports ÷ imports)`);
}

/** Year-to-date turnover: published levels, with the bases implied by published growth rates. */
function nineMonthSeries() {
  const toDate = datasetSeries(vietnamLaos, {
    ...pair,
    measure: 'turnover',
    periodKind: 'year-to-date',
    impliedBases: true,
  });
  const points = toDate.points.filter(
    (point) => point.period.throughMonth === 9 && point.period.year <= 2024,
  );
  return { ...toDate, points };
}

function growthSection(series) {
  const growth = yearOnYear(series).find((point) => formatPeriod(point.period) === NINE_MONTHS);
  const [base, current] = series.points;
  console.log(`\nGrowth, ${NINE_MONTHS} on the same months of 2023`);
  // A base implied by a published rate is rounded here: "about", as `bilateral report` writes it.
  const against = `${base.derivation === undefined ? '' : 'about '}${usd(base.value)}`;
  console.log(
    `  turnover ${usd(current.value)} (as published) against ${against}: ${percent(growth.rate)}`,
  );
  if (base.derivation !== undefined) {
    console.log(`  (the 2023 base is not published: ${base.derivation})`);
  }
}

function targetSection(series) {
  const target = vietnamLaos.targets.find((candidate) => candidate.id === 'vnm-lao-2024-growth');
  const evaluation = evaluateTarget(target, series);
  console.log(`\nTarget: ${target.setBy}`);
  console.log(
    `  band ${percent(target.band.lower)} to ${percent(target.band.upper)} on 2023; growth to date ${percent(evaluation.growthToDate)}`,
  );
  console.log(
    `  status: ${evaluation.status}${evaluation.partial ? ' (partial year: nine months)' : ''}`,
  );
}

function reconcileSection() {
  const { relations, counts } = reconcile(vietnamLaos.statements);
  console.log(
    `\nReconciliation of ${vietnamLaos.statements.length} published statements: ${relations.length} relations — ${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts['cannot-check']} cannot be checked`,
  );
  const shown = relations.filter(
    (relation) => relation.period === NINE_MONTHS || relation.verdict === 'inconsistent',
  );
  for (const relation of shown) {
    console.log(`  ${relation.verdict.toUpperCase()}  ${relation.kind}, ${relation.period}`);
    console.log(`    ${relation.explanation}`);
  }
}

try {
  console.log(`${vietnamLaos.title.en} — a report with @bilateral/core\n`);
  balanceSection();
  const series = nineMonthSeries();
  growthSection(series);
  targetSection(series);
  reconcileSection();
} catch (error) {
  if (!(error instanceof BilateralError)) throw error;
  console.error(String(error));
  process.exitCode = 1;
}
