#!/usr/bin/env node
// The `bilateral` command (package.json "bin"). The command is the build's dist/cli.js; this
// committed file only loads it, so that installing the repository links the command before the
// package is built (pnpm warns "Failed to create bin" for a bin whose file does not exist yet).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  // As the command says a failure to load (src/cli/bin.ts): with --json (before a lone --), the
  // failure envelope on stdout; else one line on stderr. Exit code 2 either way.
  const message =
    'cannot start: @bilateral/core is not built (dist/cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it';
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).includes('--json')) {
    const error = { code: 'LOAD_FAILED', message, issues: [] };
    process.stdout.write(`${JSON.stringify({ ok: false, command: null, error }, null, 2)}\n`);
  } else process.stderr.write(`bilateral: ${message}\n`);
  process.exitCode = 2;
}
