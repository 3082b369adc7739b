import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once.js';

describe('loadOnce', () => {
  it('starts the load once: every call gets the same promise', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads += 1;
      return 'module';
    });
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe('module');
    expect(await load()).toBe('module');
    expect(loads).toBe(1);
  });

  it('tries again after a failed load, and keeps the load that worked', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk could not load');
      return loads;
    });
    await expect(load()).rejects.toThrow('chunk could not load');
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
    expect(loads).toBe(2);
  });
});
