import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BilateralError } from '../errors/index.js';
import { type CliIo, EXIT, UsageError } from './cli-io.js';
import { type Command, commands } from './commands.js';

const HELP = `bilateral — bilateral and border trade statistics

Usage: bilateral <command> [options]

Commands:
${Object.values(commands)
  .map((command) => `  ${command.usage.padEnd(44)} ${command.summary}`)
  .join('\n')}

Options for every command:
  --json      machine-readable output
  --help, -h  help for the command

Exit codes: 0 done, 1 the input has problems, 2 the command could not run as asked.`;

function commandHelp(command: Command): string {
  return `Usage: bilateral ${command.usage}\n\n${command.summary}\n\nOptions:\n${command.optionsHelp}`;
}

/**
 * Runs the `bilateral` command with its arguments (without `node` and the script) and returns
 * the exit code. User errors print one clear message and no stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (command === undefined) {
    io.err(`bilateral: unknown command "${name}". Run "bilateral --help" for the list.`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs<ParseArgsConfig>({
      args: [...rest],
      options: {
        ...command.options,
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run({ values, positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`bilateral ${name}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof BilateralError) {
      io.err(`bilateral ${name}: ${error.toString()}`);
      return EXIT.problems;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`bilateral ${name}: ${(error as Error).message}. Run "bilateral ${name} --help".`);
      return EXIT.usage;
    }
    throw error;
  }
}
