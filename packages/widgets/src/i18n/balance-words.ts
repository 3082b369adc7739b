import { inSentence } from './format.js';
import type { Messages } from './messages.js';

/**
 * The English words only `<bilateral-balance>` shows: its module adds them to the English
 * messages (`addEnglish`), so a page without a balance does not carry them.
 */
export const balanceWords: Pick<
  Messages,
  | 'balance'
  | 'coverage'
  | 'balanceTitle'
  | 'positions'
  | 'positionNames'
  | 'position'
  | 'balanceSentence'
  | 'coverageText'
  | 'unknownSentence'
  | 'balanceRange'
> = {
  balance: 'Balance',
  coverage: 'Coverage',
  balanceTitle: (pair) => `${pair} trade balance`,
  positions: {
    surplus: 'a surplus',
    deficit: 'a deficit',
    balanced: 'balanced trade',
  },
  positionNames: {
    surplus: 'surplus',
    deficit: 'deficit',
    balanced: 'balanced',
    unknown: 'unknown',
  },
  position: 'Position',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${inSentence(r, true)} had ${pos} of ${amount} with ${inSentence(p)} in ${period}. ${cov}`,
  coverageText: (pct) => `Exports covered ${pct} of imports.`,
  unknownSentence: (r, low, high, p, period, bound) =>
    `${inSentence(r, true, true)} balance with ${inSentence(p)} in ${period} was between ${low} and ${high}: surplus or deficit unknown ${bound ? 'since a side is published as a lower bound' : 'within rounding'}.`,
  balanceRange: (low, high) => `${low} to ${high}`,
};
