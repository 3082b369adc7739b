import type { Messages } from './messages.js';

/**
 * The English words of the error state (`failure-alert.ts`): they load with it, on a page's first
 * failure, and it adds them to the English messages with its first English alert, so a page whose
 * elements draw carries none of them (the other languages' chunks have them).
 */
export const failureWords: Pick<Messages, 'failed' | 'loadFailed' | 'reasons' | 'mixedCurrencies'> =
  {
    failed: 'The figures for this chart could not be shown.',
    loadFailed: 'The data for this chart could not be loaded.',
    reasons: {
      http: 'The data file could not be downloaded.',
      network: 'The connection failed; reloading the page may help.',
      timeout: 'The data file took too long to arrive; reloading the page may help.',
      json: 'The data file is damaged or is not a data file.',
      schema: 'The data file does not hold trade figures in the expected form.',
      'unknown-dataset': 'The chart asks for a dataset that does not exist.',
      compute: 'The chart’s settings do not fit the figures it was given.',
    },
    mixedCurrencies:
      'The figures are in more than one currency, and this chart does not convert them.',
  };
