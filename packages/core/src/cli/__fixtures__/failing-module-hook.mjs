/**
 * For tests: a Node module hook (`node --import <this file>`) under which a module of the
 * `bilateral` command throws as it loads, as a module of a broken install would: the module whose
 * URL ends with `BILATERAL_TEST_FAILING_MODULE` (`/cli/commands.ts`) throws before its code runs:
 * a TypeError of two lines, or what the statement `BILATERAL_TEST_FAILING_THROW` throws.
 * The command ships nothing for it: the hook is the test's, given to Node, not to the command.
 *
 * @example
 * ```ts fragment
 * spawn(process.execPath, ['--import', 'tsx', '--import', hook, bin, 'report'], {
 *   env: { ...process.env, BILATERAL_TEST_FAILING_MODULE: '/cli/commands.ts' },
 * });
 * ```
 */
import { register } from 'node:module';

const failing = process.env.BILATERAL_TEST_FAILING_MODULE;
const thrown =
  process.env.BILATERAL_TEST_FAILING_THROW ??
  'throw new TypeError("injected failure while loading\\nsecond line");';
// The module as loaded (tsx's JavaScript for a .ts file), a throw before it: it links (its
// exports are all there) and throws as it runs.
const load = `export async function load(url, context, next) {
  const loaded = await next(url, context);
  if (!url.split('?')[0].endsWith(${JSON.stringify(failing)})) return loaded;
  return { ...loaded, source: ${JSON.stringify(`${thrown}\n`)} + String(loaded.source) };
}`;
if (failing) register(`data:text/javascript,${encodeURIComponent(load)}`);
