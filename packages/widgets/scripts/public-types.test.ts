import { beforeAll, describe, expect, it } from 'vitest';
import { declarationErrors, type PublicTypes, publicTypes } from './public-types.js';

// Reads the built declarations (dist/*.d.ts): run after `pnpm build`, as app-bundle.test.ts.
let found: PublicTypes;
beforeAll(() => {
  found = publicTypes();
}, 120_000);

describe('the built declarations', () => {
  it('reach what a subclass and a listener meet: protected members, events, views, every entry', () => {
    for (const line of [
      "each<e0.BilateralElement<unknown>['loader']>()",
      "each<e0.BilateralElement<unknown>['nav']>()",
      "each<e0.BilateralGrowth['renderChart']>()",
      'each<ConstructorParameters<typeof e0.DatasetController>>()',
      'each<typeof e0.drawParts>()',
      'each<e0.LoadEventDetail>()',
      'each<e0.ErrorEventDetail>()',
      'each<e0.GrowthView>()',
      'each<typeof e12.BilateralGrowth>()',
    ]) {
      expect(found.consumer).toContain(line);
    }
    expect(found.consumer).toContain("from '@bilateral/widgets/dashboard/class'");
  });

  it('export every named type a user can meet from some entry', () => {
    expect(found.unexported).toEqual([]);
  });

  it.each(['bundler', 'node16'] as const)(
    'compile in a consumer that exports inferred values of each (declaration: true, %s)',
    async (resolution) => {
      expect(await declarationErrors(found.consumer, resolution)).toEqual([]);
    },
    120_000,
  );
});
