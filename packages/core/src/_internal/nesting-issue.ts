/**
 * The check every parser runs before its schema: input nested absurdly deep (8 kB of `[` is
 * 4,000 levels) or holding a cycle (a flow whose `note` is the flow) would overflow the stack of
 * the recursive code behind it. The walk is iterative, so it cannot overflow itself. It refuses a
 * hole in an array too (`new Array(3)`, `delete list[0]`): no JSON holds one, and code that maps
 * over the array skips it, so a hole among the flows or sources went through unsaid.
 *
 * @internal
 */

import type { BilateralIssue, IssuePath } from '../errors/bilateral-error.js';
import { uncheckedFormatIssuePath } from './issue-path-text.js';

/**
 * How deep arrays and objects may nest in a parser's input. The embedded datasets nest 9 levels
 * at most (a crossing's sides, their class histories, an entry's sources); 32 leaves room for
 * every extension without letting a hostile file reach the stack's limit.
 */
export const MAX_NESTING = 32;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
}

/**
 * The issue of an array or object at `path` nested past `maxDepth` levels.
 *
 * @example
 * ```ts
 * tooDeepIssue(['data', 0, 'x']).path;
 * //=> ['data', 0, 'x']
 * ```
 */
export function tooDeepIssue(path: IssuePath, maxDepth: number = MAX_NESTING): BilateralIssue {
  return {
    path,
    message: `nested more than ${maxDepth} arrays or objects deep: no valid input comes near; is this the right file?`,
  };
}

/**
 * The first place where `value` nests deeper than `maxDepth` arrays and objects, refers back
 * to an object that contains it, or has a hole in an array; `undefined` when there is none. Linear in the size of the input
 * (an object reached twice without a cycle is walked again only when reached at a shallower
 * depth, so at most `maxDepth` times).
 *
 * @param value - the input, as the caller received it
 * @param prefix - the path of `value` in the caller's input
 */
export function nestingIssue(
  value: unknown,
  prefix: IssuePath = [],
  maxDepth: number = MAX_NESTING,
): BilateralIssue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const checkedAt = new WeakMap<object, number>();
  const stack: Frame[] = [{ value, depth: 1, parent: undefined, key: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > maxDepth) return tooDeepIssue([...prefix, ...pathOf(frame)], maxDepth);
    const seenAt = checkedAt.get(frame.value);
    if (seenAt !== undefined && seenAt <= frame.depth) continue;
    checkedAt.set(frame.value, frame.depth);
    const container = frame.value as Record<string | number, unknown>;
    const keys: readonly (string | number)[] | undefined = Array.isArray(container)
      ? undefined
      : Object.keys(container);
    if (keys === undefined) {
      // From the start, so a sparse array's first hole is found past its elements, not its
      // length (`list.length = 2 ** 32 - 1` walked 4 billion indexes, 140 s).
      const list = container as unknown as unknown[];
      for (let index = 0; index < list.length; index += 1) {
        if (!(index in list)) {
          return {
            path: [...prefix, ...pathOf(frame), index],
            message:
              'a hole in the array (no element at this index): the input must be plain JSON data',
          };
        }
      }
    }
    for (
      let index = (keys ?? (container as unknown as unknown[])).length - 1;
      index >= 0;
      index -= 1
    ) {
      const key = keys === undefined ? index : (keys[index] as string);
      const child = container[key];
      if (typeof child !== 'object' || child === null) continue;
      const next: Frame = { value: child, depth: frame.depth + 1, parent: frame, key };
      for (let at: Frame | undefined = frame; at !== undefined; at = at.parent) {
        if (at.value === child) {
          return {
            path: [...prefix, ...pathOf(next)],
            message: `refers back to ${uncheckedFormatIssuePath([...prefix, ...pathOf(at)])}, which contains it (a cycle): the input must be plain JSON data`,
          };
        }
      }
      stack.push(next);
    }
  }
  return undefined;
}
