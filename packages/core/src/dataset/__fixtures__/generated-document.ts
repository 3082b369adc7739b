/**
 * The generated dataset documents of the `parseDataset` benchmark: valid monthly flows, read by
 * parse-dataset.bench.ts and scripts/scaling.ts.
 */
import type { DatasetDocument } from '../../index.js';

const MONTHS = 300; // 2000-01 … 2024-12

/** A valid document of `count` monthly flows: VNM–LAO, both directions, one HS code per 600. */
export function generatedDocument(count: number): DatasetDocument {
  const flows = Array.from({ length: count }, (_, index) => {
    const month = Math.floor(index / 2) % MONTHS;
    const year = 2000 + Math.floor(month / 12);
    const units = 1_000 + ((index * 7_919) % 99_999_000);
    return {
      reporter: 'VNM',
      partner: 'LAO',
      flow: index % 2 === 0 ? ('export' as const) : ('import' as const),
      period: `${year}-${String((month % 12) + 1).padStart(2, '0')}`,
      value: `${units}.${String(index % 100).padStart(2, '0')}`,
      currency: 'USD',
      commodity: String(1 + Math.floor(index / (2 * MONTHS))).padStart(4, '0'),
      status: 'official' as const,
      source: 'generated',
    };
  });
  return {
    id: 'generated',
    title: { en: `${count} generated flows` },
    sources: [
      {
        id: 'generated',
        publisher: 'Bilateral benchmarks',
        title: 'Generated flows',
        date: '2025-01',
        language: 'en',
      },
    ],
    flows,
  } as DatasetDocument;
}
