import { extname } from 'node:path';
import { countOf } from '../_internal/count-of.js';
import { SlugSchema } from '../_internal/id-schemas.js';
import { quoteInput } from '../_internal/quote-input.js';
import type { DatasetDocument } from '../dataset/index.js';
import { safeParseDataset } from '../dataset/schemas.js';
import { BilateralError } from '../errors/index.js';
import {
  type ComtradeQuery,
  fetchComtrade,
  type ImportResult,
  importComtrade,
} from '../io/index.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command, CommandInput } from './commands.js';
import {
  checkOutputFolder,
  defaultCacheDir,
  diskCache,
  writeWhole,
} from './fetch-command-files.js';
import { loadParquetWriter, writeParquet } from './fetch-command-parquet.js';
import { formatText, idFromFile } from './import-command.js';
import { problemLines } from './issue-lines.js';
import { optionText } from './option-text.js';
import { unpackedName, unwrittenFormat } from './output-format.js';
import { progressLine } from './progress-line.js';
import { checkQueryOptions } from './query-options.js';
import { shownFile } from './read-text-file.js';
import { onlyPartWritten, readerLeftField } from './standard-output.js';
import { refuseDash } from './unwritable-file.js';

const USAGE =
  'fetch comtrade --reporter <THA> [--partner <KHM>] --years <2015-2024> [-o <out.json|.jsonl|.parquet|.json.gz|.jsonl.gz>]';
/** The most periods one command asks for (a century of years, or of months 8 years). */
const MAX_PERIODS = 100;

/** The text of option `--name` ({@link optionText}), without the spaces around it. */
const stringOption = (values: CommandInput['values'], name: string): string | undefined =>
  optionText(values, name)?.trim();

function listOption(values: CommandInput['values'], name: string): string[] | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new UsageError(`--${name} ${quoteInput(value)} has an empty item: write them A,B`);
  }
  return items;
}

/** `2015-2024`, `2019,2021` or `2023` as a list of years. */
function years(text: string): string[] {
  const range = /^(\d{4})-(\d{4})$/.exec(text);
  if (range !== null) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from > to) throw new UsageError(`--years ${text}: the first year is after the last`);
    if (to - from + 1 > MAX_PERIODS) {
      throw new UsageError(`--years ${text}: at most ${MAX_PERIODS} years in one command`);
    }
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  const list = text.split(',').map((item) => item.trim());
  if (list.every((item) => /^\d{4}$/.test(item))) return list;
  throw new UsageError(
    `--years ${quoteInput(text)} is not years: write 2015-2024, 2019,2021 or 2023`,
  );
}

/** `2023-01/2023-12`, `2023-01,2023-02` or `2023-09` as a list of months. */
function months(text: string): string[] {
  const range = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(text);
  if (range !== null) {
    const from = Number(range[1]) * 12 + Number(range[2]) - 1;
    const to = Number(range[3]) * 12 + Number(range[4]) - 1;
    if (
      Number(range[2]) < 1 ||
      Number(range[2]) > 12 ||
      Number(range[4]) < 1 ||
      Number(range[4]) > 12
    ) {
      throw new UsageError(`--months ${text}: a month is between 01 and 12`);
    }
    if (from > to) throw new UsageError(`--months ${text}: the first month is after the last`);
    if (to - from + 1 > MAX_PERIODS) {
      throw new UsageError(`--months ${text}: at most ${MAX_PERIODS} months in one command`);
    }
    return Array.from({ length: to - from + 1 }, (_, i) => {
      const month = from + i;
      return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    });
  }
  const list = text.split(',').map((item) => item.trim());
  if (list.every((item) => /^\d{4}-\d{2}$/.test(item))) return list;
  throw new UsageError(
    `--months ${quoteInput(text)} is not months: write 2023-01/2023-12, 2023-01,2023-02 or 2023-09`,
  );
}

/** The output file when none is given: `tha-khm-2015-2024.json`. */
function defaultOutput(reporters: string[], partners: string[] | undefined, periods: string[]) {
  const span = periods.length === 1 ? periods[0] : `${periods[0]}-${periods[periods.length - 1]}`;
  const name = [reporters.join('-'), partners?.join('-') ?? 'all', span].join('-');
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`;
}

/** The base URL from `BILATERAL_COMTRADE_URL`, checked. */
function baseUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const text = env.BILATERAL_COMTRADE_URL?.trim();
  if (text === undefined || text === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(
      `BILATERAL_COMTRADE_URL ${quoteInput(text)} is not an http(s) URL such as https://comtradeapi.un.org`,
    );
  }
  return text;
}

/**
 * `bilateral fetch comtrade`: UN Comtrade records for a query, straight into a dataset (or JSON
 * Lines of the records), through the cache so that a rerun after a failure fetches only what is
 * missing. The key comes from `COMTRADE_API_KEY` and is never printed.
 */
export const fetchCommand: Command = {
  usage: 'fetch comtrade --reporter <r> --years <y> …',
  summary: 'Fetch UN Comtrade records for a query into a dataset (or JSON Lines, or Parquet).',
  options: {
    reporter: { type: 'string' },
    partner: { type: 'string' },
    years: { type: 'string' },
    months: { type: 'string' },
    flows: { type: 'string' },
    commodity: { type: 'string' },
    classification: { type: 'string' },
    preview: { type: 'boolean', default: false },
    tariffline: { type: 'boolean', default: false },
    breakdowns: { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
    out: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
  optionsHelp: [
    '  --reporter <codes>    who reports: THA, or UN Comtrade codes (764); several as THA,VNM',
    '  --partner <codes>     partners (KHM, WLD for the World); left out, every partner',
    '  --years <years>       2015-2024, 2019,2021 or 2023 (or --months 2023-01/2023-12)',
    '  --flows <codes>       flow codes (default X,M: exports and imports)',
    '  --commodity <codes>   TOTAL (default), AG2, or HS codes such as 0901,1201',
    '  --classification <c>  HS as reported (default) or H0–H6',
    '  --preview             the preview (its cap of 500 records a request) even with a key',
    '  --tariffline          national tariff lines (written as JSON Lines only)',
    '  --breakdowns          every breakdown (mode of transport, customs procedure, second',
    '                        partner) instead of the totals only',
    '  -o, --out <file>      a dataset (.json, default <reporter>-<partner>-<years>.json) or the',
    '                        records as JSON Lines (.jsonl), or the flows as Parquet (.parquet,',
    '                        exact DECIMAL values; needs @bilateral/duckdb); *.json.gz and',
    '                        *.jsonl.gz: gzipped',
    '  --id <id>             the dataset id (default: from the output file name)',
    '  --title <title>       the dataset title (default: what the records cover)',
    '  --cache-dir <dir>     where answers are kept (default ~/.cache/bilateral/comtrade)',
    '  --no-cache            keep nothing',
    '  --json                print the result as JSON',
    '',
    'Environment: COMTRADE_API_KEY, the subscription key (without it, the preview);',
    'BILATERAL_COMTRADE_URL, the API address (default https://comtradeapi.un.org).',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const [source, extra] = positionals;
    if (source === undefined) throw new UsageError(`fetch from where? Usage: bilateral ${USAGE}`);
    if (source !== 'comtrade') {
      throw new UsageError(`unknown source ${quoteInput(source)}: bilateral fetches from comtrade`);
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const reporters = listOption(values, 'reporter');
    if (reporters === undefined) {
      throw new UsageError(`which reporter? Give --reporter THA. Usage: bilateral ${USAGE}`);
    }
    const partners = listOption(values, 'partner');
    const yearText = stringOption(values, 'years');
    const monthText = stringOption(values, 'months');
    if (yearText !== undefined && monthText !== undefined) {
      throw new UsageError(
        '--years and --months together: give one (years for annual data, months for monthly)',
      );
    }
    if (yearText === undefined && monthText === undefined) {
      throw new UsageError('which periods? Give --years 2015-2024 or --months 2023-01/2023-12');
    }
    const periods = yearText === undefined ? months(monthText ?? '') : years(yearText);
    const flows = listOption(values, 'flows');
    const commodities = listOption(values, 'commodity');
    const classification = stringOption(values, 'classification');
    const title = stringOption(values, 'title');
    if (stringOption(values, 'output') !== undefined && stringOption(values, 'out') !== undefined) {
      throw new UsageError('give -o or --out, not both');
    }
    const output =
      stringOption(values, 'output') ??
      stringOption(values, 'out') ??
      defaultOutput(reporters, partners, periods);
    const unwritten = unwrittenFormat(output);
    if (unwritten !== undefined) {
      throw new UsageError(
        `-o ${shownFile(output)}: fetch writes a dataset (.json), JSON Lines (.jsonl), either gzipped (.json.gz, .jsonl.gz), or Parquet (.parquet), not ${unwritten}`,
      );
    }
    const extension = extname(unpackedName(output)).toLowerCase();
    const lines = extension === '.jsonl';
    const parquet = extension === '.parquet';
    if (values.tariffline && !lines) {
      throw new UsageError(
        'tariff lines are written as JSON Lines: give -o <file.jsonl> (or <file.jsonl.gz>)',
      );
    }
    const id = stringOption(values, 'id') ?? idFromFile(output);
    if (!SlugSchema.safeParse(id).success) {
      throw new UsageError(
        `--id ${quoteInput(id)} is not a dataset id: lowercase letters, digits and "-"`,
      );
    }
    const cacheDir = stringOption(values, 'cache-dir');
    if (cacheDir !== undefined && values['no-cache']) {
      throw new UsageError('give --cache-dir or --no-cache, not both');
    }
    const query: ComtradeQuery = {
      reporter: reporters,
      ...(partners === undefined ? {} : { partner: partners }),
      periods,
      ...(flows === undefined ? {} : { flows }),
      ...(commodities === undefined ? {} : { commodities }),
      ...(classification === undefined ? {} : { classification }),
      breakdowns: values.breakdowns === true,
    };
    checkQueryOptions(query, yearText === undefined ? 'months' : 'years');
    refuseDash('-o', output);
    await checkOutputFolder(output);
    // Before any request: a Parquet output needs @bilateral/duckdb, which may not be installed.
    const parquetWriter = parquet ? await loadParquetWriter() : undefined;
    const env = process.env;
    const key = env.COMTRADE_API_KEY?.trim() || undefined;
    const baseUrl = baseUrlFromEnv(env);
    const showProgress = Boolean(process.stderr.isTTY) && !values.json;
    const result = await fetchComtrade(query, {
      key,
      preview: values.preview === true,
      tariffline: values.tariffline === true,
      ...(baseUrl === undefined ? {} : { baseUrl }),
      ...(values['no-cache'] ? {} : { cache: diskCache(cacheDir ?? defaultCacheDir(env)) }),
      ...(showProgress ? { onProgress: (progress) => io.err(progressLine(progress)) } : {}),
    });
    const fromCache = result.requests.filter((request) => request.cached).length;
    const fetched = `fetched ${countOf(result.count, 'record')} in ${countOf(result.requests.length, 'request')}${fromCache > 0 ? ` (${fromCache} from the cache)` : ''}`;
    const summary = {
      query: result.description,
      url: result.url,
      endpoint: result.endpoint,
      records: result.count,
      requests: result.requests,
    };
    if (result.count === 0) {
      if (values.json) await io.json({ ...summary, output: null });
      else
        io.err(
          `UN Comtrade has no records for this query (${result.description}); nothing was written`,
        );
      return EXIT.problems;
    }

    if (lines) {
      const text = result.data.map((row) => `${JSON.stringify(row)}\n`).join('');
      const whole = await writeWhole(output, text);
      if (values.json) await io.json({ ...summary, output, ...readerLeftField([[output, whole]]) });
      else if (whole) io.out(`${fetched}; wrote them to ${shownFile(output)} (JSON Lines)`);
      else io.out(`${fetched}${onlyPartWritten(output)} (JSON Lines)`);
      return EXIT.ok;
    }

    const date = new Date().toISOString().slice(0, 10);
    let imported: ImportResult;
    try {
      imported = importComtrade(result, {
        rows: values.breakdowns ? 'breakdowns' : 'totals',
        date,
        url: result.url,
        ...(title === undefined ? {} : { title }),
      });
    } catch (error) {
      if (!(error instanceof BilateralError) || values.json) throw error;
      for (const line of problemLines(`${fetched}, but they have `, error)) io.err(line);
      return EXIT.problems;
    }
    // Every request stayed under the record cap (fetchComtrade splits those that reach it), so a
    // total that happens to equal a cap (500, 100,000) was not cut: drop the importer's warning.
    const report = {
      ...imported.report,
      notes: imported.report.notes.filter((note) => note.code !== 'possibly-truncated'),
    };
    const sources = imported.document.sources.map((entry) => ({
      ...entry,
      note: `${entry.note ?? ''} Fetched by "bilateral fetch comtrade" on ${date}: ${result.description}.`.trim(),
    }));
    const document: DatasetDocument = {
      id,
      title: { en: title ?? sources[0]?.title ?? id },
      sources,
      flows: imported.document.flows,
    };
    const check = safeParseDataset(document);
    if (!check.success) throw check.error;
    const written =
      parquetWriter === undefined ? undefined : await writeParquet(parquetWriter, document, output);
    const parquetScale = written?.scale;
    const whole =
      written?.whole ?? (await writeWhole(output, `${JSON.stringify(document, null, 2)}\n`));
    if (values.json) {
      await io.json({
        ...summary,
        output,
        ...(parquetScale === undefined
          ? { dataset: { id, flows: document.flows.length, sources: document.sources.length } }
          : { parquet: { flows: document.flows.length, scale: parquetScale } }),
        ...report,
        ...readerLeftField([[output, whole]]),
      });
    } else {
      io.out(fetched);
      const where = result.url.replace(/\?.*$/, '');
      const text = formatText(where, output, id, { report, document }, whole);
      if (parquetScale !== undefined) {
        text[1] = `  imported ${countOf(document.flows.length, 'flow')}${whole ? ` into ${shownFile(output)}` : ''} (Parquet, values DECIMAL(38, ${parquetScale}); ${countOf(document.sources.length, 'source')} in its metadata: ${document.sources.map((entry) => entry.id).join(', ')})${whole ? '' : onlyPartWritten(output)}`;
      }
      for (const line of text) io.out(line);
    }
    return EXIT.ok;
  },
};
