import { quoteInput } from '../_internal/quote-input.js';
import type { Dataset } from '../dataset/index.js';
import { embeddedDatasets } from '../datasets/index.js';
import { isLocale, type Locale } from '../economy/locale.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { formatReport } from './format-report.js';
import { loadDatasetFile } from './load-dataset.js';
import { buildReport } from './report.js';
import { reportJson } from './report-json.js';

async function datasetFrom(name: string | undefined, file: string | undefined): Promise<Dataset> {
  if (name !== undefined && file !== undefined) {
    throw new UsageError('give either --dataset <name> or a file, not both');
  }
  if (file !== undefined) return loadDatasetFile(file);
  const key = name ?? 'vietnam-laos';
  const dataset = Object.hasOwn(embeddedDatasets, key) ? embeddedDatasets[key] : undefined;
  if (dataset === undefined) {
    throw new UsageError(
      `no embedded dataset ${quoteInput(key)}; choose one of ${Object.keys(embeddedDatasets).join(', ')}`,
    );
  }
  return dataset;
}

/** `bilateral report`: the report of an embedded dataset or a dataset file. */
export const reportCommand: Command = {
  usage: 'report [--dataset <name> | <file>] [--source <id>] [--locale <l>]',
  summary:
    'Print trade, growth, balance, commodity indicators, targets, reconciliation and border crossings.',
  options: {
    dataset: { type: 'string' },
    source: { type: 'string' },
    locale: { type: 'string', default: 'en' },
  },
  optionsHelp: [
    '  --dataset <name>  an embedded dataset: vietnam-laos (default), laos-china',
    "  --source <id>     only this source's flows and statements (default: where sources",
    '                    differ, the most final, then the latest, then the first listed;',
    '                    the growth table names what the others give)',
    '  --locale <l>      en (default), vi, lo or zh — the language of numbers and names',
    '  --json            the report as JSON',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const locale = values.locale;
    if (!isLocale(locale)) {
      throw new UsageError(`unknown locale ${quoteInput(String(locale))}; choose en, vi, lo or zh`);
    }
    const [file, extra] = positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const dataset = await datasetFrom(values.dataset as string | undefined, file);
    const source = values.source as string | undefined;
    if (source !== undefined && !dataset.sources.some((entry) => entry.id === source)) {
      throw new UsageError(
        `no source ${quoteInput(source)} in the dataset; choose one of ${dataset.sources.map((entry) => entry.id).join(', ')}`,
      );
    }
    const report = buildReport(dataset, source === undefined ? {} : { source });
    if (values.json) io.json(reportJson(report));
    else io.out(formatReport(report, locale as Locale, io.color));
    return EXIT.ok;
  },
};
