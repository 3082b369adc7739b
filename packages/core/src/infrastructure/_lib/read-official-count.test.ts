import { describe, expect, it } from 'vitest';
import { failure, outcome } from '../../__fixtures__/error-code.js';
import { VIETNAM_LAOS_OFFICIAL_COUNT_2024_10 } from '../data/index.js';
import { parseOfficialCrossingCount } from '../official-crossing-count.js';
import { readOfficialCount } from './read-official-count.js';

const count = VIETNAM_LAOS_OFFICIAL_COUNT_2024_10;

describe('readOfficialCount (summarizeCrossings’ hand-written checks)', () => {
  it.each([
    ['a negative count', { ...count, counts: { main: -1 } }],
    ['a fractional count', { ...count, counts: { main: 1.5 } }],
    ['a count as text', { ...count, counts: { main: '9' } }],
    ['counts not a record', { ...count, counts: null }],
    ['a fractional number of zones', { ...count, economicZones: 2.5 }],
    ['a date in month 13', { ...count, asOf: '2024-13' }],
    ['a lower-case system', { ...count, system: 'vnm' }],
    ['three countries', { ...count, countries: ['VNM', 'LAO', 'CHN'] }],
    ['no countries', { ...count, countries: [] }],
    ['not an object', 'VNM'],
  ])('refuses %s with the code and paths the schema gives', (_, input) => {
    const schema = failure(() => parseOfficialCrossingCount(input));
    expect(schema).toBeDefined();
    expect(failure(() => readOfficialCount(input))).toEqual(schema);
  });

  it.each([
    ['not an object', 'VNM', [], 'must be an object, found the string "VNM"'],
    ['no id', { ...count, id: undefined }, ['id'], 'is missing'],
    ['a numeric id', { ...count, id: 5 }, ['id'], 'must be a string, found a number (5)'],
    ['an empty id', { ...count, id: '' }, ['id'], 'must have at least 1 character'],
    ['no countries', { ...count, countries: undefined }, ['countries'], 'is missing'],
    [
      'countries as text',
      { ...count, countries: 'VNM' },
      ['countries'],
      'must be one or two economy codes, found the string "VNM"',
    ],
    [
      'three countries',
      { ...count, countries: ['VNM', 'LAO', 'CHN'] },
      ['countries'],
      'must be one or two economy codes, found 3',
    ],
    [
      'an empty list of countries',
      { ...count, countries: [] },
      ['countries'],
      'must be one or two economy codes, found none',
    ],
    [
      'a numeric system',
      { ...count, system: 5 },
      ['system'],
      'must be a string, found a number (5)',
    ],
    ['no date', { ...count, asOf: undefined }, ['asOf'], 'is missing'],
    ['counts null', { ...count, counts: null }, ['counts'], 'must be an object, found null'],
    ['counts a list', { ...count, counts: [] }, ['counts'], 'must be an object, found an array'],
    [
      'a negative count',
      { ...count, counts: { main: -1 } },
      ['counts', 'main'],
      'must be a whole number 0 or more, found a number (-1)',
    ],
    [
      'a count as text',
      { ...count, counts: { main: '9' } },
      ['counts', 'main'],
      'must be a whole number 0 or more, found the string "9"',
    ],
    [
      'a fractional number of zones',
      { ...count, economicZones: 2.5 },
      ['economicZones'],
      'must be a whole number 0 or more, found a number (2.5)',
    ],
  ])('says what is wrong with %s as the schemas word it', (_, input, path, message) => {
    expect(outcome(() => readOfficialCount(input))).toEqual(['INVALID_INPUT', [{ path, message }]]);
  });

  it('accepts the embedded count unchanged', () => {
    expect(readOfficialCount(count)).toBe(count);
  });
});
