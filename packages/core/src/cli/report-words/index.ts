import type { Locale } from '../../economy/locale.js';
import { en } from './en.js';
import { lo } from './lo.js';
import type { ReportWords } from './report-words.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

export type {
  CommodityWords,
  FlowMark,
  FlowSide,
  ReconcileWords,
  ReportWords,
} from './report-words.js';

/**
 * The report's words in each language `--locale` takes.
 *
 * @example
 * ```ts
 * REPORT_WORDS.zh.positions.deficit; //=> '逆差'
 * ```
 */
export const REPORT_WORDS: Readonly<Record<Locale, ReportWords>> = { en, vi, lo, zh };
