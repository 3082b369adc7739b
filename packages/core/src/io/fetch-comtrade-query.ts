import * as z from 'zod/mini';
import { grouped } from '../_internal/count-of.js';
import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { listedEconomiesIssue } from '../economy/economy-lookup.js';
import { getEconomy, isKnownEconomyCode } from '../economy/index.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import { FLOW_CODES } from './_comtrade-row.js';

/**
 * A reporter or partner of a UN Comtrade query: a Bilateral economy code (`'THA'`, `'WLD'` for
 * the World) or a UN Comtrade area code (`764`, `'764'`; France is 251, the USA 842).
 *
 * @example
 * ```ts
 * const thailand: ComtradeArea = 'THA';
 * const cambodia: ComtradeArea = 116;
 * [thailand, cambodia];
 * //=> ['THA', 116]
 * ```
 *
 * @category Importers
 */
export type ComtradeArea = string | number;

/**
 * What to ask UN Comtrade for: who reports, with which partners, which periods, flows and
 * commodities. {@link fetchComtrade} splits it into requests the API accepts.
 *
 * @example
 * ```ts
 * const query: ComtradeQuery = {
 *   reporter: 'THA',
 *   partner: 'KHM',
 *   periods: ['2023', '2024'],
 * };
 * query.flows ?? ['X', 'M'];
 * //=> ['X', 'M']
 * ```
 *
 * @category Importers
 */
export interface ComtradeQuery {
  /** The reporter(s): economy codes or UN Comtrade codes. */
  readonly reporter: ComtradeArea | readonly ComtradeArea[];
  /** The partner(s); `'WLD'` or 0 is the World; left out, every partner (and the World). */
  readonly partner?: ComtradeArea | readonly ComtradeArea[];
  /**
   * Years (`'2023'`) or months (`'2023-09'`), not mixed, from 1962 (UN Comtrade's first year) to
   * the current year.
   */
  readonly periods: readonly string[];
  /** Flow codes (default `['X', 'M']`: exports and imports). */
  readonly flows?: readonly string[];
  /** Commodity codes: `TOTAL` (default), `AG2`, or HS codes with their leading zeros (`'0901'`). */
  readonly commodities?: readonly string[];
  /** The classification: `HS` as reported (default) or an edition `H0`–`H6`. */
  readonly classification?: string;
  /**
   * `false` (default): totals only — the query names `customsCode` C00, `motCode` 0 and
   * `partner2Code` 0, so no breakdown can be added to its total. `true`: every breakdown.
   */
  readonly breakdowns?: boolean;
}

/** A query checked and in the API's codes. @internal */
export interface ComtradePlanQuery {
  readonly reporters: readonly number[];
  /** `undefined`: every partner. */
  readonly partners: readonly number[] | undefined;
  /** In the API's form: `2023` or `202309`. */
  readonly periods: readonly string[];
  readonly frequency: 'A' | 'M';
  readonly flows: readonly string[];
  readonly commodities: readonly string[];
  readonly classification: string;
  readonly breakdowns: boolean;
}

/** A part of a query that one request asks for. @internal */
export interface ComtradePart {
  readonly reporters: readonly number[];
  readonly partners: readonly number[] | undefined;
  readonly periods: readonly string[];
  readonly flows: readonly string[];
  readonly commodities: readonly string[];
}

/** The most periods one request may name (the API refuses more). @internal */
export const PERIODS_PER_REQUEST = 12;

/** The first year UN Comtrade holds data for: an earlier period is asked for in vain. */
const FIRST_YEAR = 1962;

/** The longest URL the API accepts (4 KB; longer ones fail with "Request URL Too Long"). @internal */
export const MAX_URL_LENGTH = 4095;

const Area = z.union([z.string(), z.number()]);
const Areas = z.union([Area, z.array(Area)]);
const QuerySchema = z.strictObject({
  reporter: Areas,
  partner: z.optional(Areas),
  periods: z.array(z.string()).check(z.minLength(1)),
  flows: z.optional(z.array(z.string()).check(z.minLength(1))),
  commodities: z.optional(z.array(z.string()).check(z.minLength(1))),
  classification: z.optional(z.string()),
  breakdowns: z.optional(z.boolean()),
});

const COMMODITY = /^(?:TOTAL|AG[1-6]|\d{2,12})$/;
const CLASSIFICATION = /^(?:HS|H[0-6])$/;

/** The UN Comtrade code of an area given as an economy code or a number. */
function areaCode(
  value: string | number,
  path: IssuePath,
  issues: BilateralIssue[],
): number | undefined {
  const text = String(value).trim();
  if (/^\d{1,3}$/.test(text)) return Number(text);
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = text.toUpperCase();
    try {
      return getEconomy(code).comtradeCode;
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      issues.push(
        isKnownEconomyCode(code)
          ? {
              path,
              message: `${code} is a country Bilateral has no UN Comtrade code for: give its UN Comtrade code (a number, from the API's list of reporters and partners)`,
            }
          : {
              path,
              ...listedEconomiesIssue(
                `${quoteInput(text)} is not an economy code Bilateral knows: give one it knows (ISO alpha-3) or a UN Comtrade code (a number such as 764)`,
              ),
            },
      );
      return undefined;
    }
  }
  issues.push({
    path,
    message: `${describeInput(value)} is neither an economy code (THA) nor a UN Comtrade code (a number from 0 to 999)`,
  });
  return undefined;
}

function areaList(
  value: ComtradeArea | readonly ComtradeArea[],
  key: 'reporter' | 'partner',
  issues: BilateralIssue[],
): number[] {
  const list = Array.isArray(value) ? (value as readonly ComtradeArea[]) : [value as ComtradeArea];
  if (list.length === 0) issues.push({ path: [key], message: `name at least one ${key}` });
  const codes: number[] = [];
  list.forEach((area, index) => {
    const code = areaCode(area, Array.isArray(value) ? [key, index] : [key], issues);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  });
  return codes;
}

/**
 * One issue for the periods at `indexes` (none: no issue), at the first one's path: `--years
 * 1950-1970` is one mistake, not twelve. `why` ends the sentence: `before 1962, …`.
 */
function periodsIssue(
  periods: readonly string[],
  indexes: readonly number[],
  why: string,
): BilateralIssue[] {
  const [first] = indexes;
  if (first === undefined) return [];
  const others = indexes.length - 1;
  const which = `${quoteInput(periods[first] ?? '')}${others === 0 ? ' is' : ` and ${grouped(others)} more are`}`;
  return [{ path: ['periods', first], message: `${which} ${why}` }];
}

/**
 * Checks a query and turns it into the API's codes.
 *
 * @param thisYear - the current year (the clock, read once): a later period is refused, as UN
 *   Comtrade holds nothing for it yet.
 * @throws BilateralError `INVALID_INPUT` with the path of every problem
 * @internal
 */
export function planQuery(
  input: ComtradeQuery,
  thisYear: number = new Date().getFullYear(),
): ComtradePlanQuery {
  const query = parseWithSchema(QuerySchema, input, 'INVALID_INPUT');
  const issues: BilateralIssue[] = [];
  const reporters = areaList(query.reporter, 'reporter', issues);
  if (reporters.includes(0)) {
    issues.push({
      path: ['reporter'],
      message: 'the World (0) reports nothing: name the reporting economies',
    });
  }
  const partners =
    query.partner === undefined ? undefined : areaList(query.partner, 'partner', issues);

  const periods: string[] = [];
  const kinds = new Set<'A' | 'M'>();
  const early: number[] = [];
  const late: number[] = [];
  query.periods.forEach((text, index) => {
    const match = /^(\d{4})(?:-(\d{2}))?$/.exec(text.trim());
    const month = match?.[2] === undefined ? undefined : Number(match[2]);
    if (match === null || (month !== undefined && (month < 1 || month > 12))) {
      issues.push({
        path: ['periods', index],
        message: `${quoteInput(text)} is not a year (2023) or a month (2023-09)`,
      });
      return;
    }
    const year = Number(match[1]);
    if (year < FIRST_YEAR || year > thisYear) {
      (year < FIRST_YEAR ? early : late).push(index);
      return;
    }
    kinds.add(month === undefined ? 'A' : 'M');
    const period = `${match[1]}${match[2] ?? ''}`;
    if (!periods.includes(period)) periods.push(period);
  });
  issues.push(
    ...periodsIssue(query.periods, early, `before ${FIRST_YEAR}, the first year UN Comtrade holds`),
    ...periodsIssue(
      query.periods,
      late,
      `after ${thisYear}, the current year: UN Comtrade holds no data yet`,
    ),
  );
  if (kinds.size > 1) {
    issues.push({
      path: ['periods'],
      message: 'years and months in one query: UN Comtrade answers one frequency at a time',
    });
  }
  // Each code is read trimmed and in capitals, and quoted as given when refused.
  const flows = (query.flows ?? ['X', 'M']).map((given, index) => {
    const flow = given.trim().toUpperCase();
    if (!FLOW_CODES.has(flow)) {
      issues.push({
        path: ['flows', index],
        message: `${quoteInput(given)} is not a UN Comtrade flow code: X, M, RX, RM, DX, FM, XIP, XOP, MIP or MOP`,
      });
    }
    return flow;
  });
  const commodities = (query.commodities ?? ['TOTAL']).map((given, index) => {
    const code = given.trim().toUpperCase();
    if (!COMMODITY.test(code)) {
      issues.push({
        path: ['commodities', index],
        message: `${quoteInput(given)} is not a commodity code: TOTAL, AG1–AG6, or HS digits with their leading zeros ("0901")`,
      });
    }
    return code;
  });
  const givenClassification = query.classification ?? 'HS';
  const classification = givenClassification.trim().toUpperCase();
  if (!CLASSIFICATION.test(classification)) {
    issues.push({
      path: ['classification'],
      message: `${quoteInput(givenClassification)} is not an HS classification: HS (as reported) or H0–H6`,
    });
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  return {
    reporters,
    partners,
    periods: periods.sort(),
    frequency: kinds.has('M') ? 'M' : 'A',
    flows: [...new Set(flows)],
    commodities: [...new Set(commodities)],
    classification,
    breakdowns: query.breakdowns ?? false,
  };
}

/** The parts of a query, none naming more than {@link PERIODS_PER_REQUEST} periods. @internal */
export function firstParts(query: ComtradePlanQuery): ComtradePart[] {
  const parts: ComtradePart[] = [];
  for (let start = 0; start < query.periods.length; start += PERIODS_PER_REQUEST) {
    parts.push({
      reporters: query.reporters,
      partners: query.partners,
      periods: query.periods.slice(start, start + PERIODS_PER_REQUEST),
      flows: query.flows,
      commodities: query.commodities,
    });
  }
  return parts;
}

/**
 * A part cut in two along its longest list (periods first on a tie), or `undefined` when every
 * list has one entry (or the partners are "every partner") and it cannot be split.
 *
 * @internal
 */
export function splitPart(part: ComtradePart): [ComtradePart, ComtradePart] | undefined {
  const keys = ['periods', 'commodities', 'partners', 'reporters', 'flows'] as const;
  let longest: (typeof keys)[number] | undefined;
  for (const key of keys) {
    const length = part[key]?.length ?? 0;
    if (length > 1 && (longest === undefined || length > (part[longest]?.length ?? 0))) {
      longest = key;
    }
  }
  if (longest === undefined) return undefined;
  const list = part[longest] as readonly (string | number)[];
  const half = Math.ceil(list.length / 2);
  return [
    { ...part, [longest]: list.slice(0, half) },
    { ...part, [longest]: list.slice(half) },
  ];
}

/** The path of the endpoint (final data, preview, tariff line) for a query. @internal */
export function endpointPath(
  query: ComtradePlanQuery,
  endpoint: { preview: boolean; tariffline: boolean },
): string {
  const name = endpoint.preview
    ? endpoint.tariffline
      ? 'public/v1/previewTariffline'
      : 'public/v1/preview'
    : endpoint.tariffline
      ? 'data/v1/getTariffline'
      : 'data/v1/get';
  return `${name}/C/${query.frequency}/${query.classification}`;
}

/** The URL of one request (the subscription key goes in a header, never in the URL). @internal */
export function partUrl(
  base: string,
  path: string,
  query: ComtradePlanQuery,
  part: ComtradePart,
  maxRecords: number,
): string {
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
  const params: [string, string][] = [
    ['reporterCode', part.reporters.join(',')],
    ...(part.partners === undefined
      ? []
      : ([['partnerCode', part.partners.join(',')]] as [string, string][])),
    ['period', part.periods.join(',')],
    ['flowCode', part.flows.join(',')],
    ['cmdCode', part.commodities.join(',')],
    ...(query.breakdowns
      ? []
      : ([
          ['customsCode', 'C00'],
          ['motCode', '0'],
          ['partner2Code', '0'],
        ] as [string, string][])),
    ['maxRecords', String(maxRecords)],
    ['format', 'JSON'],
    ['includeDesc', 'true'],
  ];
  for (const [name, value] of params) url.searchParams.set(name, value);
  return url.href;
}

/** A query in words, for a source entry's note: the API's parameters as sent. @internal */
export function describeQuery(query: ComtradePlanQuery): string {
  const periods = query.periods;
  const span =
    periods.length > 2 && periods.every((period, i) => i === 0 || isNext(periods[i - 1], period))
      ? `${periods[0]}–${periods[periods.length - 1]}`
      : periods.join(',');
  return [
    `reporterCode ${query.reporters.join(',')}`,
    `partnerCode ${query.partners === undefined ? 'every partner' : query.partners.join(',')}`,
    `period ${span} (${query.frequency === 'A' ? 'annual' : 'monthly'})`,
    `flowCode ${query.flows.join(',')}`,
    `cmdCode ${query.commodities.join(',')} (${query.classification})`,
    query.breakdowns
      ? 'every breakdown'
      : 'totals only: customsCode C00, motCode 0, partner2Code 0',
  ].join('; ');
}

/** Whether `next` is the period after `previous` (`2023` → `2024`, `202312` → `202401`). */
function isNext(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return false;
  if (previous.length === 4) return Number(next) === Number(previous) + 1;
  const year = Number(previous.slice(0, 4));
  const month = Number(previous.slice(4));
  const expected = month === 12 ? `${year + 1}01` : `${year}${String(month + 1).padStart(2, '0')}`;
  return next === expected;
}
