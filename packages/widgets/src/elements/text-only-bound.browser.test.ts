import {
  datasetFromCompact,
  type Statement,
  toCompactDataset,
  vietnamLaos,
  withDisputedRates,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { BOUNDS_RECORDED } from '../../../core/src/dataset/bounds-recorded.js';
import { $, loadEvent, mount, openTable, plainText, shadow } from '../__tests__/helpers.js';
import { loadedValidator } from '../data/load-validator.js';
import '../elements/balance.define.js';
import type { BilateralBalance } from '../elements/balance.js';
import '../elements/growth.define.js';
import type { BilateralGrowth } from '../elements/growth.js';

/**
 * Vietnam–Laos as an app builds it in code: Laos' exports to Vietnam in H1/2023 published "at
 * least US$565 million", a bound its text alone states (no `rounding`, no `bound`), to the
 * million (`precision`) or with no precision.
 */
function textOnlyBound(precision?: string) {
  const statements: Statement[] = vietnamLaos.statements.map((statement) =>
    statement.id === 'lao-vn-2023-h1-exports' && statement.kind === 'level'
      ? {
          ...statement,
          amount: {
            text: 'at least US$565 million',
            value: '565000000',
            currency: 'USD',
            ...(precision === undefined ? {} : { precision }),
          },
        }
      : statement,
  );
  return { ...vietnamLaos, statements };
}

async function drawn<E extends BilateralGrowth | BilateralBalance>(
  markup: string,
  data: unknown,
): Promise<E> {
  const element = mount<E>(markup);
  const loaded = loadEvent(element);
  element.data = data as E['data'];
  await loaded;
  await element.updateComplete;
  return element;
}

const growth = (locale: string) =>
  `<bilateral-growth reporter="LAO" partner="VNM" measure="export" period-kind="half" locale="${locale}" lang="${locale}"></bilateral-growth>`;

describe('a parsed Dataset given as data whose figure only its text states as a bound (h376)', () => {
  it('is drawn as given, without the validator, when the core marked its statements read', async () => {
    // The mark's key is the core's: the compact file's statements give no `rounding` (each its
    // precision: the figure parser is not needed either).
    expect(Symbol.keyFor(BOUNDS_RECORDED)).toBe('bilateral-bounds-recorded');
    const read = datasetFromCompact(toCompactDataset(vietnamLaos));
    const element = await drawn<BilateralGrowth>(growth('en'), read);
    expect(plainText($(element, '[part=summary]'))).toContain('more than US$565 million');
    expect(loadedValidator()).toBeUndefined();
  });

  it('is drawn as given, without the validator, once an app marked its disputed rates (r32f)', async () => {
    // withDisputedRates copies the statements to mark Vietnam–Laos' 2018 rate: the copy keeps the
    // mark, so the element neither loads the validator nor reads the dataset again (the compact
    // file's statements each give their precision: the figure parser is not needed either).
    const read = datasetFromCompact(toCompactDataset(vietnamLaos));
    const marked = withDisputedRates(read);
    expect(marked.statements).not.toBe(read.statements);
    const element = await drawn<BilateralGrowth>(growth('en'), marked);
    expect(plainText($(element, '[part=summary]'))).toContain('more than US$565 million');
    expect(loadedValidator()).toBeUndefined();
  });

  it.each([
    ['en', '1000000', 'Laos’ exports to Vietnam were at least US$565 million in H1/2023.'],
    ['en', undefined, 'Laos’ exports to Vietnam were at least US$565 million in H1/2023.'],
    ['vi', '1000000', 'ít nhất 565 triệu USD'],
    ['lo', '1000000', 'ຢ່າງໜ້ອຍ 565 ລ້ານ USD'],
    ['zh', '1000000', '至少5.65亿美元'],
  ])(
    'says "at least" in %s (precision %s), not the figure rounded',
    async (locale, precision, sentence) => {
      // Drawn as given, it read "Laos’ exports to Vietnam were US$565 million in H1/2023."
      const element = await drawn<BilateralGrowth>(growth(locale), textOnlyBound(precision));
      expect(plainText($(element, '[part=summary]'))).toContain(sentence);
      await openTable(element);
      const first = shadow(element).querySelector('tbody tr') as Element;
      expect(plainText(first)).toContain(sentence.replace(/.* were | in H1.*/g, ''));
      expect(first.querySelector('td')?.dataset.value).toBe('565000000');
    },
  );

  it('says "at least" on the balance card’s exports bar', async () => {
    const element = await drawn<BilateralBalance>(
      '<bilateral-balance reporter="LAO" partner="VNM"></bilateral-balance>',
      textOnlyBound('1000000'),
    );
    const labels = [...shadow(element).querySelectorAll('svg text')].map(plainText);
    expect(labels).toContain('at least US$565 million');
  });
});
