import * as z from 'zod/mini';
import { parseWithSchema } from '../_internal/zod-issues.js';
import {
  BilateralError,
  type BilateralIssue,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { CountryCodeSchema, SlugSchema, SourceIdsSchema, TextSchema } from './_lib/ids.js';
import { PartialDateSchema } from './partial-date.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

/**
 * The JSON shape of a {@link CrossingPlan}.
 *
 * @example
 * ```ts
 * CrossingPlanSchema.safeParse({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const CrossingPlanSchema = z.strictObject({
  id: SlugSchema,
  /** The act, e.g. `"Decision 1201/QD-TTg of 14 Oct 2023"`. */
  act: TextSchema,
  countries: z.tuple([CountryCodeSchema, CountryCodeSchema]),
  /** The country whose classes the plan counts. */
  system: CountryCodeSchema,
  /** Planned numbers of gates per class by a horizon year; `total` is their sum. */
  targets: z.array(
    z.strictObject({
      by: PartialDateSchema,
      total: z.int().check(z.gte(0)),
      counts: z.record(SlugSchema, z.int().check(z.gte(0))),
    }),
  ),
  /** Upgrades the plan names for particular crossings, where a source gives them. */
  upgrades: z.optional(
    z.array(
      z.strictObject({
        crossingId: SlugSchema,
        country: CountryCodeSchema,
        to: SlugSchema,
        by: z.optional(PartialDateSchema),
        sources: SourceIdsSchema,
        uncertain: z.optional(UncertainMarkerSchema),
        note: z.optional(TextSchema),
      }),
    ),
  ),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * A government plan for the gates of one border: how many of each class by which year, and the
 * upgrades it names for particular crossings.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_GATE_PLAN_1201.targets.map((t) => t.total);
 * //=> [46, 49]
 * ```
 *
 * @category Infrastructure
 */
export type CrossingPlan = z.infer<typeof CrossingPlanSchema>;

/**
 * Validates a {@link CrossingPlan}; each target's `total` must be the sum of its counts.
 *
 * @param input - the plan, as JSON-shaped data
 * @returns the plan
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseCrossingPlan(VIETNAM_LAOS_GATE_PLAN_1201).targets[0]?.counts.secondary;
 * //=> 21
 * ```
 *
 * @category Infrastructure
 */
export function parseCrossingPlan(input: unknown): CrossingPlan {
  const plan = parseWithSchema(CrossingPlanSchema, input, 'INVALID_INPUT');
  const issues: BilateralIssue[] = [];
  plan.targets.forEach((target, index) => {
    const sum = Object.values(target.counts).reduce((total, count) => total + count, 0);
    if (sum !== target.total) {
      issues.push({
        path: ['targets', index, 'total'],
        message: `is ${target.total} but the counts add up to ${sum}`,
      });
    }
  });
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  return plan;
}

/**
 * The result form of {@link parseCrossingPlan}.
 *
 * @example
 * ```ts
 * safeParseCrossingPlan({ id: 'x' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseCrossingPlan(input: unknown): SafeParseResult<CrossingPlan> {
  return toSafeParse(() => parseCrossingPlan(input));
}
