import type { Messages } from './messages.js';

/**
 * The English words only `<bilateral-dashboard>` shows: its module adds them to the English
 * messages (`addEnglish`).
 */
export const dashboardWords: Pick<Messages, 'dashboardTitle'> = {
  dashboardTitle: (pair) => `${pair} trade`,
};
