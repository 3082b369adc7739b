/**
 * `@bilateral/core/node`: helpers for command-line programs on Node — a line writer that ends
 * quietly when the reader closes the pipe (`| head`). The `bilateral` command uses it, and so does
 * the widgets' `bilateral-embed`, which imports it from here instead of keeping a copy. Nothing in
 * the root entry or `/calc` imports this module, so browser bundles never see it.
 *
 * @packageDocumentation
 */
export { lineWriter, type OutputStream } from './cli/process-io.js';
