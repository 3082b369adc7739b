import { evaluateClassRules, prepare } from './_lib/class-rules.js';
import type { ClassificationSystem } from './classification-system.js';
import type { CrossingAttributes } from './crossing-attributes.js';

/**
 * One classification rule as applied to a crossing: a stable id
 * (`<country>/<class>/<rule>`, e.g. `VNM/secondary/crossers-allowed`), the class it belongs to,
 * what it says, and whether the crossing passed it.
 *
 * @example
 * ```ts
 * classifyCrossing({ crossers: ['border-residents'], goods: [] }, LAOS_CHECKPOINT_SYSTEM).decidedBy[0]?.id;
 * //=> 'LAO/traditional/crossers-allowed'
 * ```
 *
 * @category Infrastructure
 */
export interface ClassRule {
  readonly id: string;
  readonly class: string;
  readonly text: string;
  readonly passed: boolean;
}

/**
 * The class a crossing qualifies for under one system, and the rules that decided it.
 *
 * @example
 * ```ts
 * classifyCrossing({ crossers: ['border-residents'], goods: [] }, LAOS_CHECKPOINT_SYSTEM).text;
 * //=> 'qualifies as traditional (traditional checkpoint) under lao-border-checkpoints'
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingClassification {
  /** The system's id, e.g. `vnm-land-border-gates`. */
  readonly system: string;
  readonly country: string;
  /** The first class, in the system's order, all of whose rules pass; `undefined` if none. */
  readonly class: string | undefined;
  /** Every rule evaluated, class by class, up to and including the class found. */
  readonly rules: readonly ClassRule[];
  /** The rules of the class found (all passed), or empty. */
  readonly decidedBy: readonly ClassRule[];
  /** One line a person can read. */
  readonly text: string;
}

/**
 * Finds the class a crossing qualifies for under a country's system from what it permits. The
 * system's classes are tried in order (most open first); a class admits the crossing when all of
 * its rules pass: everyone recorded as crossing is someone the class admits, the class's widest
 * audience is among them (so a gate open to third-country nationals is international, not main),
 * the goods are goods the class allows (with their conditions, e.g. border trade at an opening
 * only where the province lists it), a goods-only lane belongs to a gate of the right class, and
 * the opening authority, when recorded, is the class's.
 *
 * @param attributes - what is recorded about the crossing
 * @param system - the classification system of the crossing's country
 * @returns the class found (or `undefined`) with every rule evaluated
 * @throws {@link BilateralError} `INVALID_INPUT` for malformed attributes or system;
 *   `UNKNOWN_CLASS` when `partOfGateClass` is not a class of the system
 *
 * @example
 * ```ts
 * const result = classifyCrossing(
 *   { crossers: ['citizens-of-both-countries', 'border-province-residents', 'border-residents'], goods: ['import-export'] },
 *   VIETNAM_BORDER_GATE_SYSTEM,
 * );
 * result.class;
 * //=> 'main'
 * result.rules.filter((rule) => !rule.passed).map((rule) => rule.id);
 * //=> ['VNM/international/widest-crosser']
 * ```
 *
 * @category Infrastructure
 */
export function classifyCrossing(
  attributes: CrossingAttributes,
  system: ClassificationSystem,
): CrossingClassification {
  const checked = prepare(attributes, system);
  const rules: ClassRule[] = [];
  for (const cls of checked.system.classes) {
    const classRules = evaluateClassRules(checked.system, cls, checked.attributes);
    rules.push(...classRules);
    if (classRules.every((rule) => rule.passed)) {
      return {
        system: checked.system.id,
        country: checked.system.country,
        class: cls.id,
        rules,
        decidedBy: classRules,
        text: `qualifies as ${cls.id} (${cls.names.en}) under ${checked.system.id}`,
      };
    }
  }
  return {
    system: checked.system.id,
    country: checked.system.country,
    class: undefined,
    rules,
    decidedBy: [],
    text: `qualifies for no class of ${checked.system.id}`,
  };
}
