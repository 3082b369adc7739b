import { economyName } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { formatMoney, money } from '../money/index.js';
import type { Report, TradeRow } from './report.js';
import { textTable } from './text-table.js';

const bold = (text: string, color: boolean) => (color ? `\u001b[1m${text}\u001b[22m` : text);

function compact(amount: string | null, currency: string, locale: Locale): string {
  if (amount === null) return '—';
  return formatMoney(money(amount, currency), { notation: 'compact', locale });
}

function tradeTable(rows: readonly TradeRow[], locale: Locale): string {
  return textTable(
    ['period', 'exports', 'imports', 'turnover', 'balance', 'cover', 'notes'],
    rows.map((row) => [
      row.period,
      compact(row.exports, row.currency, locale),
      compact(row.imports, row.currency, locale),
      compact(row.turnover, row.currency, locale),
      compact(row.balance, row.currency, locale),
      row.coverageRatio === null ? '—' : Number(row.coverageRatio).toFixed(2),
      [row.position ?? '', ...row.marks].filter(Boolean).join('; '),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

/** Writes the report for a terminal. */
export function formatReport(report: Report, locale: Locale, color: boolean): string {
  const lines: string[] = [];
  const heading = (text: string) => {
    lines.push('', bold(text, color), '');
  };
  lines.push(bold(`${report.dataset.title} — Bilateral report`, color));
  lines.push(
    `${report.dataset.flows} published flows from ${report.dataset.sources} sources (dataset "${report.dataset.id}")`,
  );
  for (const section of report.trade) {
    heading(
      `Trade reported by ${economyName(section.reporter, locale)} with ${economyName(section.partner, locale)} (balance and position from the reporter's side)`,
    );
    lines.push(tradeTable(section.rows, locale));
  }
  return lines.join('\n');
}
