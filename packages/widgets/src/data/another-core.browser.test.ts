import { Decimal, serializeDataset, vietnamLaos } from '@bilateral/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDecimalFigures } from '../../../core/src/__fixtures__/decimal-statements.js';
import { type AnyElement, errorEvent, loadEvent, mount, TAGS } from '../__tests__/helpers.js';
import { collapsedText } from '../publish/collapsed-text.js';

/**
 * An app that bundles `@bilateral/core` for itself (here: this test's own core, from source) and
 * draws with the script-tag bundle, which carries a core of its own (the global setup built it
 * from source, as `pnpm build` does): two copies, so the app's Decimals are no `instanceof` of the
 * bundle's. This file loads no element from source; the bundle defines them all.
 */
beforeAll(async () => {
  // As a page loads it (an import() of a path held in a constant is one svg-rows.node.test refuses).
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/__bilateral__/bundle/bilateral-widgets.js';
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
    document.head.append(script);
  });
});

/** The text of `root` and of the shadow roots inside it (the dashboard's panels), in order. */
function deepText(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  const own = root instanceof Element && root.shadowRoot !== null ? deepText(root.shadowRoot) : '';
  return own + Array.from(root.childNodes, deepText).join('');
}

/** What an element shows once it has drawn `data`, or the error it fires instead. */
async function drawn(tag: string, data: unknown) {
  const element = mount<AnyElement>(`<${tag}></${tag}>`);
  const failed = errorEvent(element).then(({ detail }) => ({
    reason: detail.reason,
    code: detail.error.code,
    message: detail.error.message,
  }));
  const loaded = loadEvent(element).then(() => 'loaded' as const);
  element.data = data as AnyElement['data'];
  const first = await Promise.race([failed, loaded]);
  if (first !== 'loaded') return first;
  // The dashboard's panels draw after its own load: wait until the text stops changing.
  let before = '';
  let after = collapsedText(deepText(element));
  while (after !== before) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    before = after;
    after = collapsedText(deepText(element));
  }
  return after;
}

describe.each(TAGS)("<%s> of the script-tag bundle given the app's own core's Dataset", (tag) => {
  it('draws it as it draws its document', async () => {
    // Before: growth, balance and target fired 'compute', INVALID_INPUT ("[DecimalError] Invalid
    // argument"): the bundle's decimal engine did not take the app's Decimals.
    const document = serializeDataset(vietnamLaos);
    const expected = await drawn(tag, document);
    expect(expected).toEqual(expect.stringContaining('Vietnam–Laos'));
    expect(await drawn(tag, vietnamLaos)).toEqual(expected);
  });
});

describe.each(TAGS)(
  "<%s> of the script-tag bundle given statements with the app's Decimals",
  (tag) => {
    it('draws them as it draws its document', async () => {
      // Statements hold decimal text; an app's own Decimals there (its core's datasetSeriesWith
      // reads them) are read through their text, as its flows' are.
      const statements = withDecimalFigures(vietnamLaos.statements, Decimal);
      const expected = await drawn(tag, serializeDataset(vietnamLaos));
      expect(await drawn(tag, { ...vietnamLaos, statements })).toEqual(expected);
    });
  },
);
