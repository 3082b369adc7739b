import { describe, expect, it } from 'vitest';
import { breakableTitle } from './typedoc-entries.mjs';

/** A page as TypeDoc ends it, with its title as the plugin finds it. */
const page = (title: string) => ({
  contents: `<div class="tsd-page-title"><h1>${title}</h1></div>`,
});

describe("an entry's page title", () => {
  it('may break after each / of the name and before each .', () => {
    const json = page('Module @bilateral/core/dataset.schema.json');
    breakableTitle(json);
    expect(json.contents).toBe(
      '<div class="tsd-page-title"><h1>Module @bilateral/<wbr>core/<wbr>dataset<wbr>.schema<wbr>.json</h1></div>',
    );
    const growth = page('Module @bilateral/widgets/growth');
    breakableTitle(growth);
    expect(growth.contents).toContain('<h1>Module @bilateral/<wbr>widgets/<wbr>growth</h1>');
  });

  it("leaves a symbol's title, and the package's readme heading after it, as they are", () => {
    const symbol = page('Interface QuantityKeys');
    breakableTitle(symbol);
    expect(symbol.contents).toBe(page('Interface QuantityKeys').contents);
    const root = {
      contents:
        '<h1>Module @bilateral/core</h1><h1 id="bilateralcore" class="tsd-anchor-link">@bilateral/core</h1>',
    };
    breakableTitle(root);
    expect(root.contents).toBe(
      '<h1>Module @bilateral/<wbr>core</h1><h1 id="bilateralcore" class="tsd-anchor-link">@bilateral/core</h1>',
    );
  });
});
