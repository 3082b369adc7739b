/** Runs the `bilateral` command in-process for the tests, with what it prints gathered. */
import { run } from '../cli/main.js';

/** Runs `bilateral …argv` without colour: its exit code and its standard output and error. */
export async function bilateral(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
