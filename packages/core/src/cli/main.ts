import { type ParseArgsConfig, parseArgs } from 'node:util';
import { version } from '../../package.json';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import {
  type CliIo,
  type CommandIo,
  EXIT,
  FileError,
  type TextPlace,
  UsageError,
} from './cli-io.js';
import { type Command, commands } from './commands.js';
import { cappedMessage, issueJson, problemsReport } from './issue-lines.js';
import { JsonEnvelope } from './json-envelope.js';
import { nearOption } from './near-option.js';
import { parseArgsMessage } from './parse-args-message.js';
import { shownFile } from './read-text-file.js';
import { refuseRepeatedOptions } from './repeated-option.js';
import { refuseShortEquals } from './short-equals.js';
import { isStandardOutput } from './standard-output.js';
import { terminalText } from './terminal-text.js';
import { wantsJson } from './wants-json.js';

/** Where the command list's summaries start. */
const SUMMARY_COLUMN = 47;

/**
 * A command's line in the help: its usage, then its summary at {@link SUMMARY_COLUMN}; a usage too
 * long for that column gets a line of its own, its summary on the next line, in the column.
 */
function commandLine(command: Command): string {
  const usage = `  ${command.usage}`;
  return usage.length < SUMMARY_COLUMN
    ? `${usage.padEnd(SUMMARY_COLUMN)}${command.summary}`
    : `${usage}\n${' '.repeat(SUMMARY_COLUMN)}${command.summary}`;
}

const HELP = `bilateral — bilateral and border trade statistics

Usage: bilateral <command> [options]
       bilateral --version [--json]

Commands:
${[...commands.values()].map(commandLine).join('\n')}

Options for every command:
  --json      machine-readable output: one JSON envelope on stdout, for success and failure
  --help, -h  help for the command

Without a command:
  --version, -V  the version of @bilateral/core, which the command ships with

Exit codes: 0 done, 1 the input has problems, 2 the command could not run as asked,
70 an internal error (please report it).`;

function commandHelp(command: Command): string {
  return `Usage: bilateral ${command.usage}\n\n${command.summary}\n\nOptions:\n${command.optionsHelp}`;
}

/**
 * Why `name`, where the command should be, is none: an option before the command says where it
 * goes (`bilateral --locale vi economies`: after `economies`), a word near a command names it
 * (`reprot`: `report`).
 */
function unknownCommandMessage(name: string, rest: readonly string[]): string {
  const list = 'Run "bilateral --help" for the list.';
  if (name === '-v') return 'unknown command "-v": did you mean -V (--version)?';
  if (name.startsWith('-')) {
    const quoted = quoteInput(name);
    const later = rest.find((arg) => commands.has(arg));
    if (later === undefined) {
      return `unknown option ${quoted}: before a command bilateral takes only --json, --help and --version; a command's options go after it. ${list}`;
    }
    // The option is repeated bare only where quoting left it as it is (short, nothing escaped).
    const bare = quoted === `"${name}"` ? name : '<option>';
    return `option ${quoted} comes before the command; put it after: bilateral ${later} ${bare} …`;
  }
  const near = nearOption(name, [...commands.keys()]);
  return `unknown command ${quoteInput(name)}${near === undefined ? '.' : `: did you mean ${near}?`} ${list}`;
}

/** An error as the command reports it: a stable code, a message, every issue with its path. */
interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly BilateralIssue[];
  readonly exitCode: number;
  /** Where in the file (`NOT_JSON`), as data for `--json`. */
  readonly place?: TextPlace;
  /** The problems found in all, when `issues` keeps only the first of them. */
  readonly issueCount?: number;
}

function errorReport(
  error: unknown,
  options: readonly string[],
  args: readonly string[],
): ErrorReport {
  if (error instanceof UsageError) {
    return {
      code: error.code,
      message: error.message,
      issues: error.issues.map(issueJson),
      exitCode: error.exitCode,
      ...(error.place === undefined
        ? {}
        : { place: { line: error.place.line, column: error.place.column } }),
    };
  }
  if (error instanceof BilateralError || error instanceof FileError) {
    const problems = error instanceof FileError ? error.error : error;
    const { code, issueCount } = problems;
    // The library's message, hints in the command's words (`bilateral economies`, not a function).
    const { message, issues } = problemsReport(
      error instanceof FileError ? `${error.file}: ` : '',
      problems,
    );
    return {
      code,
      message,
      issues: [...issues],
      exitCode: EXIT.problems,
      ...(issueCount === undefined ? {} : { issueCount }),
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return {
      code: 'USAGE',
      message: parseArgsMessage(error as Error, options, args),
      issues: [],
      exitCode: EXIT.usage,
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'INTERNAL', message, issues: [], exitCode: EXIT.internal };
}

/**
 * The errors {@link run} has said: internal errors, and the error a usage error said in its place
 * (its `cause`: DuckDB's missing binding, see `importDuckDBPackage`). Node 20 rejects a second
 * time, unhandled, when a CommonJS module that an imported ES module imports throws
 * (`import('@bilateral/duckdb')` in an install that lacks DuckDB's bindings): the `bilateral`
 * program's last-resort handler does not say them again.
 */
const saidErrors = new WeakSet<object>();

/** Whether {@link run} has said `error`, or a usage error in its place (see `saidErrors`). */
export function alreadySaid(error: unknown): boolean {
  return typeof error === 'object' && error !== null && saidErrors.has(error);
}

/**
 * Runs the `bilateral` command with its arguments (without `node` and the script) and returns
 * the exit code. Errors never print a stack trace: user errors print one clear message, and
 * anything unexpected one line that asks for a report (exit 70). With `--json` anywhere, stdout
 * gets exactly one JSON envelope, `{ ok: true, command, result }` or `{ ok: false, command,
 * error: { code, message, issues, place? } }`, unless a failure comes after part of the success
 * envelope is out: then it is said on stderr, as in text mode (see {@link JsonEnvelope}). In
 * text mode every line goes through {@link terminalText}, so no control character from the data
 * reaches the terminal.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const json = wantsJson(argv);
  // `bilateral --json report` is `bilateral report --json`.
  const [name, ...rest] = argv[0] === '--json' ? argv.slice(1) : argv;
  const command = name === undefined ? undefined : commands.get(name);
  const commandName = command === undefined ? null : (name ?? null);
  const text = (write: (text: string) => void) => (value: string) =>
    write(terminalText(value, io.color));
  const outTakesMore = io.outTakesMore ?? (() => Promise.resolve(true));
  const envelope = new JsonEnvelope(io.out, outTakesMore);
  const commandIo: CommandIo = {
    out: text(io.out),
    err: text(io.err),
    color: io.color,
    outTakesMore,
    json: (result) => envelope.write({ ok: true, command: commandName, result }),
  };
  const help = (usage: string) => (json ? commandIo.json({ help: usage }) : commandIo.out(usage));

  /** Says why the command failed (in the envelope, or in words) and returns its exit code. */
  const failed = async (error: unknown): Promise<number> => {
    const report = errorReport(
      error,
      command === undefined ? [] : [...Object.keys(command.options), 'json', 'help'],
      rest,
    );
    const message = cappedMessage(report.message);
    const said =
      report.code === 'INTERNAL' ? error : error instanceof UsageError ? error.cause : undefined;
    if (typeof said === 'object' && said !== null) saidErrors.add(said);
    // Part of the success envelope is out (the output or the result's text failed part way): a
    // second envelope after it would not be JSON, so the failure is said in words, on stderr.
    if (json && !envelope.begun) {
      try {
        await envelope.write({
          ok: false,
          command: commandName,
          error: {
            code: report.code,
            message,
            issues: report.issues,
            ...(report.place === undefined ? {} : { place: report.place }),
            // A list cut to its first problems says so, and how many there were.
            ...(report.issueCount === undefined
              ? {}
              : { issueCount: report.issueCount, issuesCut: true }),
          },
        });
      } catch (unwritten) {
        return failed(unwritten);
      }
    } else {
      const where = commandName === null ? 'bilateral' : `bilateral ${commandName}`;
      if (report.code === 'INTERNAL') {
        commandIo.err(`${where}: internal error (please report it): ${message.split('\n', 1)[0]}`);
      } else if (error instanceof BilateralError || error instanceof FileError) {
        const problems = error instanceof FileError ? error.error : error;
        const file = error instanceof FileError ? `${error.file}: ` : '';
        // The code is for programs (`--json` gives it); people read the problems.
        const [first, ...more] = problemsReport(file, problems).lines;
        commandIo.err(`${where}: ${first}`);
        for (const line of more) commandIo.err(line);
      } else if (error instanceof UsageError || commandName === null) {
        commandIo.err(`${where}: ${message}`);
      } else {
        commandIo.err(`${where}: ${message}. Run "bilateral ${commandName} --help".`);
      }
    }
    return report.exitCode;
  };

  try {
    if (name === undefined && json) {
      throw new UsageError('which command? Run "bilateral --help" for the list.');
    }
    // `bilateral help report` is `bilateral report --help`.
    const topic = name === 'help' ? rest.find((arg) => arg !== '--json') : undefined;
    if (topic !== undefined) {
      const about = commands.get(topic);
      if (about === undefined) {
        throw new UsageError(
          `no help on ${quoteInput(topic)}: it is not a command. Run "bilateral --help" for the list.`,
        );
      }
      await help(commandHelp(about));
      return EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      const extra = rest.find((arg) => arg !== '--json');
      if (extra !== undefined) {
        throw new UsageError(`${name} takes no arguments: ${quoteInput(extra)}`);
      }
      // The version is package.json's, put in the build by the bundler (not a copy).
      if (json) await commandIo.json({ version });
      else commandIo.out(`bilateral ${version}`);
      return EXIT.ok;
    }
    // No command is a usage error: the help goes where errors go (stderr), exit 2; asked for
    // (`--help`), it is the output, exit 0.
    if (name === undefined) {
      commandIo.err(HELP);
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      await help(HELP);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError(unknownCommandMessage(name, rest));
    const { values, positionals, tokens } = parseArgs<ParseArgsConfig>({
      args: rest,
      options: {
        ...command.options,
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    if (values.help) {
      await help(commandHelp(command));
      return EXIT.ok;
    }
    refuseShortEquals(tokens ?? []);
    refuseRepeatedOptions(tokens ?? []);
    // `-o /dev/stdout` (or `--report-rows`): the file is what stdout carries, so what the command
    // says of it goes to stderr; a --json envelope on stdout would be mixed into the file.
    const [option, file] =
      [
        ['-o', values.output ?? values.out],
        ['--report-rows', values['report-rows']],
      ].find(([, named]) => isStandardOutput(named)) ?? [];
    if (option !== undefined) {
      if (json) {
        throw new UsageError(
          `${option} ${shownFile(String(file))} and --json would both be on standard output: write the file elsewhere, or leave out --json`,
        );
      }
      // Its lines go to stderr, whose reader is not stdout's.
      const said = { ...commandIo, out: commandIo.err, outTakesMore: () => Promise.resolve(true) };
      return await command.run({ values: { ...values, json }, positionals }, said);
    }
    return await command.run({ values: { ...values, json }, positionals }, commandIo);
  } catch (error) {
    return await failed(error);
  }
}
