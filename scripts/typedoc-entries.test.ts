import { describe, expect, it } from 'vitest';
import { breakableTitle, entryNameParts, sidebarScript } from './typedoc-entries.mjs';

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

describe("an entry's name in the sidebar", () => {
  it('is in parts that end after each / and start at each .', () => {
    expect(entryNameParts('@bilateral/core/dataset.schema.json')).toEqual([
      '@bilateral/',
      'core/',
      'dataset',
      '.schema',
      '.json',
    ]);
    expect(entryNameParts('@bilateral/widgets/custom-elements.json')).toEqual([
      '@bilateral/',
      'widgets/',
      'custom-elements',
      '.json',
    ]);
  });

  /** A link's text as TypeDoc's script builds it: a span in the sidebar's container. */
  const span = (text: string) => ({
    textContent: text,
    dataset: {} as Record<string, string>,
    children: [text] as unknown[],
    replaceChildren(...nodes: unknown[]) {
      this.children = nodes;
      this.textContent = nodes.filter((node) => typeof node === 'string').join('');
    },
  });

  it('breaks only between those parts, in the page, each time TypeDoc builds the sidebar', () => {
    const spans = [span('@bilateral/core/dataset.schema.json'), span('growthRate')];
    let rebuilt: (() => void) | undefined;
    const container = {
      querySelectorAll: (selector: string) => {
        expect(selector).toBe('a > span:not([data-parts])');
        return spans.filter((each) => !('parts' in each.dataset));
      },
    };
    const document = {
      getElementById: (id: string) => (id === 'tsd-nav-container' ? container : null),
      createElement: (tag: string) => ({ tag }) as Record<string, string>,
    };
    /** A span's pieces as text: `|` for each <wbr>, each part in the class that keeps it whole. */
    const pieces = (each: ReturnType<typeof span> | undefined) =>
      each?.children
        .map((node) => {
          const { tag, className, textContent } = node as Record<string, string>;
          if (tag === 'wbr') return '|';
          expect([tag, className]).toEqual(['span', 'bilateral-entry-part']);
          return textContent;
        })
        .join('');
    class MutationObserver {
      constructor(callback: () => void) {
        rebuilt = callback;
      }
      observe(target: unknown, options: unknown) {
        expect([target, options]).toEqual([container, { childList: true, subtree: true }]);
      }
    }
    new Function('document', 'MutationObserver', sidebarScript())(document, MutationObserver);
    expect(pieces(spans[0])).toBe('@bilateral/|core/|dataset|.schema|.json');
    expect(spans[1]?.children).toEqual(['growthRate']);
    // The sidebar built again (TypeDoc builds it once navigation.js has loaded): its new names too.
    spans.push(span('@bilateral/widgets/growth'));
    rebuilt?.();
    expect(pieces(spans[2])).toBe('@bilateral/|widgets/|growth');
    expect(pieces(spans[0])).toBe('@bilateral/|core/|dataset|.schema|.json');
  });
});
