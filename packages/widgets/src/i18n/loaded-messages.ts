import type { Locale } from '@bilateral/core';
import type { Messages } from './messages.js';

/**
 * The messages of each language loaded so far (English is there from the start; see
 * `loadMessages`). A module of its own, so that the formatting functions read a language's
 * words for months and days (`Messages.month`, `monthName`, `monthSpan`, `day`) without importing
 * the English messages: in an app's bundle those stay in the entry instead of joining the chunk
 * the entry shares with its lazy chunks.
 */
export const loadedMessages: Partial<Record<Locale, Messages>> = {};
