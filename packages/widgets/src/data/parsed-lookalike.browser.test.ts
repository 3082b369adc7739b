import { vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import {
  $,
  type AnyElement,
  errorEvent,
  FIXTURES,
  loadEvent,
  mount,
  shadow,
  TAGS,
  text,
} from '../__tests__/helpers.js';
import '../all.js';

/** The core's vietnam-laos Dataset turned into JSON and back: amounts are strings, not Decimals. */
const roundTripped = () => JSON.parse(JSON.stringify(vietnamLaos)) as unknown;

/** The index of vietnam-laos's last flow of a year (one growth draws). */
const lastOfAYear = () =>
  vietnamLaos.flows.reduce(
    (found, flow, index) => (flow.period.kind === 'year' ? index : found),
    -1,
  );

/** vietnam-laos with the period of its last flow of a year `period`. */
function withLastPeriod(period: unknown) {
  const last = lastOfAYear();
  return {
    ...vietnamLaos,
    flows: vietnamLaos.flows.map((flow, index) => (index === last ? { ...flow, period } : flow)),
  };
}

/** vietnam-laos with the amount of its last flow of a year `amount`. */
function withLastAmount(amount: unknown) {
  const last = lastOfAYear();
  return {
    ...vietnamLaos,
    flows: vietnamLaos.flows.map((flow, index) =>
      index === last ? { ...flow, value: { ...flow.value, amount } } : flow,
    ),
  };
}

/** An object carrying the Decimal brand of any copy of the core, whose text is `text`, no more. */
const branded = (text: string) => ({
  [Symbol.for('bilateral-decimal')]: true,
  toString: () => text,
});

/** What an element shows and fires for `data`: its error's reason, code and alert, or its load. */
async function outcome(tag: string, data: unknown) {
  const element = mount<AnyElement>(`<${tag}></${tag}>`);
  await element.updateComplete;
  const failed = errorEvent(element).then((event) => event.detail);
  const loaded = loadEvent(element).then(() => 'loaded' as const);
  // No unhandled TypeError on the way either.
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error);
  window.addEventListener('error', onError);
  element.data = data as AnyElement['data'];
  const first = await Promise.race([failed, loaded]);
  await element.updateComplete;
  window.removeEventListener('error', onError);
  expect(thrown).toEqual([]);
  if (first === 'loaded') return { loaded: true, text: text(shadow(element)) };
  return {
    reason: first.reason,
    code: first.error.code,
    name: first.error.name,
    alert: text($(element, '[role=alert] strong')),
  };
}

/** What an element fires and shows for a document that fails validation (a `src` schema error). */
async function documentError(tag: string) {
  const element = mount<AnyElement>(`<${tag} src="${FIXTURES}/schema-error.json"></${tag}>`);
  const { reason, error } = (await errorEvent(element)).detail;
  await element.updateComplete;
  return {
    reason,
    code: error.code,
    name: error.name,
    alert: text($(element, '[role=alert] strong')),
  };
}

describe.each(TAGS)('<%s> given as data what only looks like a parsed Dataset', (tag) => {
  it('validates a Dataset turned into JSON and back, and fails as a bad document does', async () => {
    // Before: growth and target fired 'compute' with a raw TypeError ('a.decimalPlaces is not a
    // function') and said the chart's settings did not fit; balance, gates and the dashboard drew it.
    expect(await outcome(tag, roundTripped())).toEqual(await documentError(tag));
  });

  it('validates a Dataset whose first flow is parsed and a later one is not', async () => {
    const [first, ...rest] = vietnamLaos.flows;
    const [, ...restJson] = (roundTripped() as { flows: unknown[] }).flows;
    expect(rest.length).toBeGreaterThan(0);
    const mixed = { ...vietnamLaos, flows: [first, ...restJson] };
    expect(await outcome(tag, mixed)).toMatchObject({ reason: 'schema', code: 'INVALID_DATASET' });
  });

  it('validates a parsed Dataset without its sources, not a raw TypeError as it draws', async () => {
    // Before: every element threw "Cannot read properties of undefined (reading 'find')" from
    // its render (the source line), uncaught; the dashboard never fired load or error.
    const { sources, ...withoutSources } = vietnamLaos;
    expect(sources.length).toBeGreaterThan(0);
    expect(await outcome(tag, withoutSources)).toMatchObject({
      reason: 'schema',
      code: 'INVALID_DATASET',
    });
  });

  it('validates a parsed Dataset whose period holds a wrong value, as a bad document', async () => {
    // Before: month 13 and `{}` drew every element (the flow left out of growth's and balance's
    // figures, unsaid); a text year made balance fail 'compute' (INVALID_PERIOD), the rest drew.
    const expected = await documentError(tag);
    for (const period of [
      { kind: 'month', year: 2024, month: 13 },
      { kind: 'year', year: '2024' },
      {},
    ]) {
      expect(await outcome(tag, withLastPeriod(period))).toEqual(expected);
    }
  });

  it('validates a parsed Dataset with a malformed crossing, as a bad document', async () => {
    // Before: growth, balance and target drew; gates failed 'compute' (INVALID_CROSSING), and
    // the dashboard 'compute' with a raw TypeError ("Cannot read properties of null (reading
    // 'sides')").
    const expected = await documentError(tag);
    const [crossing, ...crossings] = vietnamLaos.crossings;
    for (const malformed of [null, {}, { ...crossing, sides: undefined }]) {
      const data = { ...vietnamLaos, crossings: [malformed, ...crossings] };
      expect(await outcome(tag, data)).toEqual(expected);
    }
  });

  it('validates a parsed Dataset whose amount only has a plus method, as a bad document', async () => {
    // Before: `{ plus() {} }` passed as a Decimal (any object with a `plus` method did).
    const expected = await documentError(tag);
    for (const amount of [{ plus() {} }, { plus: () => 0, toString: () => '565000000' }]) {
      expect(await outcome(tag, withLastAmount(amount))).toEqual(expected);
    }
  });

  it("reads a branded amount through its text, as another copy's Decimal is read", async () => {
    // Before: growth and target fired 'compute' from a TypeError ('b.decimalPlaces is not a
    // function'); balance, gates and the dashboard drew text that is no decimal.
    const last = vietnamLaos.flows[lastOfAYear()]?.value.amount.toString() ?? '';
    expect(await outcome(tag, withLastAmount(branded(last)))).toEqual(
      await outcome(tag, vietnamLaos),
    );
    expect(await outcome(tag, withLastAmount(branded('twelve')))).toMatchObject({
      reason: 'schema',
      code: 'INVALID_DECIMAL',
    });
  });

  it("reads a branded figure in a statement through its text, as a flow's is read", async () => {
    // Every place a Decimal may sit, statements' figures too, whatever copy made the flows.
    const level = vietnamLaos.statements.findIndex((statement) => statement.kind === 'level');
    const withLevelValue = (value: unknown) => ({
      ...vietnamLaos,
      statements: vietnamLaos.statements.map((statement, index) =>
        index === level && statement.kind === 'level'
          ? { ...statement, amount: { ...statement.amount, value } }
          : statement,
      ),
    });
    const stated = vietnamLaos.statements[level];
    const value = stated?.kind === 'level' ? stated.amount.value : '';
    expect(await outcome(tag, withLevelValue(branded(value)))).toEqual(
      await outcome(tag, vietnamLaos),
    );
    expect(await outcome(tag, withLevelValue(branded('twelve')))).toMatchObject({
      reason: 'schema',
      code: 'INVALID_DECIMAL',
    });
  });

  it('still draws a parsed Dataset and a copy of it', async () => {
    expect(await outcome(tag, vietnamLaos)).toMatchObject({ loaded: true });
    expect(await outcome(tag, { ...vietnamLaos })).toMatchObject({ loaded: true });
  });
});
