import { describe, expect, it } from 'vitest';
import './dashboard.define.js';

// A file of its own: the reader is loaded once per page, and this test needs a page without it.
describe('<bilateral-dashboard> and the reader of the `data` property', () => {
  it('asks for the reader when it is constructed, before it has data to hand its panels', async () => {
    const requested = new Promise<string>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntries().find((each) => each.name.includes('/to-dataset.'));
        if (entry === undefined) return;
        observer.disconnect();
        resolve(entry.name);
      });
      observer.observe({ type: 'resource', buffered: true });
    });
    // Not connected: it loads no dataset, draws nothing; only its constructor has run.
    document.createElement('bilateral-dashboard');
    expect(await requested).toMatch(/\/data\/to-dataset\./);
  });
});
