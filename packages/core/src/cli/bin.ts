#!/usr/bin/env node
import { run } from './main.js';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  color,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bilateral: internal error (please report it): ${String(error)}\n`);
    process.exitCode = 70;
  },
);
