/**
 * esbuild plugin of the script-tag bundle: its licence notices (Lit's, BSD-3-Clause) in one file,
 * `bilateral-widgets.LEGAL.txt` beside `bilateral-widgets.js`, instead of at the end of the chunk
 * that holds Lit, where every page that loads Lit transferred them (about 160 B gzipped).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** The file the notices are written to, in the build's `outdir`. */
export const LEGAL_FILE = 'bilateral-widgets.LEGAL.txt';

/**
 * With esbuild's `legalComments: 'external'` (which writes each output's notices to a
 * `<output>.LEGAL.txt` of its own, and nothing in the output), writes every output's notices once
 * to {@link LEGAL_FILE} in `outdir`. The per-chunk files go with esbuild's chunks when
 * `scripts/merge-chunks.ts` regroups them. Needs `write: false` (tsup's way) to see the outputs.
 *
 * @example
 * ```ts
 * await esbuild.build({ ...options, legalComments: 'external', write: false, plugins: [legalNotices] });
 * ```
 */
export const legalNotices: Plugin = {
  name: 'legal-notices',
  setup(build) {
    build.onEnd(async ({ outputFiles = [] }) => {
      const notices = new Set(
        outputFiles
          .filter(({ path }) => path.endsWith('.LEGAL.txt'))
          .map(({ text }) => text.trim()),
      );
      if (notices.size === 0) return;
      const outdir = build.initialOptions.outdir ?? '.';
      await mkdir(outdir, { recursive: true });
      await writeFile(join(outdir, LEGAL_FILE), `${[...notices].join('\n\n')}\n`);
    });
  },
};
