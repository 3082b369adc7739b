import { describe, expect, it } from 'vitest';
import { failure, outcome } from '../../__fixtures__/error-code.js';
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
  ['no id', { ...namGiang, id: undefined }],
  ['no sides', { ...namGiang, sides: undefined }],
  ['an id in capitals', { ...namGiang, id: 'Nam-Giang' }],
  ['one side', { ...namGiang, sides: [vn] }],
  ['three sides', { ...namGiang, sides: [vn, la, vn] }],
  ['sides not a list', { ...namGiang, sides: { 0: vn, 1: la } }],
  ['a side that is null', { ...namGiang, sides: [vn, null] }],
  ['a side without a country', { ...namGiang, sides: [{ ...vn, country: undefined }, la] }],
  ['a numeric country', { ...namGiang, sides: [{ ...vn, country: 5 }, la] }],
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
  ['modes missing', { ...namGiang, modes: undefined }],
  [
    'a class change without its kind',
    {
      ...namGiang,
      sides: [{ ...vn, classHistory: [{ ...history[0], change: undefined }] }, la],
    },
  ],
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
  it.each(bad)('refuses %s with the code, paths and messages the schema gives', (_, input) => {
    const schema = outcome(() => checkCrossing(input, ['crossing'], {}));
    expect(schema).toBeInstanceOf(Array);
    expect(outcome(() => readCrossing(input, ['crossing'], {}))).toEqual(schema);
  });

  it('refuses a lower-case country with the code and path the schema gives, naming the code to use', () => {
    const input = { ...namGiang, sides: [{ ...vn, country: 'vnm' }, la] };
    expect(failure(() => readCrossing(input, [], {}))).toEqual(
      failure(() => checkCrossing(input, [], {})),
    );
    expect(outcome(() => readCrossing(input, [], {}))).toEqual([
      'INVALID_CROSSING',
      [
        {
          path: ['sides', 0, 'country'],
          message: '"vnm": economy codes are upper case, use "VNM"',
        },
      ],
    ]);
  });

  it('says a missing field is missing and what a field of the wrong type must be', () => {
    const messages = (input: unknown) =>
      (outcome(() => readCrossing(input, [], {})) as [string, { message: string }[]])[1].map(
        (issue) => issue.message,
      );
    expect(messages({ ...namGiang, sources: undefined })).toEqual(['is missing']);
    expect(messages({ ...namGiang, sides: [{ ...vn, class: 3 }, la] })).toEqual([
      'must be a string, found a number (3)',
    ]);
    expect(messages({ ...namGiang, modes: [{ mode: 'air' }] })).toEqual([
      'must be one of "road", "rail" or "river", found the string "air"',
    ]);
    expect(messages({ ...namGiang, sources: [] })).toEqual(['must have at least 1 item']);
    expect(messages(null)).toEqual(['must be an object, found null']);
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
      paths: [['crossings', 1, 'modes', 0, 'mode']],
    });
  });
});
