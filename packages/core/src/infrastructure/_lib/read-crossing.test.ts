import { describe, expect, it } from 'vitest';
import { failure } from '../../__fixtures__/error-code.js';
import type { BorderCrossing } from '../border-crossing.js';
import { VIETNAM_LAOS_CROSSINGS } from '../data/index.js';
import { summarizeCrossings } from '../summarize-crossings.js';
import { checkCrossing } from './check-crossing.js';
import { readCrossing } from './read-crossing.js';

const namGiang = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-nam-giang') as BorderCrossing;
const [vn, la] = namGiang.sides;
const history = vn.classHistory ?? [];

// Crossings with bad fields the calculations read: the hand-written checks must name the same
// fields with the same code as the schema does.
const bad: readonly [string, unknown][] = [
  ['not an object', 'vnm-lao-nam-giang'],
  ['an array', [namGiang]],
  ['a numeric id', { ...namGiang, id: 5 }],
  ['an id in capitals', { ...namGiang, id: 'Nam-Giang' }],
  ['one side', { ...namGiang, sides: [vn] }],
  ['three sides', { ...namGiang, sides: [vn, la, vn] }],
  ['sides not a list', { ...namGiang, sides: { 0: vn, 1: la } }],
  ['a side that is null', { ...namGiang, sides: [vn, null] }],
  ['a lower-case country', { ...namGiang, sides: [{ ...vn, country: 'vnm' }, la] }],
  ['a class that is a number', { ...namGiang, sides: [{ ...vn, class: 3 }, la] }],
  ['a province without a name', { ...namGiang, sides: [{ ...vn, province: {} }, la] }],
  [
    'a class change dated 2020-13',
    {
      ...namGiang,
      sides: [{ ...vn, classHistory: [{ ...history[0], date: '2020-13' }] }, la],
    },
  ],
  [
    'a class change of an unknown kind',
    { ...namGiang, sides: [{ ...vn, classHistory: [{ ...history[0], change: 'moved' }] }, la] },
  ],
  ['class history not a list', { ...namGiang, sides: [{ ...vn, classHistory: 'main' }, la] }],
  ['no modes', { ...namGiang, modes: [] }],
  ['an air mode', { ...namGiang, modes: [{ mode: 'air' }] }],
  ['a closed status', { ...namGiang, status: [{ status: 'closed', sources: ['x'] }] }],
  [
    'a status from 2021-02-30',
    { ...namGiang, status: [{ status: 'open', from: '2021-02-30', sources: ['x'] }] },
  ],
  ['a status period without sources', { ...namGiang, status: [{ status: 'open' }] }],
  ['no sources', { ...namGiang, sources: [] }],
  ['a source id with a space', { ...namGiang, sources: ['a source'] }],
  ['an uncertain marker without a note', { ...namGiang, uncertain: {} }],
  ['both sides in Vietnam (a rule)', { ...namGiang, sides: [vn, vn] }],
  ['an unknown class (a rule)', { ...namGiang, sides: [{ ...vn, class: 'gateway' }, la] }],
];

describe('readCrossing (the calculations’ hand-written checks)', () => {
  it.each(bad)('refuses %s with the code and paths the schema gives', (_, input) => {
    const schema = failure(() => checkCrossing(input, ['crossing'], {}));
    expect(schema).toBeDefined();
    expect(failure(() => readCrossing(input, ['crossing'], {}))).toEqual(schema);
  });

  it('accepts every embedded crossing as the schema does, returning it unchanged', () => {
    for (const crossing of VIETNAM_LAOS_CROSSINGS) {
      expect(readCrossing(crossing, [], {})).toBe(crossing);
    }
  });

  it('gives the calculations the same errors: summarizeCrossings names the bad crossing’s field', () => {
    const list = [VIETNAM_LAOS_CROSSINGS[0], { ...namGiang, modes: [{ mode: 'air' }] }];
    expect(failure(() => summarizeCrossings(list as BorderCrossing[]))).toEqual({
      code: 'INVALID_CROSSING',
      paths: [[1, 'modes', 0, 'mode']],
    });
  });
});
