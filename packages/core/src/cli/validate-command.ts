import { countOf } from '../_internal/count-of.js';
import { quoteInput } from '../_internal/quote-input.js';
import { safeParseDataset } from '../dataset/schemas.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { everyIssueLine, issueJson } from './issue-lines.js';
import { readDatasetJson, refuseStatements } from './load-dataset.js';
import { shownFile } from './read-text-file.js';

/** `bilateral validate <file>`: every problem of a dataset file with its JSON path. */
export const validateCommand: Command = {
  usage: 'validate <file>',
  summary: 'Check a dataset file; print every problem with its JSON path.',
  options: {},
  optionsHelp: [
    '  --json  the result as { file, valid, flows, sources, issues: [{ path, message }] }',
    '',
    'Exit codes: 0 the dataset is valid, 1 it is not (or the file is empty), 2 the file cannot',
    'be read, is not JSON, or holds records to import first or statements to reconcile.',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const [file, extra] = positionals;
    if (file === undefined) throw new UsageError('which file? Usage: bilateral validate <file>');
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const json = await readDatasetJson(file);
    refuseStatements(file, json);
    const result = safeParseDataset(json);
    const issues = result.success ? [] : result.error.issues;
    if (values.json) {
      await io.json({
        file,
        valid: result.success,
        flows: result.success ? result.data.flows.length : null,
        sources: result.success ? result.data.sources.length : null,
        issues: issues.map(issueJson),
      });
    } else if (result.success) {
      const { flows, sources } = result.data;
      io.out(
        `${shownFile(file)}: valid — ${countOf(flows.length, 'flow')}, ${countOf(sources.length, 'source')}`,
      );
    } else {
      io.out(`${shownFile(file)}: ${countOf(issues.length, 'problem')}`);
      // Issues alike on one line (`--json` lists each); a line at a time, and none once the
      // reader has gone (`validate big.json | head`).
      for (const line of everyIssueLine(issues)) {
        if (!(await io.outTakesMore())) break;
        io.out(`  ${line}`);
      }
    }
    return result.success ? EXIT.ok : EXIT.problems;
  },
};
