import { quoteInput } from '../_internal/quote-input.js';
import { parseDataset } from '../dataset/schemas.js';
import { type ReconcileReport, reconcile, type Verdict } from '../figures/index.js';
import { EXIT, inFile, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { countOf } from './count-of.js';
import { readJsonFile } from './load-dataset.js';
import { shownFile } from './read-text-file.js';
import { reconcileJson } from './reconcile-json.js';
import { type Style, styled } from './terminal-text.js';

const WIDTH = 100;

const VERDICT_COLOR: Readonly<Record<Verdict, Style>> = {
  consistent: 'green',
  inconsistent: 'red',
  'cannot-check': 'yellow',
};

/**
 * The statements of the file: a JSON array of statements as they are, or the statements of a
 * dataset document (validated as a whole first, so its problems are reported with their paths).
 */
function statementsOf(json: unknown, file: string): readonly unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null) return parseDataset(json).statements;
  throw new UsageError(
    `${shownFile(file)} holds neither an array of statements nor a dataset document with "statements"`,
  );
}

/** A word, or an interval such as `(1.15491, 1.23556) B.` kept on one line. */
const WORD = /[[(]-?[\d.]+, -?[\d.]+[\])](?: [MB]\b)?\S*|\S+/g;

/** Splits text into lines of at most `width` characters (longer words stay whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(WORD) ?? []) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function paint(text: string, verdict: Verdict, color: boolean): string {
  return color ? styled(text, VERDICT_COLOR[verdict]) : text;
}

function countsLine(counts: ReconcileReport['counts']): string {
  return `${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts['cannot-check']} cannot check`;
}

/** The reconciliation, for a terminal. */
function formatText(
  file: string,
  statementCount: number,
  report: ReconcileReport,
  color: boolean,
): string {
  const lines: string[] = [
    `${shownFile(file)}: ${countOf(statementCount, 'statement')}, ${countOf(report.relations.length, 'relation')} checked`,
  ];
  for (const relation of report.relations) {
    const currency = relation.currency === undefined ? '' : ` · ${relation.currency}`;
    lines.push(
      '',
      `${paint(relation.verdict.toUpperCase().padEnd(12), relation.verdict, color)}  ${relation.kind} · ${relation.reporter}–${relation.partner} · ${relation.period}${currency}`,
      ...wrap(`statements: ${relation.statementIds.join(', ')}`, WIDTH - 2).map(
        (line) => `  ${line}`,
      ),
      ...wrap(relation.explanation, WIDTH - 2).map((line) => `  ${line}`),
    );
  }
  if (report.implied.length > 0) {
    lines.push('', 'Implied values (not stated, derived from the statements):');
    for (const value of report.implied) {
      const [first = '', ...rest] = wrap(value.explanation, WIDTH - 4);
      lines.push(`  - ${first}`, ...rest.map((line) => `    ${line}`));
    }
  }
  lines.push(
    '',
    statementCount === 0
      ? 'Nothing to check: the file has no statements (published growth rates, shares, totals).'
      : report.relations.length === 0
        ? 'No relations to check: the statements share no reporter, partner and period.'
        : `Summary: ${countsLine(report.counts)}.`,
  );
  return lines.join('\n');
}

/** `bilateral reconcile <file>`: checks published statements against each other. */
export const reconcileCommand: Command = {
  usage: 'reconcile <file>',
  summary: 'Check published statements against each other; print each verdict and why.',
  options: {},
  optionsHelp: [
    '  <file>  a JSON array of statements, or a dataset document with "statements"',
    '  --json  print { file, statements, counts, relations, implied }',
    '',
    'Exit codes: 0 no relation is inconsistent, 1 some are (or a statement is invalid),',
    '2 the file cannot be read.',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const [file, extra] = positionals;
    if (file === undefined) throw new UsageError('which file? Usage: bilateral reconcile <file>');
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const json = await readJsonFile(file);
    const shown = shownFile(file);
    const statements = inFile(shown, () => statementsOf(json, file));
    const report = inFile(shown, () => reconcile(statements));
    if (values.json) {
      io.json({ file, statements: statements.length, ...reconcileJson(report) });
    } else {
      io.out(formatText(file, statements.length, report, io.color));
    }
    return report.counts.inconsistent > 0 ? EXIT.problems : EXIT.ok;
  },
};
