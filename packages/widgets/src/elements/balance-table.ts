import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../base/bilateral-element.js';
import { cellValue } from '../base/cell-value.js';
import { noteRow, notesBelow } from '../base/table-notes.js';
import { formatAmountColumn } from '../i18n/amount-column.js';
import { economyName } from '../i18n/economy-names.js';
import { formatPeriodLabel } from '../i18n/format.js';
import type { BalanceRow, BalanceView } from './balance.js';
import { balanceText, flowText } from './balance-text.js';

/**
 * `<bilateral-balance>`'s data table: a row per period with exports, imports and the balance
 * (each a column of amounts with the same decimals), the coverage ratio (`coverage`: as the
 * element writes it), the reporter's position and a note on an uncertain row.
 */
export function balanceTable(
  view: BalanceView,
  context: RenderContext,
  caption: string,
  coverage: (row: BalanceRow, locale: RenderContext['locale']) => string,
): TemplateResult {
  const { locale, m } = context;
  const below = notesBelow(context.width);
  const points = view.rows.map((row) => row.point);
  // Each side to no digit past the unit it is known to (`BalanceRow.sides`: US$368.4 million
  // known to the 0.1 million stays so beside US$1.04 billion, not US$368.40 million).
  const exports = formatAmountColumn(
    points.map((point) => point.exports),
    locale,
    view.rows.map((row) => row.sides[0]),
  );
  const imports = formatAmountColumn(
    points.map((point) => point.imports),
    locale,
    view.rows.map((row) => row.sides[1]),
  );
  const balances = formatAmountColumn(
    points.map((point) => point.balance),
    locale,
    view.rows.map((row) => row.precision),
  );
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${m.period}</th>
        <th scope="col">${m.exports}</th>
        <th scope="col">${m.imports}</th>
        <th scope="col">${m.balance}</th>
        <th scope="col">${m.coverage}</th>
        <th scope="col" class="text">${economyName(view.reporter, locale)}</th>
        ${below ? '' : html`<th scope="col" class="notes">${m.notes}</th>`}
      </tr>
    </thead>
    <tbody>
      ${view.rows.map((row, index) => {
        const { point, uncertain } = row;
        const under = below && uncertain;
        return html`<tr class=${under ? 'noted' : ''}>
            <th scope="row" id=${under ? `row-${index}` : nothing}>${formatPeriodLabel(point.period, locale)}</th>
            <td data-value=${cellValue(point.exports?.amount)}>${flowText(point.exports, row.bounds[0], locale, m, exports[index])}</td>
            <td data-value=${cellValue(point.imports?.amount)}>${flowText(point.imports, row.bounds[1], locale, m, imports[index])}</td>
            <td data-value=${row.range ? nothing : cellValue(point.balance.amount)}>${row.range ? balanceText(row, locale, m) : balances[index]}</td>
            <td data-value=${cellValue(point.coverageRatio, true)}>${coverage(row, locale)}</td>
            <td class="text">${m.positionNames[point.position.reporter]}</td>
            ${below ? '' : html`<td class="notes">${uncertain ? m.uncertain : ''}</td>`}
          </tr>
          ${under ? noteRow(m.uncertain, 6, m, `row-${index}`) : ''}`;
      })}
    </tbody>
  </table>`;
}
