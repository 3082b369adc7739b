import type { ExplanationWords } from '../../figures/_explanation-words.js';
import { periodZh } from './period-zh.js';

/**
 * The reconciliation's explanations in Chinese: 贸易额, 出口, 进口, 顺差 / 逆差 and 一致 / 不一致 as
 * the rest of the report writes them.
 */
export const EXPLANATIONS_ZH: ExplanationWords = {
  subjects: { exports: '出口', imports: '进口', turnover: '贸易额' },
  subjectsFirst: { exports: '出口', imports: '进口', turnover: '贸易额' },
  flow: {
    exports: (owner, other) => `${owner}对${other}出口`,
    imports: (owner, other) => `${owner}自${other}进口`,
    turnover: (owner, other) => `${owner}与${other}的贸易额`,
  },
  world: '世界',
  direction: {
    up: (change) => `增长${change}`,
    down: (change) => `下降${change}`,
    unchanged: '持平',
  },
  implies: { exports: '推算出', imports: '推算出', turnover: '推算出' },
  placement: {
    inside: '位于该区间内',
    insideIt: '位于该区间内',
    contains: '包含该区间',
    overlaps: '与该区间重叠',
  },
  outside: {
    above: (gap) => `位于该区间之外，比其高${gap}`,
    below: (gap) => `位于该区间之外，比其低${gap}`,
  },
  points: { one: (points) => `${points}个百分点`, other: (points) => `${points}个百分点` },
  consistent: (note) => `：一致${note}。`,
  inconsistent: (deviation, tolerance, note) =>
    `：不一致——两者相差${deviation}，超过舍入所能解释的${tolerance}${note}。`,
  loose: {
    nearest: (subject, amount, step) => `（粗略核对：${subject}${amount}仅精确到${step}）`,
    truncated: (subject, amount, step) => `（粗略核对：${subject}${amount}截断为${step}的整数倍）`,
  },
  partsSum: (exports, imports, sum, turnover, placement, ending) =>
    `出口${exports}加进口${imports}得${sum}；公布的贸易额${turnover}${placement}${ending}`,
  growthLevels: (subject, current, period, prior, earlier, implied, stated, placement, ending) =>
    `${subject}${current}（${periodZh(period)}）对比${prior}（${periodZh(earlier)}），得出增长率${implied}；公布的增长率${stated}${placement}${ending}`,
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
    `贸易额${turnover}${turnoverChange} ${turnoverRate}，推算出${periodZh(earlier)}贸易额${previousTurnover}；` +
    `出口${exports}${exportsChange}推算出${previousExports}，进口${imports}${importsChange}推算出` +
    `${previousImports}，合计${together}；${relation}${ending}`,
  previous: { overlap: '两者重叠', apart: (gap) => `两者相距${gap}` },
  share: (subject, part, whole, total, implied, stated, placement, ending) =>
    `${subject}${part}除以${whole}${total}得${implied}；公布的占比${stated}${placement}${ending}`,
  growthFirstYear: (flow, stated, period) =>
    `${flow}的增长率${stated}无法与金额核对：${periodZh(period)}之前没有年份（时期须在1–9999年之间）。`,
  previousFirstYear: (period) =>
    `无法推算上期金额：${periodZh(period)}之前没有年份（时期须在1–9999年之间）。`,
  growthNeither: {
    exports: (flow, period, earlier, stated) =>
      `${periodZh(period)}和${periodZh(earlier)}的${flow}均未公布，因此增长率${stated}无法与金额核对。`,
    imports: (flow, period, earlier, stated) =>
      `${periodZh(period)}和${periodZh(earlier)}的${flow}均未公布，因此增长率${stated}无法与金额核对。`,
    turnover: (flow, period, earlier, stated) =>
      `${periodZh(period)}和${periodZh(earlier)}的${flow}均未公布，因此增长率${stated}无法与金额核对。`,
  },
  shareNeither: (flow, whole, period, stated) =>
    `${periodZh(period)}${flow}和${whole}均未公布，因此占比${stated}无法核对。`,
  growthUnchecked: {
    exports: (flow, earlier, stated, implied) =>
      `${periodZh(earlier)}${flow}未公布，因此增长率${stated}无法与金额核对；该增长率推算出${periodZh(earlier)}出口${implied}。`,
    imports: (flow, earlier, stated, implied) =>
      `${periodZh(earlier)}${flow}未公布，因此增长率${stated}无法与金额核对；该增长率推算出${periodZh(earlier)}进口${implied}。`,
    turnover: (flow, earlier, stated, implied) =>
      `${periodZh(earlier)}${flow}未公布，因此增长率${stated}无法与金额核对；该增长率推算出${periodZh(earlier)}贸易额${implied}。`,
  },
  shareUnchecked: {
    exports: (whole, period, stated, subject, part, implied) =>
      `${periodZh(period)}${whole}未公布，因此占比${stated}无法核对；由${subject}${part}推算出${whole}${implied}。`,
    imports: (whole, period, stated, subject, part, implied) =>
      `${periodZh(period)}${whole}未公布，因此占比${stated}无法核对；由${subject}${part}推算出${whole}${implied}。`,
    turnover: (whole, period, stated, subject, part, implied) =>
      `${periodZh(period)}${whole}未公布，因此占比${stated}无法核对；由${subject}${part}推算出${whole}${implied}。`,
  },
  balanceUnchecked: (reporter, partner, period, claim) =>
    `${periodZh(period)}${reporter}与${partner}的出口和进口均未公布，因此${claim}无法核对。`,
  balanceFrom: {
    flows: (exports, imports) => `出口${exports}减进口${imports}`,
    turnover: (turnover, subject, part) => `贸易额${turnover}与${subject}${part}`,
  },
  balance: (from, balance, reporter) => `${from}，得出${reporter}的差额为${balance}`,
  positions: { surplus: '顺差', deficit: '逆差' },
  // In Chinese quotation marks: `quoted` is the claim as a JSON string, its escapes kept (control
  // characters stay escaped) but a quotation mark's, which these marks do not need.
  claim: (quoted) =>
    `说法“${quoted.slice(1, -1).replace(/\\(.)/gu, (sequence, char) => (char === '"' ? char : sequence))}”`,
  claimedBalance: (base, says, side, amount, claimed, reporter, placement, ending) =>
    `${base}；公布的${side}${says}${amount}，即${reporter}的差额${claimed}，${placement}${ending}`,
  confirmed: (base, reporterSays, reporter, partnerSays, partner, claim) =>
    `${base}：无论如何舍入，${reporter}均为${reporterSays}，即${partner}为${partnerSays}；${claim}得到证实：一致。`,
  possible: (base, claim, note) =>
    `${base}，按公布的精度正负皆有可能；${claim}可能成立但未得到证实：一致${note}。`,
  contradicted: (base, partnerSays, reporter, claim) =>
    `${base}：无论如何舍入，${reporter}均为${partnerSays}，因此${claim}不成立：不一致。`,
  aboutWithin: (about, interval) => `约${about}，区间${interval}`,
  impliedPrevious: (subject, amount, change, implies, earlier, object, value) =>
    `${subject}${amount}${change}，${implies}${periodZh(earlier)}${object}${value}。`,
  impliedWhole: (subject, amount, share, whole, value) =>
    `${subject}${amount}占${whole}的${share}，推算出该总额${value}。`,
  impliedPart: (turnover, subject, part, missing, value) =>
    `贸易额${turnover}减${subject}${part}，得出${missing}${value}。`,
};
