import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../_internal/decimal.js';
import {
  type BorderCrossing,
  classifyCrossing,
  crossingClassOn,
  rankCrossings,
  VIETNAM_BORDER_GATE_SYSTEM,
  VIETNAM_LAOS_CROSSINGS,
} from './index.js';

describe('infrastructure types', () => {
  it('refuses audiences, goods and statuses that do not exist', () => {
    // @ts-expect-error 'tourists' is not an Audience
    classifyCrossing({ crossers: ['tourists'], goods: [] }, VIETNAM_BORDER_GATE_SYSTEM);
    // @ts-expect-error 'contraband' is not a GoodsKind
    classifyCrossing({ crossers: [], goods: ['contraband'] }, VIETNAM_BORDER_GATE_SYSTEM);
    const crossing = VIETNAM_LAOS_CROSSINGS[0] as BorderCrossing;
    // @ts-expect-error 'closed' is not a CrossingStatus
    const bad: BorderCrossing = { ...crossing, status: [{ status: 'closed', sources: ['x'] }] };
    expectTypeOf(bad).toEqualTypeOf<BorderCrossing>();
  });

  it('needs a crossing with exactly two sides', () => {
    const crossing = VIETNAM_LAOS_CROSSINGS[0] as BorderCrossing;
    // @ts-expect-error a crossing has two sides, not one
    const oneSided: BorderCrossing = { ...crossing, sides: [crossing.sides[0]] };
    expectTypeOf(oneSided.sides).toEqualTypeOf<BorderCrossing['sides']>();
  });

  it('gives Decimal scores and class ids as strings', () => {
    expectTypeOf(rankCrossings(VIETNAM_LAOS_CROSSINGS)[0]?.score).toEqualTypeOf<
      Decimal | undefined
    >();
    expectTypeOf(
      crossingClassOn(VIETNAM_LAOS_CROSSINGS[0] as BorderCrossing, 'VNM', '2024-01-01').class,
    ).toEqualTypeOf<string | undefined>();
  });
});
