import { describe, expect, it } from 'vitest';
import {
  parseTarget,
  safeParseTarget,
  TargetRateSchema,
  TargetSchema,
  targetToJson,
} from './schemas.js';

const common = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'seed-004',
  setBy: 'somebody',
} as const;

/** (a) 2024: +10–15 % on 2023 (46th Vietnam–Laos Intergovernmental Committee, January 2024). */
const growthBandJson = {
  kind: 'growth-band',
  id: 'vnm-lao-2024-growth',
  ...common,
  setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
  year: '2024',
  band: { lower: '0.10', upper: '0.15' },
};

/** (b) 10–15 % a year on average (Joint Statement, September 2024); plan years assumed. */
const averageBandJson = {
  kind: 'average-growth-band',
  id: 'vnm-lao-joint-statement-2024',
  ...common,
  source: 'seed-002',
  setBy: 'Vietnam–Laos Joint Statement, September 2024',
  baseYear: '2023',
  endYear: '2025',
  band: { lower: '0.10', upper: '0.15' },
  note: 'The statement gives no plan period; 2023–2025 is an assumption for illustration.',
};

/** (c) US$4 billion of two-way trade by 2020 (set before 2019). */
const levelJson = {
  kind: 'level',
  id: 'vnm-lao-4bn-2020',
  ...common,
  source: 'sggp-2019-12-31',
  setBy: 'Vietnam and Laos governments (reported by VNA, 31 Dec 2019)',
  level: { amount: '4000000000', currency: 'USD' },
  byYear: '2020',
  baseYear: '2017',
};

const issues = (input: unknown) => {
  const result = safeParseTarget(input);
  if (result.success) return [];
  expect(result.error.code).toBe('INVALID_TARGET');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('TargetSchema / parseTarget', () => {
  it('reads the three kinds into the rich model', () => {
    const a = parseTarget(growthBandJson);
    expect(
      a.kind === 'growth-band' && [a.year, a.band.lower.toString(), a.band.upper.toString()],
    ).toEqual([2024, '0.1', '0.15']);
    const b = parseTarget(averageBandJson);
    expect(b.kind === 'average-growth-band' && [b.baseYear, b.endYear, b.note]).toEqual([
      2023,
      2025,
      averageBandJson.note,
    ]);
    const c = parseTarget(levelJson);
    expect(
      c.kind === 'level' && [c.level.amount.toString(), c.level.currency, c.byYear, c.baseYear],
    ).toEqual(['4000000000', 'USD', 2020, 2017]);
    expect(TargetSchema.safeParse(levelJson).success).toBe(true);
  });

  it('writes them back to JSON that reads back the same', () => {
    for (const json of [growthBandJson, averageBandJson, levelJson]) {
      const target = parseTarget(json);
      expect(parseTarget(targetToJson(target))).toEqual(target);
    }
    const { baseYear: _unused, ...noBase } = levelJson;
    expect(targetToJson(parseTarget(noBase))).not.toHaveProperty('baseYear');
  });

  it('reads a measure in the words statements use, with export/import as aliases (defect 6)', () => {
    expect(parseTarget({ ...growthBandJson, measure: 'exports' }).measure).toBe('exports');
    expect(parseTarget({ ...growthBandJson, measure: 'import' }).measure).toBe('imports');
    expect(targetToJson(parseTarget({ ...growthBandJson, measure: 'export' })).measure).toBe(
      'exports',
    );
    const result = safeParseTarget({ ...growthBandJson, measure: 'balance' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['measure'],
    ]);
  });

  it('refuses percentages where fractions belong, reversed bands and reversed years', () => {
    expect(issues({ ...growthBandJson, band: { lower: '10', upper: '15' } })).toEqual([
      'band.lower: must be a rate as a decimal fraction greater than -1 and at most 5, e.g. "0.10" for 10 %',
      'band.upper: must be a rate as a decimal fraction greater than -1 and at most 5, e.g. "0.10" for 10 %',
    ]);
    expect(issues({ ...growthBandJson, band: { lower: '0.15', upper: '0.10' } })).toEqual([
      "band.upper: the band's upper rate 0.10 is below its lower rate 0.15",
    ]);
    expect(issues({ ...averageBandJson, endYear: '2023' })).toEqual([
      'endYear: 2023 must come after 2023',
    ]);
    expect(issues({ ...levelJson, byYear: '2016' })).toEqual(['byYear: 2016 must come after 2017']);
    expect(issues({ ...levelJson, level: { amount: '0', currency: 'USD' } })).toEqual([
      'level.amount: a level target must be greater than 0',
    ]);
    expect(issues({ ...growthBandJson, band: { lower: '-1', upper: '0.1' } })).toHaveLength(1);
    expect(issues({ ...growthBandJson, year: '24' })).toEqual([
      'year: must be a year, e.g. "2024"',
    ]);
    expect(issues({ ...growthBandJson, measure: 'balance' })).toHaveLength(1);
    expect(issues({ ...growthBandJson, kind: 'wish' })).toHaveLength(1);
    expect(issues(null)).toHaveLength(1);
    expect(TargetRateSchema.safeParse('0.15').success).toBe(true);
    expect(TargetRateSchema.safeParse('15').success).toBe(false);
  });
});
