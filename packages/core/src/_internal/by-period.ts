import { formatPeriod } from '../period/format-period.js';
import type { Period } from '../period/index.js';

/** A key that identifies a period (its text form). */
export const periodKey = (period: Period): string => formatPeriod(period);

/** Indexes points by their period text ({@link periodKey}). */
export function byPeriod<P extends { readonly period: Period }>(
  points: readonly P[],
): Map<string, P> {
  return new Map(points.map((point) => [periodKey(point.period), point]));
}
