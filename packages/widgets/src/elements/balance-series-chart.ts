import { formatPeriod, type Money } from '@bilateral/core/calc';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ChartParts, RenderContext } from '../base/bilateral-element.js';
import { timeSlots } from '../base/timeline.js';
import { categoryAxis, valueAxis } from '../charts/axes.js';
import { bars } from '../charts/bar.js';
import { axisBoxes, type Box, markBox } from '../charts/boxes.js';
import { hitColumns } from '../charts/hit-columns.js';
import { line, markers } from '../charts/line.js';
import { bandScale, linearScale } from '../charts/scale.js';
import { PLOT_TOP } from '../charts/series-chart.js';
import { tooltip } from '../charts/tooltip.js';
import { axisUnit, formatNumber, formatPeriodLabel } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { BalanceRow, BalanceView } from './balance.js';
import { balanceText } from './balance-text.js';

/**
 * The legend of `<bilateral-balance view="series">`: a swatch for exports, imports and the
 * balance line (in this module, so that a card, the dashboard's panel included, does not carry it).
 */
export const balanceSeriesLegend = (m: Messages): TemplateResult =>
  html`<p class="legend muted" aria-hidden="true">
    <span><span class="swatch export"></span>${m.exports}</span>
    <span><span class="swatch import"></span>${m.imports}</span>
    <span><span class="swatch balance"></span>${m.balance}</span>
  </p>`;

/**
 * The chart of `<bilateral-balance view="series">`: exports and imports per period as bars and
 * the balance as a line, on a time axis. A module of its own, loaded only by an element whose
 * `view` is `series` (a card, the dashboard's panel included, never loads it).
 *
 * @param describe - a row's figures in words, as the element writes them for its points
 */
export function balanceSeriesChart(
  view: BalanceView,
  context: RenderContext,
  describe: (row: BalanceRow) => readonly string[],
): ChartParts {
  const { locale, m, width, active } = context;
  const height = width < 420 ? 200 : 240;
  const bottom = height - 20;
  const values = view.rows.flatMap(({ point }) => [
    point.exports.amount.toNumber(),
    point.imports.amount.toNumber(),
    point.balance.amount.toNumber(),
  ]);
  const unit = axisUnit(Math.max(...values.map(Math.abs)), view.currency, locale);
  const { colon, comma, open, close } = m.punctuation;
  // What the amount is, and the reporter's position: "2017: US$156.1 million (balance, surplus)";
  // at 280 px the tip breaks before its parenthesis, as the growth tip's "(approximate)".
  const tipOf = (row: BalanceRow) =>
    `${formatPeriodLabel(row.point.period, locale)}${colon}${balanceText(row, locale, m)}${open}${m.balance.toLocaleLowerCase(locale)}${comma}${m.positionNames[row.point.position.reporter]}${close}`;
  const y = linearScale(
    values.map((value) => value / unit.divisor),
    [bottom, PLOT_TOP],
    height < 220 ? 3 : 4,
  );
  // Time is the axis: a slot for every period, so that 2017 and 2022 lie five years apart.
  const byKey = new Map(view.rows.map((row) => [formatPeriod(row.point.period), row]));
  const slots = timeSlots(view.rows.map((row) => row.point.period));
  const rows = slots.map((period) => byKey.get(formatPeriod(period)) ?? null);
  const left = Math.min(48, width * 0.12);
  const x = bandScale(slots.length, [left, width - 4], 0.3);
  const zero = y(0);
  const half = x.bandwidth / 2;
  const at = (value: Money) => y(value.amount.toNumber() / unit.divisor);
  const activeSlot = rows.indexOf(view.rows[active] ?? null);
  const sides = [
    { className: 'export', shift: -half / 2, pick: (p: BalanceRow['point']) => p.exports },
    { className: 'import', shift: half / 2, pick: (p: BalanceRow['point']) => p.imports },
  ].map(({ className, shift, pick }) => ({
    className,
    items: rows.map((row, slot) =>
      row === null
        ? null
        : {
            x: x(slot) + shift,
            width: half,
            y: at(pick(row.point)),
            zero,
            hollow: row.uncertain,
          },
    ),
  }));
  const balance = rows.map((row, slot) => ({
    x: x(slot),
    y: row === null ? null : at(row.point.balance),
    hollow: row?.uncertain ?? false,
  }));
  const activeRow = rows[activeSlot];
  const activeBalance = balance[activeSlot];
  const marks: Box[] = [
    ...sides.flatMap(({ items }) =>
      items.flatMap((bar) =>
        bar === null
          ? []
          : [
              {
                x: bar.x - bar.width / 2,
                y: Math.min(bar.y, zero),
                width: bar.width,
                height: Math.abs(zero - bar.y),
              },
            ],
      ),
    ),
    ...balance.flatMap((point, slot) =>
      point.y === null || slot === activeSlot ? [] : [markBox(point.x, point.y)],
    ),
  ];
  const tickText = (v: number) => formatNumber(v, locale, Number.isInteger(v) ? 0 : 1, true);
  const tip =
    activeRow && activeBalance?.y != null
      ? tooltip(
          tipOf(activeRow),
          { x: activeBalance.x, y: activeBalance.y, r: 9 },
          marks,
          { x: 0, y: 0, width, height: bottom },
          // Off the axis unit and the ticks' values (written as `valueAxis` writes them).
          axisBoxes(unit.label, y, tickText),
          context.root,
        )
      : undefined;
  let described: readonly string[] | undefined;
  return {
    height,
    // Written when the navigation first reads them (a reader moves to a point).
    get points() {
      described ??= view.rows.map(
        (row) =>
          `${formatPeriodLabel(row.point.period, locale)}${colon}${describe(row).join(comma)}`,
      );
      return described;
    },
    content: svg`${valueAxis(y, 0, width, tickText, unit.label)}
        ${sides.map(({ className, items }) => bars(items, className, activeSlot))}
        <line class="zero" x1=${left} x2=${width} y1=${zero} y2=${zero}></line>
        ${line(balance, 'balance')}${markers(balance, 'balance', activeSlot)}
        ${categoryAxis(
          slots.map((period) => formatPeriodLabel(period, locale)),
          x,
          height - 4,
          left,
          width,
        )}
        ${tip?.content ?? nothing}
        ${hitColumns(
          balance.map((point) => (point.y === null ? null : point.x)),
          x.step,
          0,
          bottom,
        )}`,
  };
}
