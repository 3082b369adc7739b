/**
 * A generated UN Comtrade extract at the heading level (HS4) for the report's commodity section:
 * Viet Nam and Laos each reporting exports to and imports from the other, 2023 and 2024, a dozen
 * real headings, and four economies' exports to the World by heading (for RCA). Values come from
 * a fixed-seed generator: synthetic, never published figures.
 *
 *   pnpm exec tsx packages/core/src/cli/__fixtures__/commodity-extract.ts > extract.json
 */
import { type ComtradeJson, record } from '../../io/__fixtures__/comtrade.js';

const ECONOMIES = {
  VNM: [704, 'Viet Nam'],
  LAO: [418, "Lao People's Dem. Rep."],
  THA: [764, 'Thailand'],
  CHN: [156, 'China'],
  W00: [0, 'World'],
} as const;
type Code = keyof typeof ECONOMIES;

/** Headings Viet Nam sells to Laos, and those Laos sells to Viet Nam. */
const VNM_EXPORTS = ['2710', '7214', '8711', '3105', '1006', '2523', '8704'];
const LAO_EXPORTS = ['2603', '4001', '0714', '2716', '1005', '4407'];

/** The record of one flow, values in cents. */
function flow(
  reporter: Code,
  partner: Code,
  direction: 'X' | 'M',
  year: number,
  hs: string,
  cents: bigint,
): ComtradeJson {
  const value = Number(cents) / 100;
  const [reporterCode, reporterDesc] = ECONOMIES[reporter];
  const [partnerCode, partnerDesc] = ECONOMIES[partner];
  return record({
    refYear: year,
    period: String(year),
    refPeriodId: year * 10_000 + 101,
    reporterCode,
    reporterISO: reporter,
    reporterDesc,
    partnerCode,
    partnerISO: partner,
    partnerDesc,
    flowCode: direction,
    flowDesc: direction === 'X' ? 'Export' : 'Import',
    classificationCode: 'H6',
    cmdCode: hs,
    cmdDesc: `HS ${hs}`,
    qty: 0,
    netWgt: 0,
    primaryValue: value,
    fobvalue: direction === 'X' ? value : null,
    cifvalue: direction === 'M' ? value : null,
  });
}

/** The records of the extract: the same for every call (seed 20261202). */
export function commodityExtract(): ComtradeJson[] {
  let seed = 20_261_202n;
  /** A whole number of cents from `low` to `high` dollars. */
  const draw = (low: bigint, high: bigint) => {
    seed = (seed * 48_271n) % 2_147_483_647n;
    return low * 100n + (seed % ((high - low) * 100n));
  };
  const records: ComtradeJson[] = [];
  for (const year of [2023, 2024]) {
    const pairs: [Code, Code, readonly string[]][] = [
      ['VNM', 'LAO', VNM_EXPORTS],
      ['LAO', 'VNM', LAO_EXPORTS],
    ];
    for (const [exporter, importer, headings] of pairs) {
      headings.forEach((hs, index) => {
        const exports = draw(1_000_000n, 400_000_000n);
        records.push(flow(exporter, importer, 'X', year, hs, exports));
        // Laos reports few imports; Viet Nam reports most: some products are mirror-only.
        if (importer === 'LAO' && index % 3 === 2) return;
        // The importer's CIF figure: 0.85 to 1.45 times the exporter's FOB one.
        const factor = 85n + (draw(0n, 1n) % 61n);
        records.push(flow(importer, exporter, 'M', year, hs, (exports * factor) / 100n));
      });
    }
    for (const reporter of ['VNM', 'LAO', 'THA', 'CHN'] as const) {
      for (const hs of [...VNM_EXPORTS, ...LAO_EXPORTS]) {
        records.push(flow(reporter, 'W00', 'X', year, hs, draw(5_000_000n, 5_000_000_000n)));
      }
    }
  }
  return records;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(commodityExtract())}\n`);
}
