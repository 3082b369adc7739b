import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discard, openBeside } from './written-beside.js';

const folder = mkdtempSync(join(tmpdir(), 'bilateral-beside-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('discard', () => {
  it('throws the temporary file away with writes still on their way, and no error escapes', async () => {
    const errors: unknown[] = [];
    const heard = (error: unknown) => errors.push(error);
    process.on('uncaughtException', heard);
    try {
      const written = await openBeside(join(folder, 'out.json'));
      for (let chunk = 0; chunk < 8; chunk++) written.stream.write('x'.repeat(1 << 20));
      await discard(written);
      // Until the stream has closed: its pending writes' errors come before (by order, no timer).
      if (!written.stream.closed) await once(written.stream, 'close');
    } finally {
      process.off('uncaughtException', heard);
    }
    expect(errors).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });
});
