/**
 * The states a crossing can be in over time.
 *
 * @example
 * ```ts
 * CROSSING_STATUSES;
 * //=> ['open', 'restricted', 'suspended', 'planned']
 * ```
 *
 * @category Infrastructure
 */
export const CROSSING_STATUSES = ['open', 'restricted', 'suspended', 'planned'] as const;

/**
 * One of {@link CROSSING_STATUSES}.
 *
 * @example
 * ```ts
 * const status: CrossingStatus = 'suspended';
 * ```
 *
 * @category Infrastructure
 */
export type CrossingStatus = (typeof CROSSING_STATUSES)[number];

/**
 * How a crossing is crossed.
 *
 * @example
 * ```ts
 * CROSSING_MODES;
 * //=> ['road', 'rail', 'river']
 * ```
 *
 * @category Infrastructure
 */
export const CROSSING_MODES = ['road', 'rail', 'river'] as const;

/**
 * One of {@link CROSSING_MODES}.
 *
 * @example
 * ```ts
 * const mode: CrossingMode = 'rail';
 * ```
 *
 * @category Infrastructure
 */
export type CrossingMode = (typeof CROSSING_MODES)[number];

/**
 * What a dated class entry records: a change (`opened`, `upgraded`, `downgraded`,
 * `reclassified`) or only that a source saw the crossing in that class on that date
 * (`recorded`).
 *
 * @example
 * ```ts
 * CLASS_CHANGES.includes('upgraded');
 * //=> true
 * ```
 *
 * @category Infrastructure
 */
export const CLASS_CHANGES = [
  'opened',
  'upgraded',
  'downgraded',
  'reclassified',
  'recorded',
] as const;
