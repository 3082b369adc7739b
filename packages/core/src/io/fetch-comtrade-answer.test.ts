import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { readComtradeAnswer } from './fetch-comtrade-answer.js';

/** The issues `readComtradeAnswer` refuses `text` with (none when it reads it). */
function issuesOf(text: string) {
  try {
    readComtradeAnswer(text);
    return [];
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    expect(error.code).toBe('FETCH_FAILED');
    return error.issues.map(({ path, message }) => ({ path, message }));
  }
}

describe('readComtradeAnswer: where an answer is wrong', () => {
  it('names each record that is not an object at its path, not the first alone in words', () => {
    // Was one issue at [] ('record 1 of the answer is not an object'), the others unsaid.
    expect(issuesOf('{"count": 4, "data": [{}, 5, {}, null], "error": ""}')).toEqual([
      { path: ['data', 1], message: 'the record is not an object: found a number (5)' },
      { path: ['data', 3], message: 'the record is not an object: found null' },
    ]);
  });

  it('keeps the path of a record nested too deep', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const [issue] = issuesOf(`{"data": [{"cmdDesc": ${deep}}]}`);
    expect(issue?.path.slice(0, 3)).toEqual(['data', 0, 'cmdDesc']);
    expect(issue?.message).toMatch(/^the answer is not UN Comtrade's: /);
  });

  it('reads an answer of records', () => {
    expect(readComtradeAnswer('{"count": 1, "data": [{"period": "2023"}], "error": ""}')).toEqual({
      count: 1,
      data: [{ period: '2023' }],
    });
  });
});
