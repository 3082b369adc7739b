#!/usr/bin/env node
// The `bilateral` command (package.json "bin"). The command is the build's dist/cli.js; this
// committed file only loads it, so that installing the repository links the command before the
// package is built (pnpm warns "Failed to create bin" for a bin whose file does not exist yet).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  process.stderr.write(
    'bilateral: cannot start: @bilateral/core is not built (dist/cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it\n',
  );
  process.exitCode = 2;
}
