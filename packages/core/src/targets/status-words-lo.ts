import type { TargetStatus } from './evaluate-target.js';

/**
 * A target's statuses in Lao: the one source of them for the widgets' Lao messages (the target
 * card) and the report (`bilateral report --locale lo`).
 *
 * @example
 * ```ts
 * TARGET_STATUS_WORDS_LO['on-track']; //=> 'ຕາມແຜນ'
 * ```
 *
 * @category Targets
 */
export const TARGET_STATUS_WORDS_LO: Readonly<Record<TargetStatus, string>> = {
  ahead: 'ເກີນແຜນ',
  'on-track': 'ຕາມແຜນ',
  'at-risk': 'ມີຄວາມສ່ຽງບໍ່ບັນລຸ',
  behind: 'ຊ້າກວ່າແຜນ',
  met: 'ບັນລຸ',
  missed: 'ບໍ່ບັນລຸ',
  'awaiting-data': 'ລໍຖ້າຂໍ້ມູນ',
};
