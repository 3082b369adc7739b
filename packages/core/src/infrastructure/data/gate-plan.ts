import type { CrossingPlan } from '../crossing-plan.js';

/**
 * Decision 1201/QD-TTg (14 Oct 2023): the plan of gates on the Vietnam–Laos border — 46 by 2030
 * (15 international, 10 main, 21 secondary) and 49 by 2050 (21 / 15 / 13). The only upgrade of
 * a particular gate recorded here is Thanh Thủy's (to international in 2023–2030, as reported by
 * nghean24h.vn); the decision's per-gate appendices are not embedded.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_GATE_PLAN_1201.targets[1]?.counts;
 * //=> { international: 21, main: 15, secondary: 13 }
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_LAOS_GATE_PLAN_1201: CrossingPlan = {
  id: 'decision-1201-2023',
  act: 'Decision 1201/QD-TTg of 14 Oct 2023',
  countries: ['VNM', 'LAO'],
  system: 'VNM',
  targets: [
    { by: '2030', total: 46, counts: { international: 15, main: 10, secondary: 21 } },
    { by: '2050', total: 49, counts: { international: 21, main: 15, secondary: 13 } },
  ],
  upgrades: [
    {
      crossingId: 'vnm-lao-thanh-thuy',
      country: 'VNM',
      to: 'international',
      by: '2030',
      sources: ['nghean24h-2024-07-thanh-thuy'],
      note: 'Appendices I and II of the decision list Thanh Thủy as secondary, to be upgraded to international in 2023–2030 (as reported; the appendices themselves were not read).',
    },
  ],
  sources: ['decision-1201-2023'],
};
