import { describe, expect, it } from 'vitest';
import { failure } from '../../__fixtures__/error-code.js';
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

  it('accepts the embedded count unchanged', () => {
    expect(readOfficialCount(count)).toBe(count);
  });
});
