#!/usr/bin/env node
// The `bilateral-embed` command (package.json "bin"). The command is the build's
// dist/embed-cli.js; this committed file only loads it, so that installing the repository links
// the command before the package is built (pnpm warns "Failed to create bin" for a bin whose file
// does not exist yet).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/embed-cli.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  // As the command says a failure: with --json (before a lone --), its failure envelope on
  // stdout; else one line on stderr. Exit code 2 either way.
  const message =
    'cannot start: @bilateral/widgets is not built (dist/embed-cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it';
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).includes('--json')) {
    const error = { code: 'LOAD_FAILED', message, issues: [] };
    process.stdout.write(`${JSON.stringify({ ok: false, command: 'embed', error })}\n`);
  } else process.stderr.write(`bilateral-embed: ${message}\n`);
  process.exitCode = 2;
}
