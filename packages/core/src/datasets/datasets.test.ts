import { describe, expect, it } from 'vitest';
import { parseDataset, serializeDataset } from '../dataset/schemas.js';
import { statementWithBound } from '../figures/_from-json.js';
import { parsePublishedAmount, reconcile } from '../figures/index.js';
import { formatPeriod } from '../period/index.js';
import {
  embeddedDatasets,
  getEmbeddedDataset,
  laosChina,
  laosChinaDocument,
  vietnamLaos,
  vietnamLaosDocument,
} from './index.js';
import { tradeSources } from './trade-sources.js';

/** The sources of both embedded datasets. */
const embeddedSources = [...vietnamLaos.sources, ...laosChina.sources];

describe('embedded datasets', () => {
  it.each([
    ['vietnam-laos', vietnamLaos, vietnamLaosDocument],
    ['laos-china', laosChina, laosChinaDocument],
  ] as const)('%s: every flow cites a listed source', (_id, dataset, _document) => {
    const ids = new Set(dataset.sources.map((source) => source.id));
    for (const flow of dataset.flows) expect(ids.has(flow.source)).toBe(true);
  });

  it.each([
    ['vietnam-laos', vietnamLaos, vietnamLaosDocument],
    ['laos-china', laosChina, laosChinaDocument],
  ] as const)(
    '%s: serialising and parsing again gives back the same dataset, digit for digit',
    (_id, dataset, document) => {
      const text = JSON.stringify(serializeDataset(dataset));
      const again = parseDataset(JSON.parse(text));
      expect(again).toEqual(dataset);
      // The document written back, each lower bound recorded ("more than US$565 million":
      // rounding 'truncate', bound 'more-than') as parseDataset reads it from the text.
      const recorded = { ...document, statements: document.statements?.map(statementWithBound) };
      expect(JSON.parse(JSON.stringify(serializeDataset(again)))).toEqual(
        JSON.parse(JSON.stringify(recorded)),
      );
    },
  );

  it('lists no trade source that no embedded figure cites (it would be left out of both)', () => {
    const cited = new Set(embeddedSources.map((source) => source.id));
    expect(tradeSources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('holds the Vietnam–Laos figures of the seeds', () => {
    const find = (period: string, flow: 'export' | 'import') =>
      vietnamLaos.flows.find(
        (f) =>
          f.reporter === 'VNM' &&
          f.flow === flow &&
          serializeDataset({ ...vietnamLaos, flows: [f] }).flows[0]?.period === period,
      );
    expect(find('2021-Q1', 'export')?.value.amount.toString()).toBe('159600000');
    expect(find('2021-Q1', 'import')?.value.amount.toString()).toBe('179000000');
    expect(find('2024-01/2024-09', 'export')?.value.amount.toString()).toBe('491900000');
    expect(find('2024-01/2024-09', 'import')?.precision?.toString()).toBe('1000000000');
    expect(find('2025-01/2025-07', 'export')?.value.amount.toString()).toBe('755200000');
    expect(find('2025-01/2025-07', 'import')?.value.amount.toString()).toBe('1250000000');
  });

  it('marks approximate values as uncertain', () => {
    const imports2021 = vietnamLaos.flows.find(
      (flow) => flow.flow === 'import' && flow.period.kind === 'year' && flow.period.year === 2021,
    );
    expect(imports2021?.uncertain).toBe(true);
    expect(imports2021?.note).toContain('about US$780 million');
  });
});

describe('flows and level statements agree', () => {
  const subjectOf = { export: 'exports', import: 'imports' } as const;
  it.each([
    ['vietnam-laos', vietnamLaos],
    ['laos-china', laosChina],
  ] as const)(
    '%s: every flow with a level statement has the same value and precision',
    (_id, dataset) => {
      let compared = 0;
      for (const flow of dataset.flows) {
        const period = formatPeriod(flow.period);
        const statement = dataset.statements.find(
          (s) =>
            s.kind === 'level' &&
            s.reporter === flow.reporter &&
            s.partner === flow.partner &&
            s.period === period &&
            s.subject === subjectOf[flow.flow],
        );
        if (statement?.kind !== 'level') continue;
        compared++;
        const published = parsePublishedAmount(statement.amount.text, {
          currency: statement.amount.currency,
          ...(statement.amount.precision === undefined
            ? {}
            : { precision: statement.amount.precision }),
        });
        expect(published.value.eq(flow.value.amount), `${period} ${flow.flow}`).toBe(true);
        // A bound ("more than US$565 million": 565–566) is no rounding a flow's precision can
        // say: such a flow has none and is read by its statement, as the report reads it.
        if (published.rounding === 'truncate') {
          expect(flow.precision, `${period} ${flow.flow} precision`).toBeUndefined();
        } else {
          expect(flow.precision?.eq(published.precision), `${period} ${flow.flow} precision`).toBe(
            true,
          );
        }
      }
      expect(compared).toBeGreaterThanOrEqual(dataset.id === 'vietnam-laos' ? 10 : 4);
    },
  );
});

describe('reconciliation of the embedded statements', () => {
  it('finds the seed statements consistent and flags the known discrepancies', () => {
    const report = reconcile(vietnamLaos.statements);
    const verdict = (ids: string[]) =>
      report.relations.find((r) => ids.every((id) => r.statementIds.includes(id)))?.verdict;
    expect(verdict(['seed-003-exports', 'seed-003-imports', 'seed-003-turnover'])).toBe(
      'consistent',
    );
    expect(verdict(['seed-004-exports', 'seed-004-imports', 'seed-004-turnover'])).toBe(
      'consistent',
    );
    expect(verdict(['seed-004-balance'])).toBe('consistent');
    // 2018: US$1.03 billion against US$892.9 million is +15.4 %, not the published +11.9 %.
    expect(verdict(['vn-la-2018-turnover', 'vn-la-2018-turnover-growth'])).toBe('inconsistent');
    expect(reconcile(laosChina.statements).counts.inconsistent).toBe(0);
  });

  it('reconciles the 2025 figures: seven months by parts and growth, the year against 2024', () => {
    const report = reconcile(vietnamLaos.statements);
    const relation = (kind: string, ids: string[]) =>
      report.relations.find(
        (r) => r.kind === kind && ids.every((id) => r.statementIds.includes(id)),
      )?.verdict;
    expect(
      relation('parts-sum', [
        'vn-la-2025-7m-exports',
        'vn-la-2025-7m-imports',
        'vn-la-2025-7m-turnover',
      ]),
    ).toBe('consistent');
    expect(
      relation('growth-components', [
        'vn-la-2025-7m-turnover-growth',
        'vn-la-2025-7m-exports-growth',
      ]),
    ).toBe('consistent');
    // US$2.98 billion against about US$2.2 billion is 32.2–38.8 %: the published +32.7 % fits.
    expect(
      relation('growth-levels', [
        'vn-la-2025-turnover',
        'vn-la-2024-turnover',
        'vn-la-2025-turnover-growth',
      ]),
    ).toBe('consistent');
    expect(report.counts.inconsistent).toBe(2);
  });
});

describe('embeddedDatasets and getEmbeddedDataset', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'names no dataset for the prototype key %s',
    (name) => {
      expect(embeddedDatasets[name]).toBeUndefined();
      expect(() => getEmbeddedDataset(name)).toThrowError(
        `no embedded dataset "${name}": choose one of vietnam-laos, laos-china`,
      );
    },
  );

  it('finds the embedded datasets by name, and the record cannot be changed', () => {
    expect(getEmbeddedDataset('vietnam-laos')).toBe(vietnamLaos);
    expect(getEmbeddedDataset('laos-china')).toBe(laosChina);
    expect(Object.isFrozen(embeddedDatasets)).toBe(true);
    expect(Object.keys(embeddedDatasets)).toEqual(['vietnam-laos', 'laos-china']);
  });
});

describe('the nesting limit', () => {
  it('leaves room: the embedded documents nest far less than 32 levels', () => {
    const depth = (value: unknown): number =>
      typeof value !== 'object' || value === null
        ? 0
        : 1 + Math.max(0, ...Object.values(value).map(depth));
    expect(depth(vietnamLaosDocument)).toBeLessThanOrEqual(9);
    expect(depth(laosChinaDocument)).toBeLessThanOrEqual(9);
  });
});

describe('the embedded figures as their sources word them (fact-check h295)', () => {
  const statement = (id: string) =>
    [...vietnamLaos.statements, ...laosChina.statements].find((s) => s.id === id);
  const textOf = (id: string) => {
    const s = statement(id);
    return s?.kind === 'level' ? s.amount.text : s?.kind === 'balance' ? s.amount?.text : undefined;
  };

  // Each text keeps the source's qualifier: "more than"/"over" is a lower bound ("exceeded" is
  // recorded as "more than", which the figures read), "some"/"about" an approximate figure, and a
  // plain figure is not made "about" one.
  it.each([
    // The Star, 18 Sep 2023 (Bernama–Xinhua, Pasaxon): "exceeded US$833 million", "more than US$565 million".
    ['lao-vn-2023-h1-turnover', 'more than US$833 million'],
    ['lao-vn-2023-h1-exports', 'more than US$565 million'],
    // Vietnam News Agency 280075 (27 Feb 2024): "Last year, their bilateral trade turnover reached 1.6 billion USD".
    ['vn-la-2023-turnover', 'US$1.6 billion'],
    // The Saigon Times: "reached US$2.2 billion, a 34% increase"; "a trade surplus of about US$732.7 million".
    ['vn-la-2024-turnover', 'US$2.2 billion'],
    ['vn-la-2024-lao-surplus', 'about US$732.7 million'],
    // jclao.com (from Vietnam Plus, Lao Trade Portal): "reaching over 15.5 billion USD".
    ['lao-world-2023-turnover', 'over US$15.5 billion'],
  ])('%s reads "%s"', (id, text) => {
    expect(textOf(id)).toBe(text);
  });

  it('marks the Lao estimate of H1 2023 imports from Vietnam (the flow’s status)', () => {
    expect(statement('lao-vn-2023-h1-imports')?.note).toContain('estimate');
    const flows = vietnamLaos.flows.filter((f) => f.reporter === 'LAO');
    expect(flows.map((f) => [f.flow, f.status])).toEqual([
      ['export', 'preliminary'],
      ['import', 'estimate'],
    ]);
    expect(flows[0]?.note).toContain('more than US$565 million');
  });

  it('cites the 2024 Lao surplus where it is published, as Vietnam’s figures', () => {
    // The Saigon Times (VGP News) publishes it with the 2024 total; the Laotian Times of
    // 7 January 2025 does not give it.
    expect(statement('vn-la-2024-lao-surplus')).toMatchObject({
      source: 'thesaigontimes-5-billion',
      reporter: 'VNM',
      side: 'LAO',
    });
  });

  it('cites each target to a publication that states it, and names who set it', () => {
    const target = (id: string) => vietnamLaos.targets.find((t) => t.id === id);
    // VNA 280075: the 10–15 % for 2024 was set at the 46th Committee in early January 2024.
    expect(target('vnm-lao-2024-growth')?.source).toBe('vietnamplus-280075');
    expect(target('vnm-lao-2024-growth')?.note).not.toContain('not confirmed');
    // Lao Tribune (Lao News Agency): the two ministries pledged 8–10 % a year through 2025.
    expect(target('vnm-lao-2021-2025-pledge')?.source).toBe('laotribune-pledge');
    // The Saigon Times: US$5 billion agreed at the 47th Committee, 9 January 2025.
    expect(target('vnm-lao-5-billion')?.setBy).toBe(
      '47th Vietnam–Laos Intergovernmental Committee, January 2025',
    );
  });

  it('names the Vietnam News Agency in full, as the source lines beside each other show it', () => {
    const publishers = embeddedSources.map((s) => s.publisher);
    expect(publishers.filter((publisher) => /\bVNA\b/.test(publisher))).toEqual([]);
    // The 2019 estimate is VNA's own article of 30 December 2019 (en.vietnamplus.vn, 166381),
    // which sggpnews.org.vn ran the next day: cited where VNA published it, so the source line
    // names the agency once, as for its other articles (lead; the growth element's footer test).
    expect(embeddedSources.find((s) => s.id === 'vna-2019-12-31')).toMatchObject({
      publisher: 'Vietnam News Agency (en.vietnamplus.vn)',
      date: '2019-12-30',
    });
  });

  it('gives the language and date of the sources as published', () => {
    const source = (id: string) => embeddedSources.find((s) => s.id === id);
    expect(source('agenzianova-laos-china-2021')).toMatchObject({
      language: 'it',
      date: '2022-02-14',
    });
    expect(source('baobinhduong-a289585')).toMatchObject({ language: 'en', date: '2023-02-06' });
    expect(source('vietnamplus-280075')?.date).toBe('2024-02-27');
  });
});
