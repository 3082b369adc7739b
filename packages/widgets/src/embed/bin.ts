#!/usr/bin/env node
/// <reference types="node" />
/** The `bilateral-embed` executable: runs {@link runEmbed} on the process's arguments. */
import { commandOutput } from '@bilateral/core/node';
import { runEmbed } from './embed-cli.js';

// A failed write to stdout or stderr (a full disk) ends with exit code 2, said on stderr.
const output = commandOutput('bilateral-embed');
runEmbed(process.argv.slice(2), output).then(output.exit, () => {
  process.exitCode = 70;
});
