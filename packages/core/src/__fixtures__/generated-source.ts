/** The source entry of the benchmarks' generated flows (their `source` is `'generated'`). */
import type { Source } from '../flow/index.js';

export const GENERATED_SOURCE: Source = {
  id: 'generated',
  publisher: 'Bilateral benchmarks',
  title: 'Generated',
  date: '2025-01',
  language: 'en',
};
