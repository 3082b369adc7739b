import { inSentence } from './format.js';
import { englishMonth, type Messages } from './messages.js';

/**
 * The English words only `<bilateral-gates>` shows: its module adds them to the English messages
 * (`addEnglish`), so a page without a list of border crossings does not carry them.
 */
export const gatesWords: Pick<
  Messages,
  | 'noCrossings'
  | 'gatesTitle'
  | 'all'
  | 'class'
  | 'province'
  | 'listed'
  | 'official'
  | 'missing'
  | 'legend'
  | 'unknownClass'
  | 'gatesSentence'
  | 'officialSentence'
  | 'asAtSentence'
  | 'changeRange'
  | 'changesSentence'
  | 'day'
> = {
  day: (day, month, year) => `${englishMonth(month)} ${day}, ${year}`,
  noCrossings: (pair) => `The data lists no border crossing for ${pair}.`,
  gatesTitle: (pair) => `${pair} border crossings`,
  all: 'All',
  class: 'Class',
  province: 'Province',
  listed: 'Listed',
  official: 'Official',
  missing: 'Missing',
  legend: 'Classes',
  unknownClass: 'class not known',
  gatesSentence: (n, pair, country) =>
    `${n} ${n === 1 ? 'crossing is' : 'crossings are'} listed on the ${pair} border, counted by ${inSentence(country, false, true)} classes.`,
  officialSentence: (listed, official, asOf) =>
    `The official count of ${asOf} has ${official}; ${listed} ${listed === 1 ? 'is' : 'are'} listed.`,
  asAtSentence: (day, undated) =>
    `Classes as on ${day}${undated > 0 ? `; ${undated} ${undated === 1 ? 'has no dated record and is' : 'have no dated record and are'} shown as last recorded.` : '.'}`,
  changeRange: (from, to) =>
    to === undefined ? `since ${from}` : to === from ? `in ${from}` : `in ${from}–${to}`,
  changesSentence: (n, range) =>
    n === 0
      ? `No class change is recorded ${range}.`
      : `${n} class ${n === 1 ? 'change is' : 'changes are'} recorded ${range}:`,
};

/**
 * What an English figure calls the provinces the core counts as `(unknown)` (a side that names
 * none), under its "Province" heading, column and filter, as `unknownClass` says of a class
 * ("province not known" is cut short at 280 px); the other languages' words come with the
 * provinces' names (`province-names.ts`).
 */
export const UNKNOWN_PROVINCE_EN = 'not known';
