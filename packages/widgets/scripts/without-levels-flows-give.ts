import {
  type Dataset,
  type DatasetSeriesRequest,
  datasetSeries,
  PERIOD_KINDS,
} from '@bilateral/core';

/** The series `requests` ask of `dataset`, each as text (a refusal as its code and message). */
function everySeries(dataset: Dataset, requests: readonly DatasetSeriesRequest[]): string[] {
  return requests.map((request) => {
    try {
      return JSON.stringify(datasetSeries(dataset, request));
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      return `${code}: ${message}`;
    }
  });
}

/**
 * The dataset without the level statements its flows already give (for the embedded data files,
 * `write-data.mjs`): a published total of exports or imports that a flow of the same pair,
 * period, value, precision and source repeats. The elements draw statements only through the
 * series, so a statement goes when every series an element can ask for — each pair the data
 * names, each measure and kind of period, with and without implied bases, in total and per
 * commodity — is the same without it, point for point (values, sources, precisions,
 * derivations, alternatives, uncertainty); the elements' other checks of statements (whether a
 * pair has totals or published levels) see the flow. Growth statements stay (the growth chart
 * quotes them).
 */
export function withoutLevelsFlowsGive(dataset: Dataset): Dataset {
  // Each pair the data names (a series reads only its pair's flows and statements).
  const pairs = new Map(
    [...dataset.flows, ...dataset.statements].map(({ reporter, partner }) => [
      `${reporter} ${partner}`,
      { reporter, partner },
    ]),
  );
  const commodities = [
    undefined,
    ...new Set(dataset.flows.flatMap((flow) => (flow.commodity ? [flow.commodity] : []))),
  ];
  const requests = [...pairs.values()].flatMap((pair) =>
    (['exports', 'imports', 'turnover'] as const).flatMap((measure) =>
      PERIOD_KINDS.flatMap((periodKind) =>
        [false, true].flatMap((impliedBases) =>
          commodities.map(
            (commodity): DatasetSeriesRequest => ({
              ...pair,
              measure,
              periodKind,
              impliedBases,
              ...(commodity === undefined ? {} : { commodity }),
            }),
          ),
        ),
      ),
    ),
  );
  const drawn = everySeries(dataset, requests).join('\n');
  let statements = dataset.statements;
  for (const statement of dataset.statements) {
    const amount = statement.kind === 'level' ? statement.amount : undefined;
    const repeated = dataset.flows.some(
      (flow) =>
        amount !== undefined &&
        `${flow.flow}s` === statement.subject &&
        flow.reporter === statement.reporter &&
        flow.partner === statement.partner &&
        flow.source === statement.source &&
        flow.commodity === undefined &&
        flow.value.currency === amount.currency &&
        flow.value.amount.eq(amount.value),
    );
    if (!repeated) continue;
    const without = statements.filter((kept) => kept !== statement);
    if (everySeries({ ...dataset, statements: without }, requests).join('\n') === drawn) {
      statements = without;
    }
  }
  return { ...dataset, statements };
}
