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
import { BilateralDashboard, type DashboardView, dashboardTitle } from '../elements/dashboard.js';
import { loadEconomyTable } from '../i18n/economy-names.js';
import { loadMessages } from '../i18n/messages.js';
import { collapsedText } from '../publish/collapsed-text.js';
import {
  checkYears,
  EMBEDDABLE,
  type EmbedFigure,
  type EmbedName,
  embedFigure,
  loadEmbedTables,
  setAttributes,
  type YearRange,
} from './embed-figure.js';

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

/** The figure as its element with a declarative shadow root holding its own styles. */
function figureElement(name: EmbedName, figure: EmbedFigure, theme: EmbedOptions['theme']): string {
  // The element's own CSS (no input in it), as its shadow root's stylesheet.
  const style = figure.styles.join('\n');
  const figureHtml = collectResultSync(render(figure.template))
    // Lit's hydration markers: nothing will hydrate this page.
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');
  const tag = `bilateral-${name}`;
  const themed = theme === 'auto' ? '' : ` theme="${theme}"`;
  return `<${tag}${themed}><template shadowrootmode="open"><style>${style}</style>${figureHtml}</template></${tag}>`;
}

/** A whole page around `body`, titled `title`. */
function pageOf(title: string, body: string, options: EmbedOptions): string {
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${options.theme === 'auto' ? 'light dark' : options.theme}">
<meta name="generator" content="Bilateral (bilateral-embed)">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:8px;font-family:system-ui,sans-serif">
${body}
</body>
</html>
`;
}

/**
 * The page for element `name` (`<bilateral-growth>` …) drawn from `dataset`, or `null` when the
 * element would show its empty state (nothing to show for the pair or range). Its `title` (the
 * page's `<title>`, and what the command prints) is the figure's as plain text: the heading's
 * word joiners and no-break spaces, which hold a span of months together, are plain spaces.
 */
export async function embedPage(
  name: EmbedName,
  dataset: Dataset,
  options: EmbedOptions,
): Promise<{ readonly title: string; readonly html: string } | null> {
  const m = await loadMessages(options.locale);
  await loadEconomyTable(); // the names of the economies (a live page loads them on demand too)
  await loadEmbedTables(); // the data table, shown (a live page loads it when a reader opens it)
  const figure = embedFigure(name, dataset, options.attributes, {
    locale: options.locale,
    m,
    width: options.width,
  });
  if (figure === null) return null;
  const title = collapsedText(figure.title);
  return { title, html: pageOf(title, figureElement(name, figure, options.theme), options) };
}

/** The attributes of the dashboard that its panels take, by panel (as the live one passes them). */
const PANEL_ATTRIBUTES: Record<EmbedName, readonly string[]> = {
  growth: ['from', 'to', 'commodity', 'locale'],
  balance: ['from', 'to', 'commodity', 'locale'],
  target: ['from', 'to', 'target', 'locale'],
  gates: ['from', 'to', 'locale'],
};

/**
 * The dashboard as one page: its title (the `title` attribute, the dataset's own, or "<pair>
 * trade") and subtitle, then the panels the live dashboard shows for the pair — growth, and
 * balance, target and gates when the data has them — each drawn as {@link embedPage} draws it.
 * `null` when the dataset has no pair to show.
 */
export async function embedDashboardPage(
  dataset: Dataset,
  options: EmbedOptions,
): Promise<{ readonly title: string; readonly html: string } | null> {
  const m = await loadMessages(options.locale);
  await loadEconomyTable();
  await loadEmbedTables();
  const board = new BilateralDashboard();
  setAttributes(board, 'bilateral-dashboard', options.attributes);
  const drawing = board as unknown as YearRange & {
    computeView(dataset: Dataset): DashboardView | null;
    titleText(generated: string): string;
    subtitle: string | undefined;
    locale: string | undefined;
  };
  drawing.locale = options.locale;
  checkYears(drawing);
  const view = drawing.computeView(dataset);
  if (view === null) return null;
  const context = { locale: options.locale, m, width: options.width };
  const title = drawing.titleText(dashboardTitle(view, context));
  const shown: Record<EmbedName, boolean> = {
    growth: true,
    balance: view.hasBalance,
    target: view.hasTargets,
    gates: view.hasCrossings,
  };
  const panels: string[] = [];
  for (const name of Object.keys(EMBEDDABLE) as EmbedName[]) {
    if (!shown[name]) continue;
    const attributes: Record<string, string> = {
      reporter: view.reporter,
      partner: view.partner,
      'heading-level': '2',
    };
    for (const key of PANEL_ATTRIBUTES[name]) {
      const value = options.attributes[key];
      if (value !== undefined) attributes[key] = value;
    }
    const figure = embedFigure(name, dataset, attributes, context);
    if (figure !== null) panels.push(figureElement(name, figure, options.theme));
  }
  const subtitle = drawing.subtitle?.trim();
  const body = [
    `<h1 style="font-size:1.4em">${escapeHtml(title)}</h1>`,
    ...(subtitle ? [`<p>${escapeHtml(subtitle)}</p>`] : []),
    ...panels.map((panel) => `<section style="margin:0 0 1.5em">${panel}</section>`),
  ].join('\n');
  const plain = collapsedText(title);
  return { title: plain, html: pageOf(plain, body, options) };
}
