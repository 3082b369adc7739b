/**
 * Comtrade-shaped flows for the benchmarks: reporters × partners × flows × months over four
 * years, values with 0–3 decimals (deterministic, no randomness). With `pastExactRange`, one row
 * in 1,000 is a value past 2^53 units (at scale 3), so the exact fallback runs.
 */
import type { FlowRecord } from '../flow-table-builder.js';

export const MONTHS = 48;
export const REPORTERS = 10;

const code = (index: number): string =>
  String.fromCharCode(
    65 + (index % 26),
    65 + (Math.floor(index / 26) % 26),
    65 + (Math.floor(index / 676) % 26),
  );

/** The generated columns: integer codes, month index 0–47 and the value's text. */
export interface ComtradeShaped {
  readonly rows: number;
  readonly partners: number;
  readonly reporter: Int32Array;
  readonly partner: Int32Array;
  readonly flow: Int32Array;
  readonly month: Int32Array;
  readonly value: readonly string[];
  /** Key texts per code. */
  readonly reporterText: readonly string[];
  readonly partnerText: readonly string[];
  readonly monthText: readonly string[];
}

export function comtradeShaped(rows: number, pastExactRange = false): ComtradeShaped {
  const partners = Math.ceil(rows / (REPORTERS * 2 * MONTHS));
  const reporter = new Int32Array(rows);
  const partner = new Int32Array(rows);
  const flow = new Int32Array(rows);
  const month = new Int32Array(rows);
  const value: string[] = new Array(rows);
  let seed = 20_261_214;
  for (let row = 0; row < rows; row++) {
    month[row] = row % MONTHS;
    const series = Math.floor(row / MONTHS);
    flow[row] = series % 2;
    partner[row] = Math.floor(series / 2) % partners;
    reporter[row] = Math.floor(series / (2 * partners)) % REPORTERS;
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const decimals = (seed >>> 16) % 4;
    const whole = 1 + (seed % 900_000_000);
    const fraction = String(seed % 1000)
      .padStart(3, '0')
      .slice(0, decimals);
    value[row] =
      pastExactRange && row % 1000 === 7
        ? `${whole}${String(seed).padStart(10, '0')}.5`
        : decimals === 0
          ? String(whole)
          : `${whole}.${fraction}`;
  }
  const monthText = Array.from({ length: MONTHS }, (_, index) => {
    return `${2021 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  return {
    rows,
    partners,
    reporter,
    partner,
    flow,
    month,
    value,
    reporterText: Array.from({ length: REPORTERS }, (_, index) => code(index + 3)),
    partnerText: Array.from({ length: partners }, (_, index) => code(index + 1000)),
    monthText,
  };
}

/** The same flows as records for a flow table builder. */
export function* comtradeRecords(data: ComtradeShaped): Generator<FlowRecord> {
  for (let row = 0; row < data.rows; row++) {
    yield {
      reporter: data.reporterText[data.reporter[row] as number] as string,
      partner: data.partnerText[data.partner[row] as number] as string,
      flow: data.flow[row] === 0 ? 'export' : 'import',
      period: data.monthText[data.month[row] as number] as string,
      value: data.value[row] as string,
      currency: 'USD',
    };
  }
}
