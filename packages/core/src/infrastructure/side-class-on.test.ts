import { describe, expect, it } from 'vitest';
import { crossingClassOn, sideClassOn, VIETNAM_LAOS_CROSSINGS } from './index.js';

describe('sideClassOn', () => {
  it('answers as crossingClassOn does on every side of every listed crossing', () => {
    for (const crossing of VIETNAM_LAOS_CROSSINGS) {
      for (const day of ['2009-01-01', '2014-06-10', '2020-12-31', '2024-10-24']) {
        for (const index of [0, 1] as const) {
          const { country, date, ...answer } = crossingClassOn(crossing, index, day);
          expect(sideClassOn(crossing.sides[index], day)).toEqual(answer);
        }
      }
    }
  });

  it('reads La Lay before, within and after its upgrade month', () => {
    const laLay = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-la-lay');
    if (laLay === undefined) throw new Error('La Lay is listed');
    const side = laLay.sides[0];
    expect(sideClassOn(side, '2014-05-31')).toMatchObject({
      class: 'main',
      basis: 'history',
    });
    expect(sideClassOn(side, '2014-06-10')).toMatchObject({
      class: 'international',
      approximate: true,
    });
    expect(sideClassOn(side, '2014-07-01')).toMatchObject({
      class: 'international',
      approximate: false,
    });
  });
});
