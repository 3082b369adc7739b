/**
 * Describes what a set of UN Comtrade records covers, for the title of the import's source:
 * "UN Comtrade: Brazil exports to China, HS 1201, 2021 and 2023". Private to the `io` module.
 *
 * @internal
 */

import type { ComtradeRow } from './_comtrade-row.js';

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** `A`, `A and B`, `A, B and C`, `A, B, C and 4 more`. */
function list(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The periods, first to last when there are many. */
function periods(texts: readonly string[]): string {
  const sorted = unique(texts).sort();
  if (sorted.length <= 3) return list(sorted);
  return `${sorted[0]} to ${sorted[sorted.length - 1]} (${sorted.length} periods)`;
}

/** The title of the source: who reported what with whom, which goods, when. */
export function describeRows(rows: readonly ComtradeRow[]): string {
  if (rows.length === 0) return 'UN Comtrade: no records';
  const reporters = list(unique(rows.map((row) => row.reporterName)));
  const partners = list(unique(rows.map((row) => row.partnerName)));
  const directions = unique(rows.map((row) => row.direction));
  const verb =
    directions.length === 2
      ? 'trade with'
      : directions[0] === 'export'
        ? 'exports to'
        : 'imports from';
  const codes = unique(rows.map((row) => row.commodity ?? 'TOTAL'));
  const hs = codes.filter((code) => code !== 'TOTAL');
  const goods =
    hs.length === 0
      ? 'all goods'
      : `HS ${list(hs, 5)}${codes.includes('TOTAL') ? ' and all goods' : ''}`;
  return `UN Comtrade: ${reporters} ${verb} ${partners}, ${goods}, ${periods(rows.map((row) => row.period))}`;
}
