import { describe, expect, it } from 'vitest';
import type { BilateralError } from '../errors/index.js';
import {
  type BorderCrossing,
  INFRASTRUCTURE_SOURCES,
  LAOS_CHINA_CROSSINGS,
  VIETNAM_LAOS_CROSSINGS,
} from './index.js';
import {
  parseBorderCrossing,
  parseBorderCrossings,
  safeParseBorderCrossing,
  safeParseBorderCrossings,
} from './schemas.js';

const namGiang = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-nam-giang') as BorderCrossing;
const pangHai = LAOS_CHINA_CROSSINGS.find(
  (c) => c.id === 'lao-chn-pang-hai-mengman',
) as BorderCrossing;

function failure(input: unknown, options = {}): BilateralError {
  const result = safeParseBorderCrossing(input, options);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('parseBorderCrossing', () => {
  it('accepts every embedded crossing, and the lists as a whole with their sources', () => {
    for (const crossing of [...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS]) {
      expect(parseBorderCrossing(crossing, { sources: INFRASTRUCTURE_SOURCES })).toEqual(crossing);
    }
    expect(
      parseBorderCrossings([...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS], {
        sources: INFRASTRUCTURE_SOURCES,
      }),
    ).toHaveLength(31);
  });

  it('refuses a list of crossings with a hole, which no JSON holds (INVALID_CROSSING, [i])', () => {
    // The hole was skipped by the check and kept in the list it returned.
    const list = [...VIETNAM_LAOS_CROSSINGS];
    delete list[1];
    const result = safeParseBorderCrossings(list, { sources: INFRASTRUCTURE_SOURCES });
    expect(result.success ? [] : [result.error.code, result.error.issues]).toEqual([
      'INVALID_CROSSING',
      [
        {
          path: [1],
          message:
            'a hole in the array (no element at this index): the input must be plain JSON data',
        },
      ],
    ]);
  });

  it('refuses a crossing whose two sides are in the same country (INVALID_CROSSING, sides[1].country)', () => {
    const error = failure({
      ...namGiang,
      sides: [
        namGiang.sides[0],
        { ...namGiang.sides[1], country: 'VNM', class: 'main', classHistory: [] },
      ],
    });
    expect(error.code).toBe('INVALID_CROSSING');
    expect(error.issues).toEqual([
      {
        path: ['sides', 1, 'country'],
        message: 'both sides are in VNM; a crossing joins two different countries',
      },
    ]);
    expect(String(error)).toContain('sides[1].country');
  });

  it('refuses overlapping status periods (INVALID_CROSSING, status[k])', () => {
    const error = failure({
      ...pangHai,
      status: [
        { status: 'open', from: '2020-01-01', to: '2021-06-30', sources: ['x'] },
        { status: 'suspended', from: '2021-06', to: '2022-01', sources: ['x'] },
      ],
    });
    expect(error.code).toBe('INVALID_CROSSING');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['status', 1]);
    expect(error.issues[0]?.message).toContain('overlaps status[0]');
  });

  it('refuses a period without a start that overlaps a later one', () => {
    const error = failure({
      ...pangHai,
      status: [
        { status: 'open', to: '2023-01-01', sources: ['x'] },
        { status: 'open', sources: ['x'] },
      ],
    });
    expect(error.issues[0]?.path).toEqual(['status', 1]);
  });

  it('refuses a period that ends before it starts, and periods out of order', () => {
    expect(
      failure({
        ...pangHai,
        status: [{ status: 'open', from: '2024-02', to: '2024-01-31', sources: ['x'] }],
      }).issues[0]?.path,
    ).toEqual(['status', 0, 'to']);
    expect(
      failure({
        ...pangHai,
        status: [
          { status: 'open', from: '2024-01', sources: ['x'] },
          { status: 'planned', from: '2020', to: '2020', sources: ['x'] },
        ],
      }).issues.map((issue) => issue.path),
    ).toEqual([['status', 1, 'from']]);
  });

  it("refuses an unknown class for the side's system (UNKNOWN_CLASS, sides[i].class)", () => {
    const error = failure({
      ...namGiang,
      sides: [{ ...namGiang.sides[0], class: 'class-1-port', classHistory: [] }, namGiang.sides[1]],
    });
    expect(error.code).toBe('UNKNOWN_CLASS');
    expect(error.issues).toEqual([
      {
        path: ['sides', 0, 'class'],
        message:
          '"class-1-port" is not a class of vnm-land-border-gates (international, main, secondary, opening, clearance-lane)',
      },
    ]);
  });

  it('refuses unknown classes inside the history too', () => {
    const side = namGiang.sides[1];
    const error = failure({
      ...namGiang,
      sides: [
        namGiang.sides[0],
        { ...side, classHistory: [{ ...side.classHistory?.[0], from: 'main' }] },
      ],
    });
    expect(error.code).toBe('UNKNOWN_CLASS');
    expect(error.issues[0]?.path).toEqual(['sides', 1, 'classHistory', 0, 'from']);
  });

  it('refuses classes for a country without a known system', () => {
    const error = failure({
      ...namGiang,
      sides: [namGiang.sides[0], { country: 'THA', class: 'international' }],
    });
    expect(error.code).toBe('UNKNOWN_CLASS');
    expect(error.issues[0]?.path).toEqual(['sides', 1, 'class']);
    expect(error.issues[0]?.message).toBe(
      'no classification system is known for THA, so "international" cannot be checked: leave the class out (the systems option can give THA\'s system)',
    );
    expect(error.issues[0]?.hint).toEqual({
      code: 'CLASSIFICATION_SYSTEMS',
      message: "the systems option can give THA's system",
    });
  });

  it('quotes a long class in its first 60 characters and its length', () => {
    // A 1 MB class made a 1 MB message. (A class is a slug: one with a surrogate pair is refused
    // as such before it is looked up.)
    const long = 'x'.repeat(1_000_000);
    const quoted = `"${'x'.repeat(60)}…" (1,000,000 characters)`;
    const unknown = failure({
      ...namGiang,
      sides: [{ ...namGiang.sides[0], class: long, classHistory: [] }, namGiang.sides[1]],
    });
    expect(unknown.issues[0]?.message).toBe(
      `${quoted} is not a class of vnm-land-border-gates (international, main, secondary, opening, clearance-lane)`,
    );
    const noSystem = failure({
      ...namGiang,
      sides: [namGiang.sides[0], { country: 'THA', class: long }],
    });
    expect(noSystem.issues[0]?.message).toBe(
      `no classification system is known for THA, so ${quoted} cannot be checked: leave the class out (the systems option can give THA's system)`,
    );
  });

  it('quotes a long class beside a class history, and a long "from", in their first 60 characters', () => {
    // The class history's checks echoed the class whole: a 1 MB class made a 1 MB message.
    const long = 'x'.repeat(1_000_000);
    const quoted = `"${'x'.repeat(60)}…" (1,000,000 characters)`;
    const vn = namGiang.sides[0];
    const entry = vn.classHistory?.[0];
    const longClass = failure({ ...namGiang, sides: [{ ...vn, class: long }, namGiang.sides[1]] });
    const longFrom = failure({
      ...namGiang,
      sides: [
        { ...vn, classHistory: [entry, { ...entry, date: '2021', from: long }] },
        namGiang.sides[1],
      ],
    });
    const messages = [...longClass.issues, ...longFrom.issues].map((issue) => issue.message);
    expect(messages.filter((message) => message.length > 300)).toEqual([]);
    expect(messages).toContain(
      `is ${quoted} but the class history ends with "international" (2020-12-22)`,
    );
    expect(messages).toContain(
      `says the class changed from ${quoted} but the previous entry makes it "international"`,
    );
  });

  it('refuses class histories out of order, with a wrong "from", or not ending in the class', () => {
    const vn = namGiang.sides[0];
    const entry = vn.classHistory?.[0];
    const outOfOrder = failure({
      ...namGiang,
      sides: [
        {
          ...vn,
          classHistory: [
            entry,
            { ...entry, date: '2019', from: 'international', class: 'international' },
          ],
        },
        namGiang.sides[1],
      ],
    });
    expect(outOfOrder.code).toBe('INVALID_CROSSING');
    expect(outOfOrder.issues.map((issue) => issue.path)).toEqual([
      ['sides', 0, 'classHistory', 1, 'date'],
    ]);
    const wrongFrom = failure({
      ...namGiang,
      sides: [
        {
          ...vn,
          class: 'main',
          classHistory: [
            { date: '2009', class: 'main', change: 'recorded', sources: ['x'] },
            { ...entry, from: 'secondary' },
            {
              date: '2022',
              class: 'main',
              from: 'international',
              change: 'downgraded',
              sources: ['x'],
            },
          ],
        },
        namGiang.sides[1],
      ],
    });
    expect(wrongFrom.issues.map((issue) => issue.path)).toEqual([
      ['sides', 0, 'classHistory', 1, 'from'],
    ]);
    const notLast = failure({ ...namGiang, sides: [{ ...vn, class: 'main' }, namGiang.sides[1]] });
    expect(notLast.issues).toEqual([
      {
        path: ['sides', 0, 'class'],
        message: 'is "main" but the class history ends with "international" (2020-12-22)',
      },
    ]);
  });

  it('refuses a mode listed twice and an unknown source', () => {
    expect(
      failure({ ...namGiang, modes: [{ mode: 'road' }, { mode: 'road' }] }).issues[0]?.path,
    ).toEqual(['modes', 1, 'mode']);
    const error = failure(
      { ...namGiang, sources: ['no-such-source'] },
      { sources: INFRASTRUCTURE_SOURCES },
    );
    expect(error.issues).toEqual([
      {
        path: ['sources', 0],
        message: 'cites "no-such-source", which is not among the sources given',
      },
    ]);
  });

  it('reports shape errors with their paths', () => {
    const error = failure({
      ...namGiang,
      sides: [{ ...namGiang.sides[0], country: 'vn' }, namGiang.sides[1]],
      modes: [],
    });
    expect(error.code).toBe('INVALID_CROSSING');
    expect(error.issues.map((issue) => issue.path)).toEqual([['sides', 0, 'country'], ['modes']]);
    expect(failure({ ...namGiang, colour: 'red' }).issues[0]?.message).toContain('unknown key');
    expect(
      failure({ ...namGiang, status: [{ status: 'open', from: '2021-02-30', sources: ['x'] }] })
        .issues[0],
    ).toEqual({
      path: ['status', 0, 'from'],
      message: 'day 30 does not exist in 2021-02',
    });
  });

  it('parseBorderCrossings prefixes paths with the index and refuses duplicate ids', () => {
    const result = safeParseBorderCrossings([namGiang, namGiang]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]?.path).toEqual([1, 'id']);
    const nested = safeParseBorderCrossings([
      namGiang,
      { ...pangHai, sides: [pangHai.sides[0], pangHai.sides[0]] },
    ]);
    expect(nested.success ? [] : nested.error.issues[0]?.path).toEqual([1, 'sides', 1, 'country']);
    const notList = safeParseBorderCrossings('nope');
    expect(notList.success ? [] : notList.error.issues).toEqual([
      { path: [], message: 'must be a list of crossings, found the string "nope"' },
    ]);
  });
});
