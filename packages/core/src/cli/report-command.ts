import { existsSync } from 'node:fs';
import { quoteInput } from '../_internal/quote-input.js';
import type { Dataset } from '../dataset/index.js';
import { embeddedDatasets } from '../datasets/index.js';
import type { Locale } from '../economy/locale.js';
import { type ExchangeRate, isCurrencyCode } from '../money/index.js';
import { parseRateTable } from '../money/rate-table-schema.js';
import { ANNUAL_AVERAGE_RATES, RATE_SOURCES } from '../rates/index.js';
import { EXIT, inFile, UsageError } from './cli-io.js';
import type { Command, CommandInput } from './commands.js';
import { localCurrencyLines } from './format-local-currency.js';
import { reportPieces } from './format-report.js';
import { loadDatasetFile, readJsonFile } from './load-dataset.js';
import { localeOption } from './locale-option.js';
import { shownFile } from './read-text-file.js';
import { buildReport, type Report, reportGrowth } from './report.js';
import { type LocalCurrencySection, localCurrencySection } from './report-currency.js';
import { reportJson } from './report-json.js';

async function datasetFrom(name: string | undefined, file: string | undefined): Promise<Dataset> {
  if (name !== undefined && file !== undefined) {
    throw new UsageError('give either --dataset <name> or a file, not both');
  }
  if (file !== undefined) {
    // `bilateral report laos-china`: the name of an embedded dataset, where no such file is.
    if (Object.hasOwn(embeddedDatasets, file) && !existsSync(file)) {
      throw new UsageError(
        `cannot read ${shownFile(file)}: no such file; the embedded dataset is "bilateral report --dataset ${file}"`,
        'FILE_UNREADABLE',
      );
    }
    return loadDatasetFile(file);
  }
  const key = name ?? 'vietnam-laos';
  const dataset = Object.hasOwn(embeddedDatasets, key) ? embeddedDatasets[key] : undefined;
  if (dataset === undefined) {
    throw new UsageError(
      `no embedded dataset ${quoteInput(key)}; choose one of ${Object.keys(embeddedDatasets).join(', ')}`,
    );
  }
  return dataset;
}

/** The rate table of a `--rates` file; its problems name the file. */
async function ratesOf(file: string): Promise<readonly ExchangeRate[]> {
  const json = await readJsonFile(file);
  return inFile(shownFile(file), () => parseRateTable(json) as readonly ExchangeRate[]);
}

/**
 * The growth table in the currency of `--currency`, with the rates of `--rates` or the embedded
 * table; null without `--currency`.
 *
 * A code in small letters is read in capitals (`vnd` is VND). The growth table's own currency
 * is the table as it is, at no rate (a script may always pass `--currency`).
 *
 * @throws UsageError for a bad code, `--rates` alone or no growth table; BilateralError from the
 * rate file or a year without a rate
 */
async function localCurrency(
  growth: Parameters<typeof localCurrencySection>[0] | null,
  growthNote: () => string | null,
  given: string | undefined,
  ratesFile: string | undefined,
): Promise<LocalCurrencySection | null> {
  if (given === undefined) {
    if (ratesFile !== undefined)
      throw new UsageError('--rates is the table for --currency; give both');
    return null;
  }
  // `--currency vnd` is VND: codes are written in capitals, and typed in either.
  const currency = given.toUpperCase();
  if (!isCurrencyCode(currency)) {
    throw new UsageError(
      `--currency ${quoteInput(given)} is not an ISO 4217 code; give one such as VND, LAK or CNY`,
    );
  }
  if (growth === null) {
    const why = growthNote();
    throw new UsageError(
      `--currency ${currency}: the report has no growth table to convert${why === null ? '' : ` (${why})`}`,
    );
  }
  const table =
    ratesFile === undefined
      ? { rates: ANNUAL_AVERAGE_RATES, name: 'embedded', sources: RATE_SOURCES }
      : {
          rates: await ratesOf(ratesFile),
          name: shownFile(ratesFile),
          sources: [],
        };
  return localCurrencySection(growth, currency, table);
}

/**
 * The report of `bilateral report`'s dataset and options, and its growth table in `--currency`
 * (null without it).
 */
async function reportOf(
  values: CommandInput['values'],
  file: string | undefined,
  locale: Locale,
): Promise<{ report: Report; local: LocalCurrencySection | null }> {
  const dataset = await datasetFrom(values.dataset as string | undefined, file);
  const source = values.source as string | undefined;
  if (source !== undefined && !dataset.sources.some((entry) => entry.id === source)) {
    throw new UsageError(
      `no source ${quoteInput(source)} in the dataset; choose one of ${dataset.sources.map((entry) => entry.id).join(', ')}`,
    );
  }
  // --json keeps its marks and notes in English: they are data beside codes.
  const report = buildReport(dataset, {
    ...(source === undefined ? {} : { source }),
    ...(values.json ? {} : { locale }),
  });
  const local = await localCurrency(
    report.growth,
    // A usage error says why there is no growth table in English, as the rest of its message.
    () =>
      (values.json || locale === 'en'
        ? report
        : reportGrowth(dataset, source === undefined ? {} : { source })
      ).growthNote,
    values.currency as string | undefined,
    values.rates as string | undefined,
  );
  return { report, local };
}

/** `bilateral report`: the report of an embedded dataset or a dataset file. */
export const reportCommand: Command = {
  usage:
    'report [--dataset <name> | <file>] [--source <id>] [--locale <l>] [--currency <code> [--rates <file>]]',
  summary:
    'Print trade, growth, balance, commodity indicators, targets, reconciliation and border crossings.',
  options: {
    dataset: { type: 'string' },
    source: { type: 'string' },
    locale: { type: 'string', default: 'en' },
    currency: { type: 'string' },
    rates: { type: 'string' },
  },
  optionsHelp: [
    '  --dataset <name>  an embedded dataset: vietnam-laos (default), laos-china',
    "  --source <id>     only this source's flows and statements (default: where sources",
    '                    differ, the most final, then the latest, then the first listed;',
    '                    the growth table names what the others give)',
    '  --locale <l>      en (default), vi, lo or zh — the language of the whole text report:',
    '                    its words, numbers and names (--json stays as it is)',
    '  --currency <code>',
    '                    the growth table also in this currency (VND, LAK, CNY, THB, KHR,',
    '                    MMK…), each year at its annual average rate, with growth in both',
    '  --rates <file>    the rate table for --currency, JSON (default: the embedded, sourced',
    '                    annual averages; docs/money-and-periods.md)',
    '  --json            the report as JSON',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const locale = localeOption(values.locale);
    const [file, extra] = positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    // The dataset is let go before the text is written, not its flows: the trade sections hold
    // them and make each section's rows from them as it is written.
    const { report, local } = await reportOf(values, file, locale);
    if (values.json) {
      await io.json(
        local === null ? reportJson(report) : { ...reportJson(report), localCurrency: local },
      );
    } else {
      const extra = local === null ? [] : localCurrencyLines(local, locale, io.color);
      // A piece at a time: the text of a million rows is never held whole, and none is made
      // once the reader has gone (`| head`).
      for (const piece of reportPieces(report, locale, io.color, extra)) {
        io.out(piece);
        if (!(await io.outTakesMore())) break;
      }
    }
    return EXIT.ok;
  },
};
