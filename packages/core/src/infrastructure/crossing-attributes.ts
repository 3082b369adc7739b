import * as z from 'zod/mini';
import { SlugSchema } from './_lib/ids.js';
import { AUDIENCES, AUTHORITIES, GOODS_KINDS } from './classification-system.js';

/**
 * The JSON shape of {@link CrossingAttributes}.
 *
 * @example
 * ```ts
 * CrossingAttributesSchema.safeParse({ crossers: ['tourists'], goods: [] }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const CrossingAttributesSchema = z.strictObject({
  /** Who may cross (see {@link AUDIENCES}); empty for a goods-only lane. */
  crossers: z.array(z.enum(AUDIENCES)),
  /** Goods that pass (see {@link GOODS_KINDS}). */
  goods: z.array(z.enum(GOODS_KINDS)),
  /** Goods vehicles only. */
  cargoOnly: z.optional(z.boolean()),
  /** The class of the gate this crossing belongs to, when it is a lane of another gate. */
  partOfGateClass: z.optional(SlugSchema),
  /** Whether the province lists the crossing for border trade (a condition for openings). */
  provincialListing: z.optional(z.boolean()),
  /** Who opened it, where recorded. */
  openedBy: z.optional(z.enum(AUTHORITIES)),
});

/**
 * What is recorded about what a crossing permits — who may cross, what goods pass, whether it is
 * a goods-only lane of another gate, whether the province lists it for border trade, who opened
 * it. {@link classifyCrossing} finds the class these qualify it for; {@link checkCrossingClass}
 * checks a recorded class against them. Optional attributes that are absent are not judged.
 *
 * @example
 * ```ts
 * const attributes: CrossingAttributes = {
 *   crossers: ['border-province-residents', 'border-residents'],
 *   goods: ['import-export'],
 * };
 * classifyCrossing(attributes, VIETNAM_BORDER_GATE_SYSTEM).class;
 * //=> 'secondary'
 * ```
 *
 * @category Infrastructure
 */
export type CrossingAttributes = z.infer<typeof CrossingAttributesSchema>;
