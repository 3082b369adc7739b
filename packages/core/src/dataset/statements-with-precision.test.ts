import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import type { Statement } from '../figures/statement.js';
import { datasetFromCheckedCompact } from './compact-dataset.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { parseDataset, serializeDataset } from './dataset.js';
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
      expect(rounding).toBe(before.amount.rounding);
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

  it('keeps the lower bound parseDataset records: "more than US$565 million", truncated', () => {
    const bound = vietnamLaos.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    const [written] = statementsWithPrecision(bound === undefined ? [] : [bound]);
    expect(written?.kind === 'level' && written.amount).toEqual({
      text: 'more than US$565 million',
      value: '565000000',
      currency: 'USD',
      precision: '1000000',
      rounding: 'truncate',
      bound: 'more-than',
    });
  });

  it('reads the statement, not its text: a bound it does not record is none here', () => {
    const bound = vietnamLaos.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    if (bound?.kind !== 'level') throw new Error('no level lao-vn-2023-h1-exports');
    const { rounding: _, bound: _bound, ...amount } = bound.amount;
    const [written] = statementsWithPrecision([{ ...bound, amount }]);
    expect(written?.kind === 'level' && written.amount).toEqual({
      ...amount,
      precision: '1000000',
    });
    const given = { ...bound, amount: { ...bound.amount, precision: '1000000' } };
    expect(statementsWithPrecision([given])[0]).toBe(given);
  });

  it('guesses no bound: a truncated figure whose words state none has the one parseDataset records', () => {
    const bound = vietnamLaos.statements.find((s) => s.id === 'lao-vn-2023-h1-exports');
    if (bound?.kind !== 'level') throw new Error('no level lao-vn-2023-h1-exports');
    const { bound: _, ...amount } = bound.amount;
    // Not a Statement to the type checker (its bound is not recorded): built so without types.
    const truncated = { ...bound, amount: { ...amount, text: 'US$565 million' } } as Statement;
    const [unrecorded] = statementsWithPrecision([truncated]);
    expect(unrecorded?.kind === 'level' && unrecorded.amount.bound).toBeUndefined();
    // Read from a document, it is recorded, and the compact file a page reads without the core's
    // parser (datasetFromCheckedCompact) carries it.
    const document = serializeDataset({ ...vietnamLaos, statements: [truncated] });
    const compact = toCompactDataset(parseDataset(document));
    const [read] = datasetFromCheckedCompact(JSON.parse(JSON.stringify(compact))).statements;
    expect(read?.kind === 'level' && read.amount).toMatchObject({
      rounding: 'truncate',
      bound: 'more-than',
    });
  });
});
