import type { Messages } from './messages.js';

/**
 * The English words only `<bilateral-target>` shows, its data table's included (the target
 * band's name, which a growth element draws too, stays in the shared messages): its module adds them to the English messages
 * (`addEnglish`), so a page without a target card does not carry them.
 */
export const targetWords: Pick<
  Messages,
  | 'noTargets'
  | 'actual'
  | 'statuses'
  | 'growthToDate'
  | 'perYear'
  | 'required'
  | 'noneRequired'
  | 'metText'
  | 'lower'
  | 'upper'
  | 'levelText'
  | 'requiredOne'
  | 'cushion'
  | 'levelSummary'
  | 'targetSummary'
> = {
  noTargets: (pair) => `The data records no trade target for ${pair}.`,
  actual: 'Actual',
  statuses: {
    ahead: 'Ahead',
    'on-track': 'On track',
    'at-risk': 'At risk',
    behind: 'Behind',
    met: 'Met',
    missed: 'Missed',
    'awaiting-data': 'Awaiting data',
  },
  growthToDate: 'Growth to date',
  perYear: (rate) => `${rate} a year`,
  required: (lo, hi, year) => `Needs ${lo} to ${hi} a year to reach the band in ${year}.`,
  noneRequired: 'No years left to make up.',
  metText: (year) => `The target for ${year} was met.`,
  lower: 'Band, low',
  upper: 'Band, high',
  levelText: (level, year) => `${level} by ${year}`,
  requiredOne: (rate, year) => `Needs ${rate} a year from now to reach it in ${year}.`,
  cushion: (rate, year, measure) =>
    `On course for the target in ${year} unless ${measure === 'turnover' ? 'it falls' : 'they fall'} by more than ${rate} a year.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: ${growth} a year since ${base}; reaching ${level} by ${end} called for ${needed} a year from ${base}.`,
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: ${growth} on ${base}, against a target of ${band} a year.`
      : `${status}: ${growth} a year since ${base}, against a target of ${band} a year to ${end}.`,
};
