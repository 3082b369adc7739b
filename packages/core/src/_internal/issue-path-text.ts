// A module of its own, apart from `errors/bilateral-error.ts`: the errors barrel re-exports that
// one with `export *` into the root entry, which has no unchecked face.
import type { IssuePath } from '../errors/bilateral-error.js';
import { quoteInput } from './quote-input.js';

/**
 * {@link formatIssuePath} without its check of the path, for the error's own message and the
 * core's modules, which write the paths they built.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedFormatIssuePath(['sources', 'a b']); //=> 'sources["a b"]'
 * ```
 */
export function uncheckedFormatIssuePath(path: IssuePath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[a-z_$][\w$]*$/i.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${quoteInput(key)}]`;
  }
  // A key always writes something (`[""]` for an empty one), so only the empty path writes none.
  return text || '(root)';
}
