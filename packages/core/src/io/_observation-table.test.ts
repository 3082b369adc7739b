import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import {
  Dictionary,
  type ObservationCodes,
  ObservationTable,
  scaledValue,
} from './_observation-table.js';

describe('Dictionary', () => {
  it('numbers texts in the order they come and gives them back', () => {
    const dictionary = new Dictionary();
    expect([dictionary.id('VNM'), dictionary.id('LAO'), dictionary.id('VNM')]).toEqual([0, 1, 0]);
    expect(dictionary.text(1)).toBe('LAO');
  });
});

describe('scaledValue', () => {
  it('is the exact mantissa and scale of up to 15 digits, -1 past them', () => {
    expect(scaledValue('1234.5')).toEqual([12345, 1]);
    expect(scaledValue('0.05')).toEqual([5, 2]);
    expect(scaledValue('0')).toEqual([0, 0]);
    expect(scaledValue('999999999999999')).toEqual([999999999999999, 0]);
    expect(scaledValue('9999999999999999')).toEqual([-1, 0]);
    expect(scaledValue('123456789012345678901234567890.5')).toEqual([-1, 0]);
  });
});

describe('ObservationTable', () => {
  it('finds exactly the observations added, through growth, with their first row and value', () => {
    const codes = fc.tuple(fc.nat(5), fc.nat(5), fc.nat(70), fc.nat(300), fc.nat(3));
    const value = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 14n }).map(String),
      fc
        .tuple(fc.nat(10 ** 6), fc.nat(99))
        .map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`.replace(/0$/, '')),
      fc.bigInt({ min: 10n ** 20n, max: 10n ** 30n }).map((n) => `${n}.5`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(codes, value), { maxLength: 3000 }), (entries) => {
        const table = new ObservationTable();
        const expected = new Map<string, { id: number; row: number; value: string }>();
        entries.forEach(([key, text], row) => {
          const id = table.find(key as ObservationCodes);
          const known = expected.get(key.join(','));
          expect(id).toBe(known?.id ?? -1);
          if (known === undefined) {
            const added = table.add(key as ObservationCodes, row, text, scaledValue(text));
            expected.set(key.join(','), { id: added, row, value: text });
          } else {
            expect(table.sameValue(id, text, scaledValue(text))).toBe(known.value === text);
          }
        });
        expect(table.size).toBe(expected.size);
        for (const [key, { id, row, value: text }] of expected) {
          expect([table.row(id), table.value(id)]).toEqual([row, text]);
          expect([0, 1, 2, 3, 4].map((part) => table.code(id, part)).join(',')).toBe(key);
        }
      }),
      propertyRuns(20261225, { ci: 15, full: 300 }),
    );
  });

  it('marks the observations that became flows', () => {
    const table = new ObservationTable();
    const first = table.add([0, 1, 2, 3, 0], 0, '1', scaledValue('1'));
    const second = table.add([0, 1, 2, 3, 1], 1, '2', scaledValue('2'));
    table.markImported(second);
    expect([table.isImported(first), table.isImported(second)]).toEqual([false, true]);
  });

  it('grows up to its limit, and once cleared holds nothing but keeps its room', () => {
    const table = new ObservationTable(5000);
    const key = (n: number): ObservationCodes => [n % 7, n % 11, n, 0, 1];
    for (let n = 0; n < 5000; n += 1) table.add(key(n), n, '1.5', scaledValue('1.5'));
    table.markImported(0);
    expect([table.size, table.find(key(4321)), table.row(4321), table.value(4999)]).toEqual([
      5000,
      4321,
      4321,
      '1.5',
    ]);
    table.clear();
    expect([table.size, table.find(key(4321)), table.find(key(0))]).toEqual([0, -1, -1]);
    const again = table.add(
      key(7),
      70,
      '123456789012345678.25',
      scaledValue('123456789012345678.25'),
    );
    expect([again, table.find(key(7)), table.value(again), table.isImported(again)]).toEqual([
      0,
      0,
      '123456789012345678.25',
      false,
    ]);
  });

  it('cleared with few observations in a big table, empties exactly their slots; reused, grows past its limit', () => {
    const table = new ObservationTable(3000);
    const key = (n: number): ObservationCodes => [n % 5, n % 13, n, 2, 3];
    for (let n = 0; n < 3000; n += 1) table.add(key(n), n, '1', scaledValue('1'));
    table.clear();
    // 40 observations among thousands of slots, cleared slot by slot, colliding or not.
    for (let n = 0; n < 40; n += 1) table.add(key(n * 7), n, '1', scaledValue('1'));
    table.clear();
    expect(Array.from({ length: 40 }, (_, n) => table.find(key(n * 7)))).toEqual(
      Array(40).fill(-1),
    );
    table.reuse();
    for (let n = 0; n < 5000; n += 1) table.add(key(n), n, '1', scaledValue('1'));
    expect([table.size, table.find(key(4999)), table.find(key(17))]).toEqual([5000, 4999, 17]);
  });
});
