import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { statementsWithPrecision } from './statements-with-precision.js';

describe('statementsWithPrecision', () => {
  it('writes out the precision a level text shows and keeps everything else as it is', () => {
    const statements = statementsWithPrecision(vietnamLaos.statements);
    expect(statements).toHaveLength(vietnamLaos.statements.length);
    statements.forEach((statement, index) => {
      const before = vietnamLaos.statements[index];
      if (statement.kind !== 'level' || before?.kind !== 'level') {
        expect(statement).toBe(before);
        return;
      }
      expect(statement.amount.precision).toBeDefined();
      const { precision: _, rounding, ...amount } = statement.amount;
      const { precision: _given, rounding: _was, ...kept } = before.amount;
      expect(amount).toEqual(kept);
      // Only a lower bound gains a rounding ("more than", "over", "exceeded": see the next test).
      if (rounding !== before.amount.rounding) {
        expect([rounding, before.amount.rounding]).toEqual(['truncate', undefined]);
      }
      if (before.amount.precision !== undefined) expect(statement).toBe(before);
    });
  });

  it('takes the precision from the text: US$1.5 billion is rounded to 0.1 billion', () => {
    const level = vietnamLaos.statements.find((statement) => statement.kind === 'level');
    if (level?.kind !== 'level') throw new Error('no level statement');
    const { precision: _, ...amount } = level.amount;
    const [written] = statementsWithPrecision([
      { ...level, amount: { ...amount, text: 'US$1.5 billion', value: '1500000000' } },
    ]);
    expect(written?.kind === 'level' && written.amount.precision).toBe('100000000');
  });

  it('marks a lower bound: "more than US$565 million" is truncated, its value and precision kept', () => {
    const bound = vietnamLaos.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    const [written] = statementsWithPrecision(bound === undefined ? [] : [bound]);
    expect(written?.kind === 'level' && written.amount).toMatchObject({
      text: 'more than US$565 million',
      value: '565000000',
      precision: '1000000',
      rounding: 'truncate',
    });
  });

  it('marks a lower bound whose level gives its precision, as bilateral report reads it', () => {
    const bound = vietnamLaos.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    if (bound?.kind !== 'level') throw new Error('no level lao-vn-2023-h1-exports');
    const given = { ...bound, amount: { ...bound.amount, precision: '1000000' } };
    const [written] = statementsWithPrecision([given]);
    expect(written?.kind === 'level' && written.amount).toMatchObject({
      value: '565000000',
      precision: '1000000',
      rounding: 'truncate',
    });
    // A given rounding is kept, and a text that cannot be read gains none.
    const nearest = { ...given, amount: { ...given.amount, rounding: 'nearest' as const } };
    const unread = { ...given, amount: { ...given.amount, text: 'plus de 565 millions' } };
    expect(statementsWithPrecision([nearest, unread])).toEqual([nearest, unread]);
  });
});
