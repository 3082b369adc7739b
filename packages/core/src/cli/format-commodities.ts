import { Decimal } from '../_internal/decimal.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { formatMoney, money } from '../money/index.js';
import { formatDecimal } from '../money/number-format.js';
import { localPercent, localWhole } from './local-numbers.js';
import type { CommoditySection, ProductIndicator, ProductRow } from './report-commodities.js';
import { type CommodityWords, REPORT_WORDS } from './report-words/index.js';
import { styled } from './terminal-text.js';
import { textTable } from './text-table.js';

/** Names longer than this are cut with an ellipsis in the terminal (never in `--json`). */
const NAME_WIDTH = 48;
/** Mirror rows printed; `--json` has them all. */
const MIRROR_ROWS = 12;

/** An HS name cut to {@link NAME_WIDTH} characters, with an ellipsis when cut. */
export function shortName(name: string): string {
  return name.length <= NAME_WIDTH ? name : `${name.slice(0, NAME_WIDTH - 1).trimEnd()}…`;
}

function percentOf(fraction: string | null, locale: Locale, signed = false): string {
  return fraction === null
    ? '—'
    : localPercent(new Decimal(fraction).times(100), 1, locale, signed);
}

function amount(value: string | null, currency: string, locale: Locale): string {
  return value === null
    ? '—'
    : formatMoney(money(value, currency), { notation: 'compact', locale });
}

function productTable(
  rows: readonly ProductRow[],
  currency: string,
  locale: Locale,
  words: CommodityWords,
): string {
  const c = words.productColumns;
  return textTable(
    [c.code, c.product, c.value, c.share],
    rows.map((row) => [
      row.code ?? '',
      shortName(row.name),
      amount(row.value, currency, locale),
      percentOf(row.share, locale),
    ]),
    ['left', 'left', 'right', 'right'],
  );
}

function indicatorTable(
  rows: readonly ProductIndicator[],
  header: string,
  format: (value: string) => string,
  words: CommodityWords,
): string {
  return textTable(
    [words.productColumns.code, words.productColumns.product, header],
    rows.map((row) => [
      row.code,
      shortName(row.name),
      row.value === null ? `— (${row.reason})` : format(row.value),
    ]),
    ['left', 'left', 'right'],
  );
}

/** The commodity section of `bilateral report`, as terminal lines. */
export function commodityLines(
  section: CommoditySection,
  locale: Locale,
  color: boolean,
): string[] {
  const words = REPORT_WORDS[locale].commodities;
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', color ? styled(text, 'bold') : text, '');
  const reporter = economyLabel(section.reporter, locale);
  const partner = economyLabel(section.partner, locale);
  heading(
    words.productsHeading(
      reporter,
      section.flow,
      partner,
      section.period,
      section.products,
      section.level,
    ),
  );
  const rest =
    section.rest === null
      ? []
      : [
          {
            ...section.rest,
            code: null,
            name: `${section.rest.name} (${localWhole(section.rest.count, locale)})`,
          },
        ];
  lines.push(productTable([...section.top, ...rest], section.currency, locale, words));
  lines.push(
    '',
    `  ${words.bySection}`,
    productTable(section.sections, section.currency, locale, words),
  );
  const c = section.concentration;
  lines.push(
    '',
    c.index === null
      ? `  ${words.hhiNone(c.reason)}`
      : `  ${words.hhi(
          section.level,
          localWhole(c.points, locale),
          localWhole(10_000, locale),
          words.hhiBands[c.band],
        )}`,
  );
  heading(words.rcaTitle);
  if (section.rca !== null) {
    lines.push(
      indicatorTable(
        section.rca,
        'RCA',
        (value) =>
          formatDecimal(new Decimal(value), {
            locale,
            fractionDigits: 2,
            roundingMode: 'half-even',
            trimZeros: false,
          }),
        words,
      ),
      '',
    );
  }
  if (section.rcaNote !== null) lines.push(`  ${section.rcaNote}`);
  if (section.growth !== null) {
    const g = section.growth;
    const total = g.total === null ? `— (${g.totalReason})` : percentOf(g.total, locale, true);
    heading(words.contributionsHeading(g.from, section.period, total));
    lines.push(
      indicatorTable(
        g.contributions,
        words.contribution,
        (value) => percentOf(value, locale, true),
        words,
      ),
    );
  } else if (section.growthNote !== null) {
    heading(words.contributionsTitle);
    lines.push(`  ${section.growthNote}`);
  }
  heading(words.mirrorHeading(reporter, partner));
  if (section.mirror === null) {
    lines.push(`  ${section.mirrorNote}`);
    return lines;
  }
  // The latest period in the terminal (both directions); every period in --json.
  const shown = section.mirror.filter((row) => row.period === section.period);
  const rows = shown.length > 0 ? shown : section.mirror;
  const flagged = rows.filter((row) => row.flagged).length;
  const m = words.mirrorColumns;
  lines.push(
    `  ${words.mirrorCount(rows[0]?.period ?? '', rows.length, flagged)}`,
    `  ${section.mirrorNote}`,
    '',
    textTable(
      [m.direction, 'HS', m.exports, m.imports, m.gap, m.band, m.reconciled],
      rows
        .slice(0, MIRROR_ROWS)
        .map((row) => [
          `${row.exporter}→${row.importer}`,
          row.commodity ?? words.total,
          amount(row.exports, row.currency, locale),
          amount(row.imports, row.currency, locale),
          row.relativeGap !== null
            ? percentOf(row.relativeGap, locale, true)
            : row.exports === null
              ? words.noExportReport
              : row.imports === null
                ? words.noImportReport
                : words.exportsZero,
          row.band === null ? '—' : `${words.mirrorBands[row.band]}${row.flagged ? ' ⚑' : ''}`,
          amount(
            row.reconciled === null ? null : new Decimal(row.reconciled).toFixed(0),
            row.currency,
            locale,
          ),
        ]),
      ['left', 'left', 'right', 'right', 'right', 'left', 'right'],
    ),
  );
  const more = section.mirror.length - Math.min(rows.length, MIRROR_ROWS);
  if (more > 0) lines.push(`  ${words.moreFlows(more)}`);
  return lines;
}
