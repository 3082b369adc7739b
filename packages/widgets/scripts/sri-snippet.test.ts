import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrity, sriCommand, sriSnippet } from './sri-snippet.js';

describe('sriSnippet', () => {
  it('gives each file its sha384 hash, crossorigin and the base URL', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sri-'));
    writeFileSync(join(dist, 'bilateral-widgets.js'), 'export {};\n');
    writeFileSync(join(dist, 'bilateral-widgets.css'), 'bilateral-growth{display:block}\n');
    const hash = createHash('sha384').update('export {};\n').digest('base64');
    const lines = sriSnippet('https://example.org/widgets/', dist).split('\n');
    rmSync(dist, { recursive: true, force: true });
    expect(lines).toEqual([
      `<script type="module" src="https://example.org/widgets/bilateral-widgets.js" integrity="sha384-${hash}" crossorigin="anonymous"></script>`,
      `<link rel="stylesheet" href="https://example.org/widgets/bilateral-widgets.css" integrity="${integrity(new TextEncoder().encode('bilateral-growth{display:block}\n'))}" crossorigin="anonymous">`,
    ]);
  });

  it('computes the value browsers check (a known SHA-384 of the empty input)', () => {
    expect(integrity(new Uint8Array())).toBe(
      'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb',
    );
  });

  it('prints jsDelivr tags only for a released version: before one, it asks for the URL the files are served from', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sri-'));
    writeFileSync(join(dist, 'bilateral-widgets.js'), 'export {};\n');
    writeFileSync(join(dist, 'bilateral-widgets.css'), 'x{}\n');
    try {
      const unreleased = sriCommand([], '0.0.0', dist);
      expect(unreleased.code).toBe(2);
      expect(unreleased.text).toBe(
        'sri: no version of @bilateral/widgets is published yet (0.0.0), so jsDelivr has no files to hash: give the URL you serve dist/ from (pnpm --filter @bilateral/widgets sri https://example.org/static/bilateral)',
      );
      const released = sriCommand([], '1.2.3', dist);
      expect(released.code).toBe(0);
      expect(released.text).toContain(
        'src="https://cdn.jsdelivr.net/npm/@bilateral/widgets@1.2.3/dist/bilateral-widgets.js"',
      );
      const served = sriCommand(['https://example.org/w'], '0.0.0', dist);
      expect(served).toEqual({ code: 0, text: sriSnippet('https://example.org/w', dist) });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('takes an option for what it is, not for the URL: --help prints its usage, another is refused', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sri-'));
    writeFileSync(join(dist, 'bilateral-widgets.js'), 'export {};\n');
    writeFileSync(join(dist, 'bilateral-widgets.css'), 'x{}\n');
    try {
      const usage =
        'usage: pnpm --filter @bilateral/widgets sri [base URL]  (the URL you serve dist/ from; without one, jsDelivr at the released version)';
      expect(sriCommand(['--help'], '1.2.3', dist)).toEqual({ code: 0, text: usage });
      expect(sriCommand(['-h'], '1.2.3', dist)).toEqual({ code: 0, text: usage });
      expect(sriCommand(['--url=https://example.org/w'], '1.2.3', dist)).toEqual({
        code: 2,
        text: `sri: unknown option --url=https://example.org/w\n${usage}`,
      });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('says the bundle is not built yet, with the command that builds it, rather than a stack trace', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sri-'));
    rmSync(dist, { recursive: true, force: true });
    expect(sriCommand(['https://example.org/w'], '0.0.0', dist)).toEqual({
      code: 2,
      text: `sri: ${join(dist, 'bilateral-widgets.js')} is missing: build the bundle first (pnpm --filter @bilateral/widgets build)`,
    });
  });
});
