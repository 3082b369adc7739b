/**
 * `reconcile` on 1,000 generated statements: 125 quarters of Vietnam–Laos trade, each with
 * turnover, exports, imports, their three growth rates, a surplus claim and a share. Every
 * relation kind is formed (growth-levels are checkable from the fifth quarter on). Run with
 * `pnpm bench`; numbers in docs/performance.md.
 */
import { expect, test } from 'vitest';
import { reconcile } from '../index.js';

const QUARTERS = 125;

/** Exports and imports of quarter `q` in tenths of a million US$ (q may be negative: the bases). */
const exportsTenths = (q: number) => 1_000 + 7 * q;
const importsTenths = (q: number) => 1_200 + 9 * q;

const amount = (tenths: number) => ({
  text: `US$${Math.floor(tenths / 10)}.${tenths % 10} million`,
  value: String(tenths * 100_000),
  currency: 'USD',
});

function rate(now: number, before: number) {
  const value = (Math.round((now / before - 1) * 1_000) / 10).toFixed(1);
  return { text: `up ${value}%`, value };
}

function generatedStatements(): Record<string, unknown>[] {
  const statements: Record<string, unknown>[] = [];
  for (let q = 0; q < QUARTERS; q++) {
    const base = {
      source: 'generated',
      reporter: 'VNM',
      partner: 'LAO',
      period: `${1990 + Math.floor(q / 4)}-Q${(q % 4) + 1}`,
    };
    const x = exportsTenths(q);
    const m = importsTenths(q);
    const [px, pm] = [exportsTenths(q - 4), importsTenths(q - 4)];
    statements.push(
      { ...base, id: `q${q}-turnover`, kind: 'level', subject: 'turnover', amount: amount(x + m) },
      { ...base, id: `q${q}-exports`, kind: 'level', subject: 'exports', amount: amount(x) },
      { ...base, id: `q${q}-imports`, kind: 'level', subject: 'imports', amount: amount(m) },
      {
        ...base,
        id: `q${q}-turnover-growth`,
        kind: 'growth',
        subject: 'turnover',
        rate: rate(x + m, px + pm),
      },
      {
        ...base,
        id: `q${q}-exports-growth`,
        kind: 'growth',
        subject: 'exports',
        rate: rate(x, px),
      },
      {
        ...base,
        id: `q${q}-imports-growth`,
        kind: 'growth',
        subject: 'imports',
        rate: rate(m, pm),
      },
      {
        ...base,
        id: `q${q}-balance`,
        kind: 'balance',
        subject: 'balance',
        side: 'LAO',
        claim: 'surplus',
        text: 'Laos has a trade surplus with Vietnam',
      },
      {
        ...base,
        id: `q${q}-exports-share`,
        kind: 'share',
        subject: 'exports',
        share: { text: '2.4%', value: '2.4' },
        whole: { reporter: 'VNM', partner: 'ASEAN', subject: 'exports' },
      },
    );
  }
  return statements;
}

test('reconcile: 1,000 statements', async ({ bench }) => {
  const statements = generatedStatements();
  expect(statements).toHaveLength(1_000);
  const report = reconcile(statements);
  expect(report.counts.inconsistent).toBe(0);
  expect(report.counts.consistent).toBeGreaterThan(500);

  await bench('reconcile, 1,000 statements', () => {
    reconcile(statements);
  }).run({ iterations: 10, time: 0, warmupIterations: 1, throws: true });
});
