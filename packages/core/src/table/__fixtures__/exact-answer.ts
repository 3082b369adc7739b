/**
 * The exact answer for the Comtrade-shaped data of the flow-table benchmark, in BigInt: sums per
 * (reporter, partner, flow) series and monthly year-on-year rates (exact levels, rounded once),
 * and a check that Bilateral's `sumBy` and `yearOnYearBy` equal it. Used by flow-table.bench.ts
 * and scripts/scaling.ts.
 */
import { divideRounded, toBig } from '../internal/scaled-units.js';
import { type ComtradeShaped, MONTHS } from './comtrade-shaped.js';
import { type bilateralEngine, seriesCount } from './engines.js';

const SCALE = 1000n;

const units = (text: string): bigint => {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(3, '0'));
};

/** Index of a (reporter, partner, flow) series in the generator's order. */
const seriesIndex = (data: ComtradeShaped, r: number, p: number, f: number) =>
  (r * data.partners + p) * 2 + f;

/** The series index of a result row's reporter, partner and flow as an engine names them (-1 for a name the data lacks). */
export function seriesLookup(data: ComtradeShaped) {
  const reporterCode = new Map(data.reporterText.map((text, code) => [text, code]));
  const partnerCode = new Map(data.partnerText.map((text, code) => [text, code]));
  return (reporter: unknown, partner: unknown, flow: unknown) =>
    seriesIndex(
      data,
      reporterCode.get(String(reporter)) ?? -1,
      partnerCode.get(String(partner)) ?? -1,
      flow === 'export' ? 0 : 1,
    );
}

/** Exact sums per series and per series-month, as BigInt units of 0.001. */
export function exactAnswer(data: ComtradeShaped) {
  const series = seriesCount(data);
  const sums = new Array<bigint>(series).fill(0n);
  const monthly = new Array<bigint | undefined>(series * MONTHS);
  for (let row = 0; row < data.rows; row++) {
    const s = seriesIndex(
      data,
      data.reporter[row] as number,
      data.partner[row] as number,
      data.flow[row] as number,
    );
    const value = units(data.value[row] as string);
    sums[s] = (sums[s] as bigint) + value;
    const slot = s * MONTHS + (data.month[row] as number);
    monthly[slot] = (monthly[slot] ?? 0n) + value;
  }
  const rates = new Float64Array(series * MONTHS).fill(Number.NaN);
  for (let slot = 0; slot < rates.length; slot++) {
    const current = monthly[slot];
    const previous = slot % MONTHS >= 12 ? monthly[slot - 12] : undefined;
    if (current !== undefined && previous !== undefined && previous > 0n) {
      rates[slot] = divideRounded(current - previous, previous);
    }
  }
  return { sums, rates };
}

/**
 * Throws unless Bilateral's grouped sums and year-on-year rates on `data` equal the exact answer:
 * every sum to the unit, every rate the exact one rounded once (`null` where it has none).
 */
export function checkBilateralExact(
  data: ComtradeShaped,
  exact: ReturnType<typeof exactAnswer>,
  bilateral: ReturnType<typeof bilateralEngine>,
): void {
  const seriesOf = seriesLookup(data);
  const sums = bilateral.sums();
  if (sums.length !== Math.ceil(data.rows / MONTHS))
    throw new Error(`Bilateral gives ${sums.length} sums, not ${Math.ceil(data.rows / MONTHS)}`);
  for (let i = 0; i < sums.length; i++) {
    const s = seriesOf(sums.keyAt(i, 'reporter'), sums.keyAt(i, 'partner'), sums.keyAt(i, 'flow'));
    if (toBig(sums.unitsAt(i)) * 10n ** BigInt(3 - bilateral.table.scale) !== exact.sums[s])
      throw new Error(`Bilateral's sum of group ${i} is not exact`);
  }
  const growth = bilateral.yoy();
  const monthCode = new Map(data.monthText.map((text, code) => [text, code]));
  for (let i = 0; i < growth.length; i++) {
    const s = seriesOf(
      growth.keyAt(i, 'reporter'),
      growth.keyAt(i, 'partner'),
      growth.keyAt(i, 'flow'),
    );
    const expected = exact.rates[
      s * MONTHS + (monthCode.get(growth.keyAt(i, 'period')) ?? -1)
    ] as number;
    const got = growth.rateAt(i) ?? Number.NaN;
    if (!(got === expected || (Number.isNaN(got) && Number.isNaN(expected)))) {
      throw new Error(
        `Bilateral's rate of group ${i} is ${got}, the exact rate rounded once is ${expected}`,
      );
    }
  }
}
