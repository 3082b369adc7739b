import { safeParseDataset } from '../dataset/index.js';
import { formatIssuePath } from '../errors/index.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { countOf } from './count-of.js';
import { readDatasetJson } from './load-dataset.js';

/** `bilateral validate <file>`: every problem of a dataset file with its JSON path. */
export const validateCommand: Command = {
  usage: 'validate <file>',
  summary: 'Check a dataset file; print every problem with its JSON path.',
  options: {},
  optionsHelp: '  --json  print { valid, problems: [{ path, message }] }',
  async run({ values, positionals }, io) {
    const [file, extra] = positionals;
    if (file === undefined) throw new UsageError('which file? Usage: bilateral validate <file>');
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    const result = safeParseDataset(await readDatasetJson(file));
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => ({
          path: formatIssuePath(issue.path),
          message: issue.message,
        }));
    if (values.json) {
      io.out(JSON.stringify({ file, valid: result.success, problems }, null, 2));
    } else if (result.success) {
      const { flows, sources } = result.data;
      io.out(
        `${file}: valid — ${countOf(flows.length, 'flow')}, ${countOf(sources.length, 'source')}`,
      );
    } else {
      io.out(`${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
      for (const problem of problems) io.out(`  ${problem.path}: ${problem.message}`);
    }
    return result.success ? EXIT.ok : EXIT.problems;
  },
};
