import fc from 'fast-check';
import { propertyRuns } from '../../__fixtures__/property-runs.js';

/** `depth` arrays, each the only element of the one outside it: `[[[…]]]`. */
export function deepArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** `depth` objects, each under `key` of the one outside it. */
function deepObject(depth: number, key = 'a'): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i += 1) value = { [key]: value };
  return value;
}

/** An object that holds itself, and an array that holds itself. */
function cycles(): unknown[] {
  const object: Record<string, unknown> = { id: 'cycle' };
  object.self = object;
  const array: unknown[] = ['2024'];
  array.push(array);
  return [object, array];
}

/** A megabyte of one character: inputs that quadratic code or echoing messages choke on. */
export const MEGABYTE = 'x'.repeat(1_000_000);

/** Keys that name Object.prototype members: lookups keyed by input must not find them. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
] as const;

/** Text a terminal would obey: title, clear screen, clipboard, bell, backspace, C1. */
export const TERMINAL_ESCAPES = [
  '\u001b]0;owned\u0007',
  '\u001b[2J\u001b[H',
  '\u001b]52;c;aGk=\u0007',
  'bell\u0007\bback',
  'c1\u009b31m',
  'nul\u0000byte',
] as const;

/** The issue's own scalar examples, and the usual suspects of JavaScript input. */
export const HOSTILE_SCALARS: readonly unknown[] = [
  '1e9000000000000001',
  '1e99999999',
  '-1e99999999',
  '1e-99999999',
  '9'.repeat(400),
  `0.${'0'.repeat(400)}1`,
  '-0',
  '0000',
  '0001',
  '2024-13-01',
  '2023-02-29',
  '2024-02-30',
  '2024-Q5',
  '2024-Q3',
  '2024',
  '2024-01/2024-09',
  'exports',
  'export',
  'years',
  'decade',
  'vnm',
  'VNM',
  'XXX',
  'EUR',
  '',
  ' ',
  '\uFEFF{}',
  '\uFEFF2024',
  ...PROTOTYPE_KEYS,
  ...TERMINAL_ESCAPES,
  MEGABYTE,
  `2024-${MEGABYTE}`,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  5e-324,
  2 ** 53 + 1,
  -1,
  2024,
  10n ** 400n,
  true,
  null,
  undefined,
  Symbol('hostile'),
  () => '2024',
  new Date(Number.NaN),
  new Date('2024-01-01'),
  new Map([['id', 'x']]),
  new Set(['2024']),
];

/** Structures that break naive recursion and naive lookups. */
function hostileStructures(): unknown[] {
  return [
    [],
    {},
    Object.create(null),
    deepArray(4000),
    deepObject(4000),
    deepObject(4000, 'flows'),
    ...cycles(),
    JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    { toString: 'not a function', valueOf: 'nor this', id: 'constructor' },
    Object.fromEntries(PROTOTYPE_KEYS.map((key) => [key, key])),
    new Array(100_000).fill('2024'),
    { length: 1e9 },
    [MEGABYTE, MEGABYTE],
  ];
}

/** Every fixed hostile value: {@link HOSTILE_SCALARS} and {@link hostileStructures}. */
export function hostileValues(): unknown[] {
  return [...HOSTILE_SCALARS, ...hostileStructures()];
}

/** Anything JavaScript can hold, of modest size: fast-check's `anything` with every option on. */
export const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** `count` values of `arbitrary` from a fixed seed (scaled by `pnpm test:properties`). */
export function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number, count: number): T[] {
  return fc.sample(arbitrary, propertyRuns(seed, { ci: count, full: count * 10 }));
}
