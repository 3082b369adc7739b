import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationErrors, type PublicTypes, publicTypes } from './public-types.js';

// Reads the built declarations (dist/*.d.ts), which the project 'widgets (built)' builds first when
// stale (vitest.config.ts's BUILT), as app-bundle.test.ts.
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

describe('declarationErrors', () => {
  it('fails when tsc does not run, rather than finding no errors', async () => {
    // A Node that cannot start (a module it must load first is missing): nothing on stdout.
    const options = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `--require ${join(tmpdir(), 'bilateral-no-such-module.cjs')}`;
    try {
      await expect(declarationErrors('export const a = 1;\n', 'bundler')).rejects.toThrow(
        /tsc did not run: exit code 1, .*bilateral-no-such-module/s,
      );
    } finally {
      if (options === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = options;
    }
  });
});
