import { formatPeriod, parsePeriod } from '../period/index.js';
import { yearEarlierInRange } from '../period/year-earlier-in-range.js';
import { amountFromJson, rateFromJson } from './_from-json.js';
import type { PublishedAmount } from './published-amount.js';
import type { PublishedRate } from './published-rate.js';
import type { Statement } from './statement.js';

export type LevelStatement = Extract<Statement, { kind: 'level' }>;
export type GrowthStatement = Extract<Statement, { kind: 'growth' }>;
export type ShareStatement = Extract<Statement, { kind: 'share' }>;
export type BalanceStatement = Extract<Statement, { kind: 'balance' }>;
export type Subject = LevelStatement['subject'];

export interface Level {
  readonly statement: LevelStatement;
  readonly period: string;
  readonly figure: PublishedAmount;
}
export interface Growth {
  readonly statement: GrowthStatement;
  readonly period: string;
  readonly figure: PublishedRate;
}
export interface Share {
  readonly statement: ShareStatement;
  readonly period: string;
  readonly figure: PublishedRate;
}
export interface Balance {
  readonly statement: BalanceStatement;
  readonly period: string;
  readonly figure: PublishedAmount | undefined;
}

/** The canonical text of a valid period text. */
export function canonicalPeriod(text: string): string {
  return formatPeriod(parsePeriod(text));
}

/**
 * The text of the same period a year earlier; `undefined` for a period in the year 1, which has
 * none (review h150 A12).
 *
 * @example
 * ```ts
 * [periodYearEarlier('2024-01/2024-09'), periodYearEarlier('0001-Q3')];
 * //=> ['2023-01/2023-09', undefined]
 * ```
 */
export function periodYearEarlier(text: string): string | undefined {
  const earlier = yearEarlierInRange(parsePeriod(text));
  return earlier && formatPeriod(earlier);
}

/**
 * Why a relation with the year before `period` cannot be formed: `period` is in the year 1.
 *
 * @example
 * ```ts
 * noYearBefore('0001');
 * //=> 'no year comes before 0001 (periods are in the years 1–9999)'
 * ```
 */
export function noYearBefore(period: string): string {
  return `no year comes before ${period} (periods are in the years 1–9999)`;
}

/** Statements sorted by kind, with their figures read, and lookups by pair, subject, period. */
export class StatementIndex {
  readonly levels: Level[] = [];
  readonly growths: Growth[] = [];
  readonly shares: Share[] = [];
  readonly balances: Balance[] = [];

  constructor(statements: readonly Statement[]) {
    for (const statement of statements) {
      const period = canonicalPeriod(statement.period);
      switch (statement.kind) {
        case 'level':
          this.levels.push({ statement, period, figure: amountFromJson(statement.amount) });
          break;
        case 'growth':
          this.growths.push({ statement, period, figure: rateFromJson(statement.rate) });
          break;
        case 'share':
          this.shares.push({ statement, period, figure: rateFromJson(statement.share) });
          break;
        case 'balance':
          this.balances.push({
            statement,
            period,
            figure: statement.amount === undefined ? undefined : amountFromJson(statement.amount),
          });
          break;
      }
    }
  }

  /** Levels of one subject, pair and period, in one currency when given. */
  levelsOf(
    reporter: string,
    partner: string,
    subject: Subject,
    period: string,
    currency?: string,
  ): Level[] {
    return this.levels.filter(
      (level) =>
        level.statement.reporter === reporter &&
        level.statement.partner === partner &&
        level.statement.subject === subject &&
        level.period === period &&
        (currency === undefined || level.figure.currency === currency),
    );
  }

  /** Growth rates of one subject, pair and period usable with amounts in `currency`. */
  growthsOf(
    reporter: string,
    partner: string,
    subject: Subject,
    period: string,
    currency: string,
  ): Growth[] {
    return this.growths.filter(
      (growth) =>
        growth.statement.reporter === reporter &&
        growth.statement.partner === partner &&
        growth.statement.subject === subject &&
        growth.period === period &&
        (growth.statement.currency === undefined || growth.statement.currency === currency),
    );
  }
}
