import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset.js';
import { vietnamLaos } from '../datasets/index.js';
import { buildReport } from './report.js';

// The embedded flows again as exact commodity flows (no precision, neither uncertain nor
// derived): their rows take exactTradeFigures, the totals' rows (known to their precisions, no
// statement to narrow them) tradeBalance and flowsBalance.
const exactCopies: Dataset = {
  ...vietnamLaos,
  statements: [],
  flows: [
    ...vietnamLaos.flows,
    ...vietnamLaos.flows.map(({ precision, uncertain, derivation, ...flow }) => ({
      ...flow,
      commodity: '1201',
    })),
  ],
};

describe("buildReport's rows of exact flows", () => {
  const [totals, commodity] = buildReport(exactCopies).trade;

  it('have the keys of every other row, in the same order (--json writes them so)', () => {
    const both = commodity?.rows.find((row) => row.turnover !== null);
    expect(commodity?.commodity).toBe('1201');
    expect(both?.position).not.toBeNull();
    const computed = (totals?.rows ?? []).filter(
      (row) => row.turnover !== null && row.published === null,
    );
    expect(computed.length).toBeGreaterThan(0);
    for (const row of computed) expect(Object.keys(both ?? {})).toEqual(Object.keys(row));
  });

  it('say what the totals rows of the same amounts say, but for the units their flows know', () => {
    let compared = 0;
    for (const row of commodity?.rows ?? []) {
      const total = totals?.rows.find((other) => other.period === row.period);
      expect(row.units).toEqual({ exports: null, imports: null, turnover: null, balance: null });
      expect([row.exports, row.imports]).toEqual([total?.exports, total?.imports]);
      if (total?.published === null && total.balanceRange === null) {
        expect([row.turnover, row.balance, row.coverageRatio]).toEqual([
          total.turnover,
          total.balance,
          total.coverageRatio,
        ]);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
