/**
 * The error state's alert, loaded on demand (`import()`) with a page's first failure to load or
 * to compute, with its English words (`failure-words.ts`), which it adds to the English messages
 * with the first alert it draws in English: a page whose elements draw never downloads it (nor
 * move into another document: it carries `moved-document.ts` too). It imports nothing at run
 * time but its words, its styles and that module, which imports nothing (not `addEnglish`, nor
 * Lit: its caller gives it Lit's `html`), so that an app's bundler, which gives each set of
 * modules that the first load shares with an on-demand chunk a chunk of its own, puts Lit with the
 * charts (the chunks of the growth chart's band and table reach both) rather than in a first file
 * of its own.
 */
import type { BilateralError } from '@bilateral/core/calc';
import type { html as litHtml, TemplateResult } from 'lit';
import { failureSentence, failureWords } from '../i18n/failure-words.js';
import type { LoadFailure, Messages } from '../i18n/messages.js';

// Its styles come with it, as CSS text (a sheet of them adopted by `BilateralBase` with a root's
// first alert).
export { alertCss } from '../styles/alert.js';
// And what an element moved into another document needs (`BilateralBase.adoptedCallback`), the
// other rare need: a chunk of its own cost every page more (see `moved-document.ts`).
export { adopted } from './moved-document.js';

/**
 * The alert of a failure: a title and a plain sentence for readers; the details (paths, parser
 * messages) are for the page's developer, in the `bilateral-error` event.
 *
 * @param failure - what failed and the error
 * @param m - the messages of the element's language (English's get the failure words here)
 * @param html - Lit's `html`
 * @returns the alert
 * @example
 * ```ts
 * import { html } from 'lit';
 *
 * failureAlert({ reason: 'http', error }, m, html);
 * //=> <div part="error" class="state" role="alert"><strong>The data for this chart could not be loaded.</strong>…
 * ```
 */
export function failureAlert(
  failure: { readonly reason: LoadFailure; readonly error: BilateralError },
  m: Messages,
  html: typeof litHtml,
): TemplateResult {
  // The English messages, which have the failure words from the first English alert on.
  if (!m.reasons) Object.assign(m, failureWords);
  return html`<div part="error" class="state" role="alert">
    <strong>${failure.reason === 'compute' ? m.failed : m.loadFailed}</strong>
    <span>${failureSentence(failure, m)}</span>
  </div>`;
}
