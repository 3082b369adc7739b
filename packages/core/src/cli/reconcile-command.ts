import { foundWords } from '../_internal/must-be.js';
import { quoteInput } from '../_internal/quote-input.js';
import { parseDataset } from '../dataset/schemas.js';
import { BilateralError } from '../errors/index.js';
import { explainedInEnglishOnly } from '../figures/_checks.js';
import type { ReconcileReport, Verdict } from '../figures/index.js';
import { EXIT, inFile, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { readDatasetJson } from './load-dataset.js';
import { localeOption } from './locale-option.js';
import { shownFile } from './read-text-file.js';
import { wrapText } from './reconcile-command-wrap.js';
import { reconcileJson } from './reconcile-json.js';
import { reconciliationIn } from './reconciliation-in.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';
import { type Style, styled } from './terminal-text.js';
import { displayWidth } from './text-table.js';

const WIDTH = 100;

const VERDICTS: readonly Verdict[] = ['consistent', 'inconsistent', 'cannot-check'];

const VERDICT_COLOR: Readonly<Record<Verdict, Style>> = {
  consistent: 'green',
  inconsistent: 'red',
  'cannot-check': 'yellow',
};

/**
 * The statements of the file: a JSON array of statements as they are, or the statements of a
 * dataset document (validated as a whole first, so its problems are reported with their paths).
 * Any other JSON value is an invalid input (`INVALID_FIGURE`, exit 1), as `validate` and `report`
 * say one (`INVALID_DATASET`).
 */
function statementsOf(json: unknown): readonly unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null) return parseDataset(json).statements;
  throw new BilateralError(
    'INVALID_FIGURE',
    `expected an array of statements or a dataset document (an object with id, title, sources, flows and statements), found ${foundWords(json)}`,
  );
}

function paint(text: string, verdict: Verdict, color: boolean): string {
  return color ? styled(text, VERDICT_COLOR[verdict]) : text;
}

/** The reconciliation, for a terminal, in the words' language. */
function formatText(
  file: string,
  statementCount: number,
  report: ReconcileReport,
  words: ReportWords,
  color: boolean,
): string {
  const { locale, reconcile: text } = words;
  const wrap = (line: string, width: number) => wrapText(line, width, locale);
  const verdictOf = (verdict: Verdict) => words.verdicts[verdict].toLocaleUpperCase(locale);
  // The verdicts in one column, as wide as the widest of the language (12 in English).
  const column = Math.max(...VERDICTS.map((verdict) => displayWidth(verdictOf(verdict))));
  const lines: string[] = [text.checked(shownFile(file), statementCount, report.relations.length)];
  for (const relation of report.relations) {
    const currency = relation.currency === undefined ? '' : ` · ${relation.currency}`;
    const verdict = verdictOf(relation.verdict);
    const padded = verdict + ' '.repeat(column - displayWidth(verdict));
    const explanation =
      relation.verdict === 'cannot-check' && explainedInEnglishOnly(relation)
        ? text.cannotCheck(relation.explanation)
        : relation.explanation;
    lines.push(
      '',
      `${paint(padded, relation.verdict, color)}  ${text.kinds[relation.kind]} · ${relation.reporter}–${relation.partner} · ${relation.period}${currency}`,
      ...wrap(text.statements(relation.statementIds.join(', ')), WIDTH - 2).map(
        (line) => `  ${line}`,
      ),
      ...wrap(explanation, WIDTH - 2).map((line) => `  ${line}`),
    );
  }
  if (report.implied.length > 0) {
    lines.push('', text.impliedValues);
    for (const value of report.implied) {
      const [first = '', ...rest] = wrap(value.explanation, WIDTH - 4);
      lines.push(`  - ${first}`, ...rest.map((line) => `    ${line}`));
    }
  }
  lines.push(
    '',
    statementCount === 0
      ? text.noStatements
      : report.relations.length === 0
        ? text.noRelations
        : text.summary(
            report.counts.consistent,
            report.counts.inconsistent,
            report.counts['cannot-check'],
          ),
  );
  return lines.join('\n');
}

/** `bilateral reconcile <file>`: checks published statements against each other. */
export const reconcileCommand: Command = {
  usage: 'reconcile <file> [--locale <l>]',
  summary: 'Check published statements against each other; print each verdict and why.',
  options: { locale: { type: 'string', default: 'en' } },
  optionsHelp: [
    '  <file>         a JSON array of statements, or a dataset document with "statements"',
    '  --locale <l>   en (default), vi, lo or zh — the language of the text: its headings,',
    "                 relation names, verdicts and explanations, in the report's words (why",
    '                 a relation cannot be checked, in English where a figure cannot be',
    '                 computed; --json stays as it is)',
    '  --json         print { file, statements, counts, relations, implied }',
    '',
    'Exit codes: 0 no relation is inconsistent, 1 some are (or the statements are invalid, or',
    'the file is empty), 2 the file cannot be read, is not JSON, or holds records to import',
    'first.',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const locale = localeOption(values.locale);
    const [file, extra] = positionals;
    if (file === undefined) throw new UsageError('which file? Usage: bilateral reconcile <file>');
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const json = await readDatasetJson(file);
    const shown = shownFile(file);
    const statements = inFile(shown, () => statementsOf(json));
    // --json keeps its explanations in English: they are data beside codes.
    const words = REPORT_WORDS[values.json ? 'en' : locale];
    const report = inFile(shown, () => reconciliationIn(statements, words));
    if (values.json) {
      await io.json({ file, statements: statements.length, ...reconcileJson(report) });
    } else {
      io.out(formatText(file, statements.length, report, words, io.color));
    }
    return report.counts.inconsistent > 0 ? EXIT.problems : EXIT.ok;
  },
};
