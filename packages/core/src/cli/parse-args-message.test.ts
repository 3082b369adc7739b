import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgsMessage } from './parse-args-message.js';

/** The error Node's `parseArgs` throws for `args`, to a command that takes arguments or not. */
function refusal(args: string[], allowPositionals = false): Error {
  try {
    parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true, allowPositionals });
  } catch (error) {
    return error as Error;
  }
  throw new Error('parseArgs took the arguments');
}

describe('parseArgsMessage', () => {
  it("caps a long word of Node's other messages and says its length grouped in thousands", () => {
    const message = parseArgsMessage(refusal(['x'.repeat(5000)]), ['json'], []);
    expect(message).toMatch(/^Unexpected argument '/);
    expect(message).toContain(`'${'x'.repeat(60)}… (5,000 characters)'`);
    expect(message.length).toBeLessThan(200);
  });

  it('never cuts a long word between the halves of a character', () => {
    const word = `a${'😀'.repeat(100)}`;
    const message = parseArgsMessage(refusal([word]), ['json'], []);
    expect(message).toContain(`'a${'😀'.repeat(29)}… (201 characters)'`);
  });

  it('names an unknown option quoted, capped and grouped', () => {
    const message = parseArgsMessage(refusal([`--${'y'.repeat(1200)}`], true), ['json'], []);
    expect(message).toBe(
      `unknown option "--${'y'.repeat(58)}…" (1,202 characters) (an argument that starts with "-" goes after "--")`,
    );
  });
});
