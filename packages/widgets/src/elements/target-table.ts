import type { Money } from '@bilateral/core/calc';
import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../base/bilateral-element.js';
import { cellValue } from '../base/cell-value.js';
import { formatAmountColumn } from '../i18n/amount-column.js';
import { formatAmount, formatPeriodLabel } from '../i18n/format.js';
import type { TargetView } from './target.js';

/**
 * `<bilateral-target>`'s data table: a row per year with the actual value and the band's lower
 * and upper values (each a column with the same decimals, an actual value none past its
 * precision); for a partial evaluation, its base
 * and current periods with their values. The caption is the title naming the target (its years
 * or its level).
 */
export function targetTable(
  view: TargetView,
  context: RenderContext,
  caption: string,
): TemplateResult {
  const { locale, m } = context;
  const { evaluation } = view;
  const band = new Map(view.band?.points.map((p) => [p.year, p]) ?? []);
  const actual = new Map(
    view.timeline.points.flatMap((p) =>
      p !== null && p.period.kind === 'year' ? [[p.period.year, p] as const] : [],
    ),
  );
  const years = [...new Set([...actual.keys(), ...band.keys()])].sort((a, b) => a - b);
  // Each column with the same decimals (an actual figure none past its precision, as the growth
  // table writes it).
  const column = (values: readonly (Money | undefined)[]) => formatAmountColumn(values, locale);
  const actuals = formatAmountColumn(
    years.map((year) => actual.get(year)?.value),
    locale,
    years.map((year) => actual.get(year)?.precision),
  );
  const lowers = column(years.map((year) => band.get(year)?.lower));
  const uppers = column(years.map((year) => band.get(year)?.upper));
  const rows = evaluation.partial
    ? [evaluation.base, evaluation.current].map(
        (point) => html`<tr>
          <th scope="row">${formatPeriodLabel(point.period, locale)}</th>
          <td data-value=${cellValue(point.value.amount)}>${formatAmount(point.value, locale)}</td><td>—</td><td>—</td>
        </tr>`,
      )
    : years.map(
        (year, index) => html`<tr>
          <th scope="row">${year}</th>
          <td data-value=${cellValue(actual.get(year)?.value.amount, actual.get(year)?.derivation !== undefined)}>${actuals[index]}</td>
          <td data-value=${cellValue(band.get(year)?.lower.amount, true)}>${lowers[index]}</td>
          <td data-value=${cellValue(band.get(year)?.upper.amount, true)}>${uppers[index]}</td>
        </tr>`,
      );
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${m.period}</th>
        <th scope="col">${m.actual}</th>
        <th scope="col">${m.lower}</th>
        <th scope="col">${m.upper}</th>
      </tr>
    </thead>
    <tbody>${rows}</tbody>
  </table>`;
}
