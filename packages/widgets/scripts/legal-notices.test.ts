import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { describe, expect, it } from 'vitest';
import { LEGAL_FILE, legalNotices } from './legal-notices.js';

describe('legalNotices', () => {
  it('writes the notices of every chunk once to one file, and none in the chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legal-'));
    const notice = '/**\n * @license\n * Copyright 2017 Google LLC\n */';
    writeFileSync(join(dir, 'lib.js'), `${notice}\nexport const lib = () => 'lib';\n`);
    writeFileSync(join(dir, 'a.js'), "import { lib } from './lib.js'; console.log(lib(), 'a');\n");
    writeFileSync(join(dir, 'b.js'), "import { lib } from './lib.js'; console.log(lib(), 'b');\n");
    const outDir = join(dir, 'out');
    await build({
      entry: { a: join(dir, 'a.js'), b: join(dir, 'b.js') },
      outDir,
      format: ['esm'],
      splitting: true,
      minify: true,
      silent: true,
      config: false,
      esbuildPlugins: [legalNotices],
      esbuildOptions(options) {
        options.legalComments = 'external';
      },
    });
    const code = readdirSync(outDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, file), 'utf8'));
    const legal = readFileSync(join(outDir, LEGAL_FILE), 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(code).toHaveLength(3);
    for (const text of code) expect(text).not.toContain('@license');
    expect(legal).toBe(`${notice}\n`);
  });
});
