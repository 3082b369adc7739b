import type { TargetStatus } from './evaluate-target.js';

/**
 * A target's statuses in Vietnamese, each as a name standing alone (capitalised, as the target
 * card shows it): the one source of them for the widgets' Vietnamese messages and the report
 * (`bilateral report --locale vi`, which writes them in lower case after a colon).
 *
 * @example
 * ```ts
 * TARGET_STATUS_WORDS_VI['on-track']; //=> 'Đúng tiến độ'
 * ```
 *
 * @category Targets
 */
export const TARGET_STATUS_WORDS_VI: Readonly<Record<TargetStatus, string>> = {
  ahead: 'Vượt tiến độ',
  'on-track': 'Đúng tiến độ',
  'at-risk': 'Có nguy cơ không đạt',
  behind: 'Chậm tiến độ',
  met: 'Đạt',
  missed: 'Không đạt',
  'awaiting-data': 'Chờ số liệu',
};
