import { type DatasetDocument, laosChina, laosChinaDocument } from '@bilateral/core';
import type { ErrorEventDetail, LoadEventDetail } from '@bilateral/widgets';
// Importing the wrappers registers the five elements (see vite.config.ts for a production caveat).
import { BilateralBalance, BilateralDashboard, BilateralGrowth } from '@bilateral/widgets/react';
import { useState } from 'react';

type Measure = 'turnover' | 'export' | 'import';
type Chart = 'line' | 'bar';

const MEASURES: readonly { value: Measure; label: string }[] = [
  { value: 'turnover', label: 'Turnover' },
  { value: 'export', label: 'Exports' },
  { value: 'import', label: 'Imports' },
];
const CHARTS: readonly Chart[] = ['line', 'bar'];

/**
 * A dataset document as it might arrive from a server: `JSON.parse` says nothing about its shape,
 * so the element validates it with the core's `parseDataset` — and refuses this one (no such
 * quarter, a comma in the value, a source that is not listed), showing its error state.
 */
const brokenDocument: DatasetDocument = JSON.parse(`{
  "id": "broken",
  "title": { "en": "A broken dataset" },
  "sources": [],
  "flows": [{
    "reporter": "LAO", "partner": "CHN", "flow": "export", "period": "2024-Q5",
    "value": "1,5", "currency": "USD", "status": "official", "source": "nowhere"
  }]
}`);

/** What the balance card is given through its `data` property. */
const BALANCE_SOURCES = {
  dataset: { label: 'laosChina — a parsed Dataset from @bilateral/core', data: laosChina },
  document: {
    label: 'laosChinaDocument — a dataset document (the element validates it)',
    data: laosChinaDocument,
  },
  broken: { label: 'A broken document (shows the error state)', data: brokenDocument },
} as const;
type BalanceSource = keyof typeof BALANCE_SOURCES;

type Status =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly text: string }
  | { readonly state: 'error'; readonly text: string };

const PANELS = ['dashboard', 'growth', 'balance'] as const;
type Panel = (typeof PANELS)[number];

export function App() {
  const [measure, setMeasure] = useState<Measure>('export');
  const [chart, setChart] = useState<Chart>('bar');
  const [balanceSource, setBalanceSource] = useState<BalanceSource>('dataset');
  const [statuses, setStatuses] = useState<Record<Panel, Status>>({
    dashboard: { state: 'loading' },
    growth: { state: 'loading' },
    balance: { state: 'loading' },
  });
  const [last, setLast] = useState('Waiting for the elements to load…');

  // The wrappers' event props: onBilateralLoad and onBilateralError, one pair per panel.
  const onLoad = (panel: Panel) => (event: CustomEvent<LoadEventDetail>) => {
    const { dataset } = event.detail;
    const text = `${dataset.id}: ${dataset.flows.length} flows, ${dataset.targets.length} targets`;
    setStatuses((current) => ({ ...current, [panel]: { state: 'loaded', text } }));
    setLast(`bilateral-load from <bilateral-${panel}> — ${text}`);
  };
  const onError = (panel: Panel) => (event: CustomEvent<ErrorEventDetail>) => {
    const { error, reason } = event.detail;
    const problems = error.issues.length;
    const text = `${reason}: ${error.code}, ${problems} problem${problems === 1 ? '' : 's'} (first: ${error.issues[0]?.message ?? error.message})`;
    setStatuses((current) => ({ ...current, [panel]: { state: 'error', text } }));
    setLast(`bilateral-error from <bilateral-${panel}> — ${reason}, ${error.code}`);
  };

  return (
    <main>
      <header>
        <h1>Bilateral widgets in React</h1>
        <p>
          The elements of <code>@bilateral/widgets</code> through their React wrappers from{' '}
          <code>@bilateral/widgets/react</code>, in a Vite + React 19 app.
        </p>
        <p className="status" role="status" aria-live="polite">
          {last}
        </p>
        <ul className="statuses" aria-label="Status of each element">
          {PANELS.map((panel) => {
            const status = statuses[panel];
            return (
              <li key={panel} data-state={status.state}>
                <code>&lt;bilateral-{panel}&gt;</code>{' '}
                {status.state === 'loading'
                  ? 'loading…'
                  : `${status.state === 'loaded' ? '✓' : '✕'} ${status.text}`}
              </li>
            );
          })}
        </ul>
      </header>

      <section aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">
          <code>&lt;BilateralDashboard datasetName="vietnam-laos"&gt;</code>
        </h2>
        <p>
          The embedded Vietnam–Laos dataset. Wrappers set properties, so the name goes in{' '}
          <code>datasetName</code>: <code>dataset</code> is the element's <code>DOMStringMap</code>.
        </p>
        <BilateralDashboard
          datasetName="vietnam-laos"
          onBilateralLoad={onLoad('dashboard')}
          onBilateralError={onError('dashboard')}
        />
      </section>

      <div className="columns">
        <section aria-labelledby="growth-heading">
          <h2 id="growth-heading">
            <code>&lt;BilateralGrowth measure=&#123;measure&#125; chart=&#123;chart&#125;&gt;</code>
          </h2>
          <div className="controls">
            <label>
              Measure{' '}
              <select
                value={measure}
                onChange={(event) => setMeasure(event.currentTarget.value as Measure)}
              >
                {MEASURES.map(({ value, label }) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend>Chart</legend>
              {CHARTS.map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={chart === value}
                  onClick={() => setChart(value)}
                >
                  {value === 'line' ? 'Line' : 'Bars'}
                </button>
              ))}
            </fieldset>
          </div>
          <BilateralGrowth
            datasetName="vietnam-laos"
            measure={measure}
            chart={chart}
            onBilateralLoad={onLoad('growth')}
            onBilateralError={onError('growth')}
          />
        </section>

        <section aria-labelledby="balance-heading">
          <h2 id="balance-heading">
            <code>&lt;BilateralBalance data=&#123;…&#125;&gt;</code>
          </h2>
          <div className="controls">
            <label>
              <code>data</code>{' '}
              <select
                value={balanceSource}
                onChange={(event) => setBalanceSource(event.currentTarget.value as BalanceSource)}
              >
                {Object.entries(BALANCE_SOURCES).map(([value, { label }]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <BilateralBalance
            data={BALANCE_SOURCES[balanceSource].data}
            onBilateralLoad={onLoad('balance')}
            onBilateralError={onError('balance')}
          />
        </section>
      </div>
    </main>
  );
}
