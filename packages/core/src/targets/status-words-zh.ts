import type { TargetStatus } from './evaluate-target.js';

/**
 * A target's statuses in Chinese: the one source of them for the widgets' Chinese messages (the
 * target card) and the report (`bilateral report --locale zh`).
 *
 * @example
 * ```ts
 * TARGET_STATUS_WORDS_ZH['on-track']; //=> '进度正常'
 * ```
 *
 * @category Targets
 */
export const TARGET_STATUS_WORDS_ZH: Readonly<Record<TargetStatus, string>> = {
  ahead: '进度超前',
  'on-track': '进度正常',
  'at-risk': '有未达成风险',
  behind: '进度落后',
  met: '已达成',
  missed: '未达成',
  'awaiting-data': '等待数据',
};
