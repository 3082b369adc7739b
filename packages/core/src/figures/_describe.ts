import { Decimal } from '../_internal/decimal.js';
import { SCALE_FACTOR, SCALE_SYMBOL, SCALES_DOWN } from './_text.js';
import type { Scale } from './published-amount.js';

/** "US$" for US dollars, "CNY " for the others. */
export function currencyPrefix(currency: string): string {
  return currency === 'USD' ? 'US$' : `${currency} `;
}

/** Decimals that show a step: 2 for 0.01, 0 for 1 or 5; undefined when not a power of ten. */
export function decimalsOfStep(step: Decimal): number | undefined {
  const decimals = step.decimalPlaces();
  const unit = new Decimal(1).div(new Decimal(`1e${decimals}`));
  if (decimals > 0) return step.eq(unit) ? decimals : undefined;
  return 0;
}

/** A number written with the decimals its precision shows. */
export function writeStated(value: Decimal, step: Decimal): string {
  const decimals = decimalsOfStep(step);
  return decimals === undefined ? value.toString() : value.toFixed(decimals);
}

/** The scale to show an amount in: at most two decimals beyond the unit, not above the value. */
export function inferScale(value: Decimal, precision: Decimal): Scale {
  const reach = value.gt(precision) ? value : precision;
  for (const scale of SCALES_DOWN) {
    const factor = SCALE_FACTOR[scale];
    if (factor.lte(reach) && factor.lte(precision.times(100))) return scale;
  }
  return 'unit';
}

/** "US$338.6 M": an amount at its scale, with the digits its precision shows. */
export function writeAmount(
  value: Decimal,
  currency: string,
  scale: Scale,
  precision: Decimal,
): string {
  const factor = SCALE_FACTOR[scale];
  const symbol = SCALE_SYMBOL[scale];
  const stated = writeStated(value.div(factor), precision.div(factor));
  return `${currencyPrefix(currency)}${stated}${symbol === '' ? '' : ` ${symbol}`}`;
}

/** "+6.4 %", "-1.1 %", "0 %". */
export function writeRate(value: Decimal, precision: Decimal): string {
  const written = writeStated(value.abs(), precision);
  const sign = value.isZero() ? '' : value.isNegative() ? '-' : '+';
  return `${sign}${written} %`;
}
