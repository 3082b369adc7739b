import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const widgets = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cem-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** package.json before any analysis of this file's tests (whichever runs first). */
const packageJson = readFileSync(join(widgets, 'package.json'), 'utf8');

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly { readonly name: string; readonly fieldName?: string }[];
  readonly members?: readonly { readonly name: string; readonly privacy?: string }[];
}

/**
 * The manifest the package's own configuration writes (the analyzer joins `--outdir` to the cwd),
 * through a copy of it that leaves package.json alone: by default the analyzer points the
 * package's `customElements` field at the folder it writes to.
 */
function analyse(): Declaration[] {
  const config = join(out, 'cem.config.mjs');
  const own = JSON.stringify(join(widgets, 'custom-elements-manifest.config.mjs'));
  writeFileSync(
    config,
    `import own from ${own};\nexport default { ...own, packagejson: false };\n`,
  );
  const outdir = relative(widgets, out);
  execFileSync(
    'pnpm',
    ['exec', 'cem', 'analyze', '--quiet', '--config', config, '--outdir', outdir],
    {
      cwd: widgets,
      stdio: 'pipe',
    },
  );
  const json = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  return json.modules.flatMap(
    (module: { declarations?: Declaration[] }) => module.declarations ?? [],
  );
}

let analysed: Declaration[] | undefined;
/** The manifest's declarations, analysed once for the file's tests. */
const manifest = (): Declaration[] => {
  analysed ??= analyse();
  return analysed;
};

describe('custom-elements.json', () => {
  it('is analysed without touching package.json', () => {
    manifest();
    expect(readFileSync(join(widgets, 'package.json'), 'utf8')).toBe(packageJson);
  });

  it('lists no internal state as an attribute, and keeps the attributes a page sets', () => {
    const elements = manifest().filter((declaration) => declaration.tagName !== undefined);
    const attributes = (tag: string) =>
      elements.find((element) => element.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
    expect(attributes('bilateral-growth')).not.toContain('bandLoaded');
    expect(attributes('bilateral-balance')).not.toContain('seriesLoaded');
    expect(attributes('bilateral-target')).not.toContain('gaugeLoaded');
    expect(attributes('bilateral-growth')).toEqual(
      expect.arrayContaining(['measure', 'chart', 'period-kind', 'target', 'dataset', 'src']),
    );
    for (const element of elements) {
      const hidden = new Set(
        element.members?.filter((member) => member.privacy === 'private').map((m) => m.name),
      );
      const leaked = element.attributes?.filter((a) => a.fieldName && hidden.has(a.fieldName));
      expect(leaked, element.tagName).toEqual([]);
    }
  });
});
