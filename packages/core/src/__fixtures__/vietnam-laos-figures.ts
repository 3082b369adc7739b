/**
 * For tests: Vietnam's figures with Laos in US$ as a dataset document writes them, a flow and a
 * level statement (year-document.ts, dataset/turnover-bounds-source.test.ts,
 * dataset/turnover-bounds-report.test.ts).
 */

/** What {@link vietnamLaosFlow} writes beside the pair and the currency. */
export interface FlowFields {
  readonly flow: 'export' | 'import';
  readonly period: string;
  readonly value: string;
  readonly source: string;
  /** `'official'` unless given. */
  readonly status?: string;
  /** None unless given. */
  readonly precision?: string | undefined;
}

/** A flow of Vietnam's with Laos in US$. */
export const vietnamLaosFlow = ({
  flow,
  period,
  value,
  source,
  status,
  precision,
}: FlowFields) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow,
  period,
  value,
  currency: 'USD',
  ...(precision === undefined ? {} : { precision }),
  status: status ?? 'official',
  source,
});

/** What {@link vietnamLaosLevel} writes beside the pair, its kind, the year and the currency. */
export interface LevelFields {
  readonly id: string;
  readonly source: string;
  readonly subject: string;
  readonly text: string;
  readonly value: string;
}

/** A level statement of Vietnam's with Laos in US$, of 2024. */
export const vietnamLaosLevel = ({ id, source, subject, text, value }: LevelFields) => ({
  id,
  source,
  kind: 'level',
  reporter: 'VNM',
  partner: 'LAO',
  period: '2024',
  subject,
  amount: { text, value, currency: 'USD' },
});
