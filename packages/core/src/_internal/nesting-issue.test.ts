import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingIssue } from './nesting-issue.js';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('nestingIssue', () => {
  it('passes primitives and documents of ordinary depth', () => {
    expect(nestingIssue('text')).toBeUndefined();
    expect(nestingIssue(null)).toBeUndefined();
    expect(nestingIssue(nested(MAX_NESTING))).toBeUndefined();
    expect(nestingIssue({ a: [{ b: { c: [1, 'x', null] } }] })).toBeUndefined();
  });

  it('reports 8 kB of "[" (4,000 levels) with the path where the limit is passed', () => {
    const issue = nestingIssue(nested(4000), ['flows']);
    expect(issue?.path).toEqual(['flows', ...Array.from({ length: MAX_NESTING }, () => 0)]);
    expect(issue?.message).toMatch(/nested more than 32 arrays or objects deep/);
  });

  it('reports deeper nesting still, and objects too, without overflowing the stack', () => {
    expect(nestingIssue(nested(200_000))).toBeDefined();
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let level = 0; level < 100_000; level += 1) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    expect(nestingIssue(root)?.path.slice(0, 3)).toEqual(['a', 'a', 'a']);
  });

  it('reports a hole in an array (no JSON has one), at its first, wherever the array is', () => {
    const holes = [1, 2, 3, 4];
    delete holes[1];
    delete holes[3];
    for (const [input, path] of [
      [holes, ['x', 1]],
      [new Array(3), ['x', 0]],
      [{ a: [{ b: [0, holes] }] }, ['x', 'a', 0, 'b', 1, 1]],
    ] as const) {
      expect(nestingIssue(input, ['x'])).toEqual({
        path,
        message:
          'a hole in the array (no element at this index): the input must be plain JSON data',
      });
    }
    // An element that is undefined is there: the schema says what it should be.
    expect(nestingIssue([1, undefined, 3])).toBeUndefined();
  });

  it('finds the first hole of a sparse array past its elements, not its length', () => {
    // The walk went through every index: 4 billion of them here, 140 s.
    const sparse: unknown[] = [{ reporter: 'VNM' }];
    sparse.length = 2 ** 32 - 1;
    expect(nestingIssue({ flows: sparse })?.path).toEqual(['flows', 1]);
  });

  it('reports a cycle (a note that points to its flow) where it closes', () => {
    const flow: Record<string, unknown> = { reporter: 'VNM' };
    flow.note = flow;
    const issue = nestingIssue({ flows: [flow] });
    expect(issue).toEqual({
      path: ['flows', 0, 'note'],
      message:
        'refers back to flows[0], which contains it (a cycle): the input must be plain JSON data',
    });
  });

  it('accepts an object reached twice without a cycle, and stays linear on shared objects', () => {
    const shared = { value: '1' };
    expect(nestingIssue({ flows: [shared, shared] })).toBeUndefined();
    // 30 levels, each holding the level below twice: 2^30 paths, 30 objects.
    let level: unknown = { leaf: true };
    for (let index = 0; index < 30; index += 1) level = [level, level];
    expect(nestingIssue(level)).toBeUndefined();
  });
});
