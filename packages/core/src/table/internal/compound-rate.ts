import { divideRounded, type ExactUnits, subtractUnits, toBig } from './scaled-units.js';

const view = new DataView(new ArrayBuffer(8));

/** A float64 as `m × 2^e` with an integer `m`, exactly. */
function dyadic(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = biased === 0 ? -1074 : biased - 1075;
  return [high >>> 31 === 1 ? -mantissa : mantissa, exponent];
}

/** The float64 next to `x` towards +∞ (`direction` 1) or −∞ (−1). */
function nextAfter(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 === direction > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** Whether a float64's last mantissa bit is 0. */
function isEven(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint32(4) & 1) === 0;
}

/** The sign of `(1 + (a + b) / 2)^n × first − last`, exactly (`a`, `b` adjacent float64s). */
function compareAtMidpoint(a: number, b: number, n: number, first: bigint, last: bigint): number {
  const [ma, ea] = dyadic(a);
  const [mb, eb] = dyadic(b);
  const low = Math.min(ea, eb);
  const twice = (ma << BigInt(ea - low)) + (mb << BigInt(eb - low)); // a + b = twice × 2^low
  const e = low - 1; // (a + b) / 2 = twice × 2^e
  const one = e < 0 ? 1n << BigInt(-e) : 1n;
  const base = e < 0 ? one + twice : (twice << BigInt(e)) + 1n; // 1 + midpoint = base × 2^min(e, 0)
  const shift = BigInt(Math.max(0, -e) * n);
  const left = base ** BigInt(n) * first;
  const right = last << shift;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `(last ÷ first)^(1/n) − 1` for integers `first > 0`, `last ≥ 0` and a whole `n ≥ 1`, as the
 * float64 nearest the exact (usually irrational) rate, half to even. A float estimate is checked
 * exactly: the rate lies between the midpoints to its two float64 neighbours exactly when
 * `(1 + lower midpoint)^n × first ≤ last ≤ (1 + upper midpoint)^n × first`, compared in BigInt;
 * otherwise the estimate moves one float64 at a time (it is within a few of the answer).
 */
export function compoundRateRounded(first: ExactUnits, last: ExactUnits, n: number): number {
  const growth = divideRounded(subtractUnits(last, first), first);
  const f = toBig(first);
  const l = toBig(last);
  if (n === 1 || l === f) return growth;
  if (l === 0n) return -1;
  // ln(last ÷ first) to a few units in the last place: log1p near 1, log of the ratio elsewhere.
  const logRatio =
    Math.abs(growth) < 0.5 ? Math.log1p(growth) : Math.log(divideRounded(last, first));
  let rate = Math.expm1(logRatio / n);
  for (;;) {
    const up = nextAfter(rate, 1);
    const above = compareAtMidpoint(rate, up, n, f, l);
    if (above < 0) {
      rate = up;
      continue;
    }
    if (above === 0) return isEven(rate) ? rate : up;
    const down = nextAfter(rate, -1);
    const below = compareAtMidpoint(down, rate, n, f, l);
    if (below > 0) {
      rate = down;
      continue;
    }
    if (below === 0) return isEven(rate) ? rate : down;
    return rate;
  }
}
