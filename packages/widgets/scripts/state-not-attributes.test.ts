import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const widgets = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cem-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly { readonly name: string; readonly fieldName?: string }[];
  readonly members?: readonly { readonly name: string; readonly privacy?: string }[];
}

/** The manifest the package's own configuration writes (the analyzer joins `--outdir` to the cwd). */
function manifest(): Declaration[] {
  execFileSync('pnpm', ['exec', 'cem', 'analyze', '--quiet', '--outdir', relative(widgets, out)], {
    cwd: widgets,
    stdio: 'pipe',
  });
  const json = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  return json.modules.flatMap(
    (module: { declarations?: Declaration[] }) => module.declarations ?? [],
  );
}

describe('custom-elements.json', () => {
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
