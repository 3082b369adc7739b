import fc from 'fast-check';
import * as core from '../../../index.js';
import type { HostileCase } from '../hostile-case.js';
import { anyValue, HOSTILE_SCALARS, PROTOTYPE_KEYS, sample } from '../hostile-values.js';
import { describeInput } from '../outcome.js';

/** The public functions, called with whatever a hostile caller passes. */
const api = core as unknown as Record<string, (...args: unknown[]) => unknown>;
const call = (name: string, ...args: unknown[]) => {
  const fn = api[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not exported`);
  return fn(...args);
};

/** A result the issue calls a silent wrong answer: thrown as a plain Error, so it fails. */
function wrong(message: string): never {
  throw new Error(`silent wrong answer: ${message}`);
}

const HUGE = [
  '1e9000000000000001',
  '1e99999999999999999999',
  '1e99999999',
  '1e9999999',
  '-1e9999999',
  '1e-9999999',
];

/** Functions of amounts and rates: [name, argument count]. */
const ARITHMETIC: readonly (readonly [string, number])[] = [
  ['growthRate', 2],
  ['impliedPrevious', 2],
  ['impliedCurrent', 2],
  ['cagr', 3],
  ['requiredRate', 3],
  ['shareOf', 2],
  ['coverageRatio', 2],
];

const amount = fc.oneof(
  fc.constantFrom(...HUGE, '1', '0', '-0', '-1', '2', '1.5', '1e-300', '0.5'),
  fc.constantFrom(1e-300, 1e300, Number.MIN_VALUE, Number.MAX_VALUE, 0, -0, 2 ** 53),
);

function named(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (description: string, run: () => unknown) =>
    cases.push({ kind: 'call', description, run });
  const usd = (value: unknown) => call('money', value, 'USD');
  const vietnamLaos = core.vietnamLaos;

  // Defect 1: the range of numbers.
  add("defect 1: money('1e9000000000000001', 'USD')", () => usd('1e9000000000000001'));
  add("defect 1: formatMoney(money('1e9999999'))", () => call('formatMoney', usd('1e9999999')));
  add('defect 1: formatMoney with fractionDigits 1e9', () =>
    call('formatMoney', usd('1.5'), { fractionDigits: 1e9 }),
  );
  add("defect 1: growthRate('1e99999999999999999999', '1')", () =>
    call('growthRate', '1e99999999999999999999', '1'),
  );
  add("defect 1: cagr('1', '2', 1e-300)", () => call('cagr', '1', '2', 1e-300));
  add('defect 1: shareOf of huge exponents', () =>
    call('shareOf', '1e9000000000000001', '1e9000000000000002'),
  );
  add('defect 1: tradeBalance of huge exponents', () =>
    call('tradeBalance', { exports: '1e9000000000000001', imports: '-1e9000000000000001' }),
  );
  add('defect 1: coverageRatio of huge exponents', () =>
    call('coverageRatio', '1e9000000000000001', '1e-9000000000000001'),
  );
  add('defect 1: impliedPrevious of a huge rate', () =>
    call('impliedPrevious', '1', '1e9000000000000001'),
  );
  for (const value of HUGE) {
    add(`defect 1: formatMoney(money('${value}'))`, () => {
      const text = call('formatMoney', usd(value)) as string;
      if (/NaN|Infinity/.test(text)) wrong(`formatMoney printed ${text.slice(0, 40)}`);
      return text;
    });
  }

  // Defect 6: one vocabulary, and an error for anything else.
  const request = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' };
  add("defect 6: datasetSeries measure 'exports' is exports, not turnover", () => {
    const exports = call('datasetSeries', vietnamLaos, { ...request, measure: 'exports' }) as {
      points: { value: { amount: { toString(): string } } }[];
    };
    const turnover = call('datasetSeries', vietnamLaos, {
      ...request,
      measure: 'turnover',
    }) as typeof exports;
    const values = (series: typeof exports) =>
      series.points.map((p) => p.value.amount.toString()).join();
    if (exports.points.length > 0 && values(exports) === values(turnover))
      wrong("'exports' gave turnover");
    return exports;
  });
  for (const measure of ['years', 'decade', 'export ', 'Exports', '__proto__', 'constructor']) {
    add(`defect 6: datasetSeries measure '${measure}' is refused`, () => {
      call('datasetSeries', vietnamLaos, { ...request, measure });
      wrong(`measure '${measure}' was accepted`);
    });
  }
  for (const periodKind of ['years', 'decade', 'Year', 'toString']) {
    add(`defect 6: datasetSeries period kind '${periodKind}' is refused`, () => {
      call('datasetSeries', vietnamLaos, { ...request, measure: 'exports', periodKind });
      wrong(`period kind '${periodKind}' was accepted`);
    });
  }
  add("defect 6: datasetSeries with reporter 'vnm' is refused", () => {
    call('datasetSeries', vietnamLaos, { ...request, reporter: 'vnm', measure: 'exports' });
    wrong("'vnm' was accepted");
  });
  add("defect 6: aggregateSeries(s, 'decade') is refused", () => {
    const series = call('datasetSeries', vietnamLaos, { ...request, measure: 'exports' });
    call('aggregateSeries', series, 'decade');
    wrong("'decade' was accepted");
  });
  add("defect 6: formatPeriod('2024') gives text or a typed error", () => {
    const text = call('formatPeriod', '2024');
    if (typeof text !== 'string' || text === '' || text.includes('undefined'))
      wrong(`gave ${String(text)}`);
    return text;
  });

  // Defect 7: ordinary mistakes get a BilateralError, not a TypeError.
  add("defect 7: formatMoney(m, { locale: 'fr' })", () =>
    call('formatMoney', usd('1'), { locale: 'fr' }),
  );
  add('defect 7: yearOnYear on text periods', () =>
    call('yearOnYear', {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      currency: 'USD',
      points: [
        { period: '2023', value: usd('1') },
        { period: '2024', value: usd('2') },
      ],
    }),
  );
  add('defect 7: evaluateTarget given target JSON', () =>
    call('evaluateTarget', core.vietnamLaosDocument.targets?.[0], { points: [] }),
  );
  add('defect 7: serializeDataset given the document', () =>
    call('serializeDataset', core.vietnamLaosDocument),
  );
  add("defect 7: periodStart('2024')", () => call('periodStart', '2024'));
  add("defect 7: nextPeriod('2024-Q3')", () => call('nextPeriod', '2024-Q3'));
  add("defect 7: sum('12')", () => call('sum', '12'));
  add('defect 7: tradeBalance()', () => call('tradeBalance'));
  add('defect 7: money()', () => call('money'));
  add('defect 7: formatMoney(1)', () => call('formatMoney', 1));
  add('defect 7: reconcile(undefined)', () => call('reconcile', undefined));
  add("defect 7: growthRate(null, '1')", () => call('growthRate', null, '1'));

  // Defect 3: lookups keyed by input.
  for (const key of PROTOTYPE_KEYS) {
    add(`defect 3: embeddedDatasets['${key}'] is not an Object member`, () => {
      const found = (core.embeddedDatasets as unknown as Record<string, unknown>)[key];
      if (
        found !== undefined &&
        Object.getPrototypeOf(core.embeddedDatasets) !== null &&
        found === (Object.prototype as Record<string, unknown>)[key]
      ) {
        wrong(`embeddedDatasets['${key}'] is Object.prototype's ${key}`);
      }
      return null;
    });
    for (const lookup of [
      'getEconomy',
      'findEconomy',
      'economyName',
      'economyLabel',
      'getProvince',
      'economyFromComtradeCode',
      'economyFromM49',
      'getEmbeddedDataset',
      'isEconomyCode',
      'isKnownEconomyCode',
      'isCurrencyCode',
      'isLocale',
    ]) {
      add(`defect 3: ${lookup}('${key}')`, () => {
        const found = call(lookup, key);
        if (typeof found === 'function') wrong(`${lookup}('${key}') found a function`);
        if (found === true) wrong(`${lookup}('${key}') is true`);
        return found;
      });
    }
  }

  // Defect 11: the calendar and the codes.
  for (const code of ['XXX', 'EUR', 'vnm', 'ZZZ']) {
    add(`defect 11: parseEconomyCode('${code}') is refused`, () => {
      call('parseEconomyCode', code);
      wrong(`'${code}' was accepted as an economy`);
    });
  }
  for (const period of ['0000', '0000-01', '2024-13', '2024-00']) {
    add(`defect 11: parsePeriod('${period}') is refused`, () => {
      call('parsePeriod', period);
      wrong(`'${period}' was accepted`);
    });
  }
  add("defect 11: periodStart(parsePeriod('0050')) is in year 50", () => {
    const start = call('periodStart', call('parsePeriod', '0050')) as Date;
    if (start.getUTCFullYear() !== 50 && start.getFullYear() !== 50)
      wrong(`year 0050 starts in ${start.toISOString()}`);
    return start;
  });

  // Defect 14: a target evaluated the day it is set.
  add('defect 14: a level target with only its base year observed gives a required rate', () => {
    const target = call('parseTarget', {
      kind: 'level',
      id: 'by-2020',
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      source: 'x',
      setBy: 'x',
      level: { amount: '4000000000', currency: 'USD' },
      byYear: '2020',
      baseYear: '2019',
    });
    const observed = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      currency: 'USD',
      points: [{ period: call('parsePeriod', '2019'), value: usd('1150000000') }],
    };
    const evaluation = call('evaluateTarget', target, observed) as {
      requiredRate: { toLower: { toFixed(digits: number): string } } | null;
    };
    // US$1.15 billion to US$4 billion in one year: 4 ÷ 1.15 − 1 = 247.8 % a year.
    const rate = evaluation.requiredRate?.toLower.toFixed(3);
    if (rate !== '2.478') wrong(`the required rate is ${rate}, not 2.478 (248 % a year)`);
    return evaluation;
  });
  return cases;
}

/** Every arithmetic function with generated amounts (huge exponents among them) and garbage. */
function generated(): HostileCase[] {
  const cases: HostileCase[] = [];
  ARITHMETIC.forEach(([name, arity], index) => {
    const args = fc.array(
      fc.oneof({ weight: 4, arbitrary: amount }, { weight: 1, arbitrary: anyValue }),
      {
        minLength: arity,
        maxLength: arity,
      },
    );
    for (const values of sample(args, 300 + index, 30)) {
      cases.push({
        kind: 'call',
        description: `${name}(${values.map(describeInput).join(', ')})`,
        run: () => call(name, ...values),
      });
    }
  });
  for (const value of [...HOSTILE_SCALARS, ...sample(anyValue, 99, 20)]) {
    cases.push({
      kind: 'call',
      description: `money(${describeInput(value)}, 'USD')`,
      run: () => call('money', value, 'USD'),
    });
    cases.push({
      kind: 'call',
      description: `formatMoney(money('1'), ${describeInput(value)})`,
      run: () => call('formatMoney', call('money', '1', 'USD'), { fractionDigits: value }),
    });
  }
  return cases;
}

export function calculations(): HostileCase[] {
  return [...named(), ...generated()];
}
