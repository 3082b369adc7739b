import { BilateralError } from '../errors/index.js';
import { evaluateClassRules, prepare } from './_lib/class-rules.js';
import { classIssue, classOf } from './_lib/systems.js';
import type { ClassificationSystem } from './classification-system.js';
import { type ClassRule, classifyCrossing } from './classify-crossing.js';
import type { CrossingAttributes } from './crossing-attributes.js';

/**
 * The result of {@link checkCrossingClass}.
 *
 * @example
 * ```ts
 * checkCrossingClass('traditional', { crossers: ['border-residents'], goods: [] }, LAOS_CHECKPOINT_SYSTEM).consistent;
 * //=> true
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingClassCheck {
  /** The recorded class. */
  readonly class: string;
  /** Whether every rule of the recorded class passes. */
  readonly consistent: boolean;
  /** The rules of the recorded class, each with whether it passed. */
  readonly rules: readonly ClassRule[];
  /** The rules that failed: what to fix, in the record or in the class. */
  readonly failed: readonly ClassRule[];
  /** The class the attributes qualify for ({@link classifyCrossing}), if any. */
  readonly qualifiesAs: string | undefined;
  /** One line a person can read. */
  readonly text: string;
}

/**
 * Checks a recorded class against the recorded permissions of a crossing: every rule of the
 * recorded class must pass. A gate recorded as "secondary" yet open to third-country nationals
 * fails `crossers-allowed` and is flagged, with the class it would qualify for.
 *
 * @param recordedClass - the class recorded for the crossing's side
 * @param attributes - what is recorded about what the crossing permits
 * @param system - the classification system of that side's country
 * @returns whether they agree, the rules, the failed rules and the class that fits
 * @throws {@link BilateralError} `UNKNOWN_CLASS` (path `class`) when `recordedClass` is not a
 *   class of the system; `INVALID_INPUT` for malformed attributes or system
 *
 * @example
 * ```ts
 * const check = checkCrossingClass(
 *   'secondary',
 *   { crossers: ['third-country-nationals', 'border-province-residents', 'border-residents'], goods: ['import-export'] },
 *   VIETNAM_BORDER_GATE_SYSTEM,
 * );
 * check.consistent;
 * //=> false
 * check.failed.map((rule) => rule.id);
 * //=> ['VNM/secondary/crossers-allowed']
 * check.qualifiesAs;
 * //=> 'international'
 * ```
 *
 * @category Infrastructure
 */
export function checkCrossingClass(
  recordedClass: string,
  attributes: CrossingAttributes,
  system: ClassificationSystem,
): CrossingClassCheck {
  const checked = prepare(attributes, system);
  const cls = classOf(checked.system, recordedClass);
  if (cls === undefined) {
    const issue = classIssue(String(recordedClass), checked.system.country, checked.system, [
      'class',
    ]);
    throw new BilateralError('UNKNOWN_CLASS', issue === undefined ? 'unknown class' : [issue]);
  }
  const rules = evaluateClassRules(checked.system, cls, checked.attributes);
  const failed = rules.filter((rule) => !rule.passed);
  const qualifiesAs = classifyCrossing(checked.attributes, checked.system).class;
  const consistent = failed.length === 0;
  return {
    class: cls.id,
    consistent,
    rules,
    failed,
    qualifiesAs,
    text: consistent
      ? `${cls.id}: consistent with the recorded permissions`
      : `${cls.id}: inconsistent (${failed.map((rule) => rule.text).join('; ')}); the permissions qualify it as ${qualifiesAs ?? 'no class'}`,
  };
}
