import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrity, sriSnippet } from './sri-snippet.js';

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
});
