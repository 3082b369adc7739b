/**
 * Small commodity datasets for the report's commodity section (format-commodities.test.ts,
 * report-commodities.test.ts): Viet Nam's exports to Laos in 2024 by HS code, a dollar each, from
 * one source; without their code, flows of all goods (report-growth-units.test.ts).
 */
import { type Dataset, parseDataset } from '../../dataset/dataset.js';

/** Viet Nam's 2024 exports to Laos of `commodity`, a dollar, with `changes` over those fields. */
export const commodityFlow = (commodity: string, changes: Record<string, string> = {}) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export',
  period: '2024',
  value: '1',
  currency: 'USD',
  commodity,
  status: 'official',
  source: 's',
  ...changes,
});

/** The dataset `id` of `flows` (as {@link commodityFlow} writes them) and their one source, `s`. */
export const commodityDataset = (id: string, flows: readonly object[]): Dataset =>
  parseDataset({
    id,
    title: { en: id },
    sources: [{ id: 's', publisher: 'S', title: 'S', date: '2025-01-01', language: 'en' }],
    flows,
  });
