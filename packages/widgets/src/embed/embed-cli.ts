/// <reference types="node" />
/**
 * `bilateral-embed`: writes a self-contained HTML page (no script) per chart element, with the
 * figure as static SVG, its data table and its source line, for pages and CMSs that allow no
 * script (see docs/widgets.md, "Without script"). It lives in the widgets package because it
 * draws with the elements' own code; the core's `bilateral` command has no widgets.
 *
 * Output and errors follow the `bilateral` command's rules: no stack trace (one clear line, or
 * one line asking for a report on a bug), `--json` gives exactly one envelope on stdout
 * (`{ ok: true, command: "embed", result }` or `{ ok: false, command: "embed", error: { code,
 * message, issues } }`), a closed pipe ends the output quietly, and the exit codes are 0 (done),
 * 1 (the input has problems), 2 (the command could not run as asked) and 70 (a bug).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BilateralError, type Dataset, getEmbeddedDataset, type Locale } from '@bilateral/core';
import {
  EXIT,
  FileError,
  loadDatasetFile,
  problemsReport,
  quoteInput,
  UsageError,
  writeReason,
} from '@bilateral/core/node';
import { EMBEDDABLE, EmbedAttributeError, type EmbedName } from './embed-figure.js';
import { embedDashboardPage, embedPage } from './embed-page.js';

/** Where the command writes: stdout and stderr lines (tests pass their own). */
export interface EmbedIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = `Usage: bilateral-embed <dataset.json | vietnam-laos | laos-china> [options]

Writes <element>.html for each chart element: the figure as static SVG, its data table and its
source line, in one file with no script, to link to or put in an <iframe>; dashboard.html holds
the dashboard's panels for the pair on one page.

Options:
  -o, --out <folder>       where to write the files (default: the current folder)
  -e, --element <name>     growth, balance, target, gates or dashboard; repeat for several
                           (default: all five)
      --locale <code>      en, vi, lo or zh (default: en)
      --theme <theme>      auto (follows the reader's colour scheme), light or dark (default: auto)
      --width <pixels>     the chart's width, 280 to 2000 (default: 640); it narrows with its frame
      --set <name=value>   an attribute of the elements, as on the page; repeat for several
                           (from=2019, to=2024, reporter=VNM, partner=LAO, title=…, measure=exports)
      --json               one JSON envelope on stdout
  -h, --help               this help`;

const LOCALES: readonly string[] = ['en', 'vi', 'lo', 'zh'];
const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/**
 * `text` quoted as the core's messages quote input (`quoteInput`: JSON-escaped, never cut between
 * the halves of a character, its length grouped in thousands), cut to 200 characters.
 */
function quoted(text: string): string {
  return quoteInput(text, 200);
}

/**
 * The `USAGE` errors that say what the dataset file holds (records an import reads, the widgets'
 * compact form): said in one line, without the help line that follows a mistaken argument.
 */
const fileErrors = new WeakSet<Error>();

/**
 * The dataset a name or a file holds. A file is read as the `bilateral` command reads one
 * (`loadDatasetFile`): bad JSON is `NOT_JSON`, exit 2, with the file and the place; an invalid
 * document a `FileError` naming the file; one it cannot read says what the command takes.
 */
async function datasetOf(input: string): Promise<Dataset> {
  if (input === 'vietnam-laos' || input === 'laos-china') return getEmbeddedDataset(input);
  try {
    return await loadDatasetFile(input);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.code !== 'FILE_UNREADABLE') {
      fileErrors.add(error);
      throw error;
    }
    throw new UsageError(
      `${error.message}; give a dataset file, or vietnam-laos or laos-china`,
      'FILE_UNREADABLE',
    );
  }
}

/** The `--set name=value` attributes. */
function attributesOf(pairs: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null);
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--set wants name=value, not ${quoted(pair)}`);
    attributes[pair.slice(0, at).trim().toLowerCase()] = pair.slice(at + 1);
  }
  return attributes;
}

/** A page the command can write: a chart element's, or the dashboard's. */
type PageName = EmbedName | 'dashboard';

const PAGE_NAMES: readonly PageName[] = [...(Object.keys(EMBEDDABLE) as EmbedName[]), 'dashboard'];

/** What the command did: the files it wrote and the elements with nothing to show. */
interface EmbedResult {
  readonly files: { readonly element: PageName; readonly file: string; readonly title: string }[];
  readonly empty: PageName[];
}

/** Runs the command on parsed arguments. */
async function embed(argv: readonly string[]): Promise<EmbedResult | 'help'> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string', short: 'o', default: '.' },
      element: { type: 'string', short: 'e', multiple: true },
      locale: { type: 'string', default: 'en' },
      theme: { type: 'string', default: 'auto' },
      width: { type: 'string', default: '640' },
      set: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return 'help';
  const [input, ...extra] = positionals;
  if (input === undefined)
    throw new UsageError('which dataset? Give a file, or vietnam-laos or laos-china');
  if (extra.length > 0)
    throw new UsageError(`one dataset at a time, not also ${quoted(extra[0] ?? '')}`);
  const names = (values.element ?? PAGE_NAMES) as string[];
  for (const name of names) {
    if (!(PAGE_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `--element ${quoted(name)}: choose growth, balance, target, gates or dashboard`,
      );
    }
  }
  if (!LOCALES.includes(values.locale as string)) {
    throw new UsageError(`--locale ${quoted(values.locale as string)}: choose en, vi, lo or zh`);
  }
  if (!THEMES.includes(values.theme as string)) {
    throw new UsageError(`--theme ${quoted(values.theme as string)}: choose auto, light or dark`);
  }
  const width = Number(values.width);
  if (!Number.isInteger(width) || width < 280 || width > 2000) {
    throw new UsageError(
      `--width ${quoted(values.width as string)}: a whole number of pixels, 280 to 2000`,
    );
  }
  const attributes = attributesOf(values.set ?? []);
  const dataset = await datasetOf(input);
  const result: EmbedResult = { files: [], empty: [] };
  const pages: [PageName, string, string][] = [];
  const options = {
    locale: values.locale as Locale,
    width,
    theme: values.theme as 'auto' | 'light' | 'dark',
    attributes,
  };
  for (const name of [...new Set(names)] as PageName[]) {
    const page =
      name === 'dashboard'
        ? await embedDashboardPage(dataset, options)
        : await embedPage(name, dataset, options);
    if (page === null) result.empty.push(name);
    else pages.push([name, page.title, page.html]);
  }
  const out = values.out as string;
  try {
    await mkdir(out, { recursive: true });
    for (const [name, title, html] of pages) {
      const file = join(out, `${name}.html`);
      await writeFile(file, html);
      result.files.push({ element: name, file, title });
    }
  } catch (error) {
    throw new UsageError(
      `cannot write into ${quoted(out)}: ${writeReason(error)}`,
      'FILE_UNWRITABLE',
    );
  }
  return result;
}

/** What the command says of an error (see `report`). */
interface EmbedError {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly unknown[];
  readonly exitCode: number;
  /** An input's problems as a terminal shows them (`problemsReport`), in place of `message`. */
  readonly lines?: readonly string[];
  readonly issueCount?: number;
  readonly place?: { readonly line: number; readonly column: number };
}

/**
 * The code, message, issues, exit code and place in a file (`NOT_JSON`) of an error; an input's
 * problems as the `bilateral` command writes them.
 */
function report(error: unknown): EmbedError {
  if (error instanceof BilateralError || error instanceof FileError) {
    const problems = error instanceof FileError ? error.error : error;
    const { code, issueCount } = problems;
    const { message, issues, lines } = problemsReport(
      error instanceof FileError ? `${error.file}: ` : '',
      problems,
    );
    return {
      code: code as string,
      message,
      issues,
      exitCode: EXIT.problems,
      lines,
      ...(issueCount === undefined ? {} : { issueCount }),
    };
  }
  if (error instanceof UsageError) {
    const { code, message, issues, exitCode, place } = error;
    return {
      code: code as string,
      message,
      issues,
      exitCode,
      ...(place === undefined ? {} : { place: { line: place.line, column: place.column } }),
    };
  }
  if (
    error instanceof EmbedAttributeError ||
    (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')
  ) {
    return { code: 'USAGE', message: (error as Error).message, issues: [], exitCode: EXIT.usage };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'INTERNAL', message, issues: [], exitCode: EXIT.internal };
}

/**
 * Runs `bilateral-embed` with its arguments (without `node` and the script) and returns the
 * exit code.
 */
export async function runEmbed(argv: readonly string[], io: EmbedIo): Promise<number> {
  const json = argv.includes('--json');
  try {
    const result = await embed(argv);
    if (result === 'help') {
      if (json) io.out(JSON.stringify({ ok: true, command: 'embed', result: { help: USAGE } }));
      else io.out(USAGE);
      return EXIT.ok;
    }
    if (json) {
      io.out(JSON.stringify({ ok: true, command: 'embed', result }));
    } else {
      for (const { element, file, title } of result.files)
        io.out(`wrote ${file}: <bilateral-${element}> "${title}"`);
      for (const element of result.empty)
        io.out(`nothing to show for <bilateral-${element}>: no file written`);
    }
    return EXIT.ok;
  } catch (error) {
    const { code, message, issues, exitCode, lines, ...where } = report(error);
    if (json) {
      io.out(
        JSON.stringify({ ok: false, command: 'embed', error: { code, message, issues, ...where } }),
      );
    } else if (code === 'INTERNAL') {
      io.err(`bilateral-embed: internal error (please report it): ${message.split('\n', 1)[0]}`);
    } else {
      const [first, ...more] = lines ?? [message];
      io.err(`bilateral-embed: ${first}`);
      for (const line of more) io.err(line);
      if (code === 'USAGE' && !fileErrors.has(error as Error)) {
        io.err('Run "bilateral-embed --help".');
      }
    }
    return exitCode;
  }
}
