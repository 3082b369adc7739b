import { Decimal } from '../_internal/decimal.js';
import { economyLabel } from '../economy/index.js';
import type { Locale } from '../economy/locale.js';
import { formatMoney, money } from '../money/index.js';
import { formatDecimal } from '../money/number-format.js';
import { countOf } from './count-of.js';
import { localPercent } from './local-numbers.js';
import type { CommoditySection, ProductIndicator, ProductRow } from './report-commodities.js';
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

function productTable(rows: readonly ProductRow[], currency: string, locale: Locale): string {
  return textTable(
    ['code', 'product', 'value', 'share'],
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
): string {
  return textTable(
    ['code', 'product', header],
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
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', color ? styled(text, 'bold') : text, '');
  const reporter = economyLabel(section.reporter, locale);
  const partner = economyLabel(section.partner, locale);
  const direction = section.flow === 'export' ? `exports to ${partner}` : `imports from ${partner}`;
  heading(
    `Products of ${reporter}'s ${direction}, ${section.period} (${countOf(section.products, section.level)}; HS 2022 names)`,
  );
  const rest =
    section.rest === null
      ? []
      : [{ ...section.rest, code: null, name: `${section.rest.name} (${section.rest.count})` }];
  lines.push(productTable([...section.top, ...rest], section.currency, locale));
  lines.push('', '  By HS section:', productTable(section.sections, section.currency, locale));
  const c = section.concentration;
  lines.push(
    '',
    c.index === null
      ? `  Concentration (HHI): none — ${c.reason}`
      : `  Concentration (HHI by ${section.level}): ${formatDecimal(new Decimal(c.points), { locale, fractionDigits: 0, roundingMode: 'half-up', trimZeros: false })} of ${formatDecimal(new Decimal(10_000), { locale, fractionDigits: 0, roundingMode: 'half-up', trimZeros: false })} — ${c.band.replace(/-/g, ' ')}`,
  );
  heading('Revealed comparative advantage (Balassa)');
  if (section.rca !== null) {
    lines.push(
      indicatorTable(section.rca, 'RCA', (value) =>
        formatDecimal(new Decimal(value), {
          locale,
          fractionDigits: 2,
          roundingMode: 'half-even',
          trimZeros: false,
        }),
      ),
      '',
    );
  }
  if (section.rcaNote !== null) lines.push(`  ${section.rcaNote}`);
  if (section.growth !== null) {
    const g = section.growth;
    heading(
      `Contributions to growth, ${g.from} → ${section.period}: total ${g.total === null ? `— (${g.totalReason})` : percentOf(g.total, locale, true)}`,
    );
    lines.push(
      indicatorTable(g.contributions, 'contribution', (value) => percentOf(value, locale, true)),
    );
  } else if (section.growthNote !== null) {
    heading('Contributions to growth');
    lines.push(`  ${section.growthNote}`);
  }
  heading(`Mirror flows: ${reporter} and ${partner} as each reports the other`);
  if (section.mirror === null) {
    lines.push(`  ${section.mirrorNote}`);
    return lines;
  }
  // The latest period in the terminal (both directions); every period in --json.
  const shown = section.mirror.filter((row) => row.period === section.period);
  const rows = shown.length > 0 ? shown : section.mirror;
  const flagged = rows.filter((row) => row.flagged).length;
  lines.push(
    `  ${rows[0]?.period ?? ''}: ${countOf(rows.length, 'flow')}, ${flagged} outside the CIF/FOB band (⚑)`,
    `  ${section.mirrorNote}`,
    '',
    textTable(
      ['exporter→importer', 'HS', 'exports (FOB)', 'imports (CIF)', 'gap', 'band', 'reconciled'],
      rows
        .slice(0, MIRROR_ROWS)
        .map((row) => [
          `${row.exporter}→${row.importer}`,
          row.commodity ?? 'total',
          amount(row.exports, row.currency, locale),
          amount(row.imports, row.currency, locale),
          row.relativeGap !== null
            ? percentOf(row.relativeGap, locale, true)
            : row.exports === null
              ? 'no export report'
              : row.imports === null
                ? 'no import report'
                : 'exports 0',
          row.band === null ? '—' : row.flagged ? `${row.band} ⚑` : row.band,
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
  if (more > 0) lines.push(`  … ${countOf(more, 'more flow')} (other periods too) in --json`);
  return lines;
}
