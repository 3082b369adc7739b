import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUITE_TIMEOUT } from './__fixtures__/isolated.js';

const bin = fileURLToPath(new URL('../cli/bin.ts', import.meta.url));

/** Runs `bilateral <argv>` with its stdout closed before it writes: `| head` at its most abrupt. */
function withClosedStdout(
  argv: readonly string[],
): Promise<{ code: number | string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', bin, ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    proc.stdout.destroy();
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => resolve({ code: code ?? signal ?? 'none', stderr }));
  });
}

describe('hostile input: a reader that goes away (defect 4)', () => {
  it(
    'bilateral report | head: exit 0, no EPIPE, no stack trace',
    async () => {
      const { code, stderr } = await withClosedStdout(['report']);
      expect(stderr).not.toMatch(/EPIPE|\n\s{4}at /);
      expect(code).toBe(0);
    },
    SUITE_TIMEOUT,
  );

  it(
    'bilateral report --json | head: exit 0, no EPIPE, no stack trace',
    async () => {
      const { code, stderr } = await withClosedStdout(['report', '--json']);
      expect(stderr).not.toMatch(/EPIPE|\n\s{4}at /);
      expect(code).toBe(0);
    },
    SUITE_TIMEOUT,
  );

  it.each([[['economies']], [['economies', '--json']]])(
    'bilateral %j | head: exit 0, no EPIPE, no stack trace',
    async (argv) => {
      const { code, stderr } = await withClosedStdout(argv);
      expect(stderr).not.toMatch(/EPIPE|\n\s{4}at /);
      expect(code).toBe(0);
    },
    SUITE_TIMEOUT,
  );
});
