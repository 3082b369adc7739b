/**
 * A chart element as a self-contained HTML page without script (Node): the figure of
 * {@link embedFigure} rendered once with Lit's server renderer into a declarative shadow root
 * (`<template shadowrootmode="open">`), so the element's own stylesheet styles it as on a live
 * page, in light, dark or the reader's scheme. For pages and CMSs that allow no script: link to
 * the file or put it in an `<iframe>`.
 */
import type { Dataset, Locale } from '@bilateral/core/calc';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { loadEconomyTable } from '../i18n/economy-names.js';
import { loadMessages } from '../i18n/messages.js';
import { type EmbedName, embedFigure } from './embed-figure.js';

/** How to draw the page. */
export interface EmbedOptions {
  readonly locale: Locale;
  /** The chart's width in CSS pixels (it shrinks to a narrower frame). */
  readonly width: number;
  readonly theme: 'auto' | 'light' | 'dark';
  /** Attributes of the element (`from`, `to`, `reporter`, `title`, `measure`, …). */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Text for HTML outside the template (Lit escapes what is inside). */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string,
  );
}

/** The page's own style: a margin, and a chart that narrows with its frame. */
const PAGE_STYLE = `.chart svg { max-width: 100%; height: auto; }`;

/**
 * The page for element `name` (`<bilateral-growth>` …) drawn from `dataset`, or `null` when the
 * element would show its empty state (nothing to show for the pair or range).
 */
export async function embedPage(
  name: EmbedName,
  dataset: Dataset,
  options: EmbedOptions,
): Promise<{ readonly title: string; readonly html: string } | null> {
  const m = await loadMessages(options.locale);
  await loadEconomyTable(); // the names of the economies (a live page loads them on demand too)
  const figure = embedFigure(name, dataset, options.attributes, {
    locale: options.locale,
    m,
    width: options.width,
  });
  if (figure === null) return null;
  // The element's own CSS (no input in it), as its shadow root's stylesheet.
  const style = [...figure.styles, PAGE_STYLE].join('\n');
  const figureHtml = collectResultSync(render(figure.template))
    // Lit's hydration markers: nothing will hydrate this page.
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');
  const body = `<template shadowrootmode="open"><style>${style}</style>${figureHtml}</template>`;
  const tag = `bilateral-${name}`;
  const theme = options.theme === 'auto' ? '' : ` theme="${options.theme}"`;
  const page = `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${options.theme === 'auto' ? 'light dark' : options.theme}">
<meta name="generator" content="Bilateral (bilateral-embed)">
<title>${escapeHtml(figure.title)}</title>
</head>
<body style="margin:8px;font-family:system-ui,sans-serif">
<${tag}${theme}>${body}</${tag}>
</body>
</html>
`;
  return { title: figure.title, html: page };
}
