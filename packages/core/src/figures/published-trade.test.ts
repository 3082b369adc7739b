import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaos } from '../datasets/index.js';
import type { TradeFlow } from '../flow/index.js';
import { intervalAmount } from '../growth/amount-digits.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import type { LevelStatement } from './_reconcile-index.js';
import { formatInterval } from './format-interval.js';
import { publishedLevels, publishedTrade } from './published-trade.js';
import type { Statement } from './statement.js';
import { tradeIntervals } from './trade-intervals.js';

const NINE_MONTHS = parsePeriod('2024-01/2024-09');
const flowOf = (flow: 'export' | 'import') =>
  vietnamLaos.flows.find(
    (f) =>
      f.reporter === 'VNM' &&
      f.partner === 'LAO' &&
      f.commodity === undefined &&
      f.flow === flow &&
      formatPeriod(f.period) === '2024-01/2024-09',
  ) as TradeFlow;
const [exported, imported] = [flowOf('export'), flowOf('import')];
const levels = publishedLevels(vietnamLaos.statements)('VNM', 'LAO', NINE_MONTHS, 'USD');

/** A certain level statement of January–September 2024 from `source`. */
const level = (
  id: string,
  source: string,
  subject: LevelStatement['subject'],
  value: string,
  precision: string,
): LevelStatement => ({
  id,
  source,
  reporter: 'VNM',
  partner: 'LAO',
  period: '2024-01/2024-09',
  kind: 'level',
  subject,
  amount: { text: `US$${value}`, value, currency: 'USD', precision },
});

describe('publishedLevels', () => {
  it("finds a pair's certain level statements by period and currency", () => {
    const statements: Statement[] = [
      level('a', 's', 'turnover', '1500000000', '100000000'),
      { ...level('b', 's', 'exports', '500000000', '100000000'), uncertain: true },
      level('c', 's', 'imports', '1000000000', '1000000000'),
      { ...level('d', 's', 'imports', '1000000000', '1000000000'), period: '2024-Q3' },
    ];
    const find = publishedLevels(statements);
    expect(find('VNM', 'LAO', NINE_MONTHS, 'USD').map((s) => s.id)).toEqual(['a', 'c']);
    expect(find('VNM', 'LAO', NINE_MONTHS, 'EUR')).toEqual([]);
    expect(find('LAO', 'VNM', NINE_MONTHS, 'USD')).toEqual([]);
  });
});

describe('publishedTrade', () => {
  it('gives January–September 2024 with the published turnover: the balance bilateral report writes', () => {
    const trade = publishedTrade(exported, imported, levels);
    expect(trade?.ownSources).toBe(true);
    expect(trade?.figures.turnover.map((range) => formatInterval(range, { unit: '1e6' }))).toEqual([
      '[1450, 1550)',
    ]);
    const known = tradeIntervals(trade?.figures as NonNullable<typeof trade>['figures']);
    expect(known && intervalAmount(known.balance).amount.toFixed()).toBe('-516200000');
  });

  it("uses the flows' own sources' statements where they have some, else every source's", () => {
    const other = level('other', 'another-source', 'turnover', '1480000000', '10000000');
    const own = publishedTrade(exported, imported, [...levels, other]);
    expect(own?.statements.map((s) => s.id)).not.toContain('other');
    const others = publishedTrade(exported, imported, [other]);
    expect(others?.ownSources).toBe(false);
    expect(others?.statements.map((s) => s.id)).toEqual(['other']);
  });

  it('reads a flow without precision by the statement of its side with its value, else combines nothing', () => {
    const { precision: _, ...bare } = imported;
    const stated = level('m', exported.source, 'imports', '1000000000', '1000000000');
    const withStatement = publishedTrade(exported, bare, [...levels, stated]);
    expect(withStatement?.flows.imports).toEqual(withStatement?.figures.imports[0]);
    expect(formatInterval(withStatement?.flows.imports as never, { unit: '1e6' })).toBe(
      '[500, 1500)',
    );
    const turnoverOnly = levels.filter((s) => s.subject === 'turnover');
    expect(publishedTrade(exported, bare, turnoverOnly)).toBeUndefined();
  });

  it('combines nothing for an uncertain or derived flow, or without statements', () => {
    expect(publishedTrade({ ...exported, uncertain: true }, imported, levels)).toBeUndefined();
    const derived: TradeFlow = { ...imported, derivation: 'turnover − exports' };
    expect(publishedTrade(exported, derived, levels)).toBeUndefined();
    expect(publishedTrade(exported, imported, [])).toBeUndefined();
  });

  it("keeps the flows' own intervals first in the figures", () => {
    const trade = publishedTrade(exported, imported, levels);
    expect(trade?.figures.exports[0]).toBe(trade?.flows.exports);
    expect(trade?.figures.imports[0]).toBe(trade?.flows.imports);
    expect(trade?.flows.exports.hi.minus(trade.flows.exports.lo).eq(new Decimal('100000'))).toBe(
      true,
    );
  });
});
