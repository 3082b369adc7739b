#!/usr/bin/env node
/// <reference types="node" />
/** The `bilateral-embed` executable: runs {@link runEmbed} on the process's arguments. */
import { lineWriter } from '@bilateral/core/node';
import { runEmbed } from './embed-cli.js';

const failed = () => {
  process.exitCode = 70;
};
runEmbed(process.argv.slice(2), {
  out: lineWriter(process.stdout, failed),
  err: lineWriter(process.stderr, failed),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
