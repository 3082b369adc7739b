import type { ExplanationWords } from '../../figures/_explanation-words.js';

/**
 * The reconciliation's explanations in Lao, the project's own wording (as the rest of the Lao
 * report): ມູນຄ່າການຄ້າ, ສົ່ງອອກ, ນຳເຂົ້າ, ເກີນດຸນ / ຂາດດຸນ, ສອດຄ່ອງ / ບໍ່ສອດຄ່ອງ.
 */
export const EXPLANATIONS_LO: ExplanationWords = {
  subjects: { exports: 'ສົ່ງອອກ', imports: 'ນຳເຂົ້າ', turnover: 'ມູນຄ່າການຄ້າ' },
  subjectsFirst: { exports: 'ສົ່ງອອກ', imports: 'ນຳເຂົ້າ', turnover: 'ມູນຄ່າການຄ້າ' },
  flow: {
    exports: (owner, other) => `ການສົ່ງອອກຂອງ ${owner} ໄປ ${other}`,
    imports: (owner, other) => `ການນຳເຂົ້າຂອງ ${owner} ຈາກ ${other}`,
    turnover: (owner, other) => `ມູນຄ່າການຄ້າຂອງ ${owner} ກັບ ${other}`,
  },
  world: 'ໂລກ',
  direction: {
    up: (change) => `ເພີ່ມຂຶ້ນ ${change}`,
    down: (change) => `ຫຼຸດລົງ ${change}`,
    unchanged: 'ບໍ່ປ່ຽນແປງ',
  },
  implies: { exports: 'ຄິດໄລ່ໄດ້', imports: 'ຄິດໄລ່ໄດ້', turnover: 'ຄິດໄລ່ໄດ້' },
  placement: {
    inside: 'ຢູ່ພາຍໃນຊ່ວງນັ້ນ',
    insideIt: 'ຢູ່ພາຍໃນຊ່ວງນັ້ນ',
    contains: 'ກວມເອົາຊ່ວງນັ້ນ',
    overlaps: 'ຊ້ອນກັບຊ່ວງນັ້ນ',
  },
  outside: {
    above: (gap) => `ຢູ່ນອກຊ່ວງນັ້ນ, ສູງກວ່າ ${gap}`,
    below: (gap) => `ຢູ່ນອກຊ່ວງນັ້ນ, ຕ່ຳກວ່າ ${gap}`,
  },
  points: { one: (points) => `${points} ຈຸດສ່ວນຮ້ອຍ`, other: (points) => `${points} ຈຸດສ່ວນຮ້ອຍ` },
  consistent: (note) => `: ສອດຄ່ອງ${note}.`,
  inconsistent: (deviation, tolerance, note) =>
    `: ບໍ່ສອດຄ່ອງ — ຕົວເລກຕ່າງກັນ ${deviation}, ຫຼາຍກວ່າ ${tolerance} ທີ່ການປັດເສດອະທິບາຍໄດ້${note}.`,
  loose: {
    nearest: (subject, amount, step) =>
      ` (ການກວດແບບຫຍາບ: ${subject} ${amount} ປັດເສດເຖິງ ${step} ເທົ່ານັ້ນ)`,
    truncated: (subject, amount, step) =>
      ` (ການກວດແບບຫຍາບ: ${subject} ${amount} ຕັດລົງເປັນຜົນຄູນຂອງ ${step})`,
  },
  partsSum: (exports, imports, sum, turnover, placement, ending) =>
    `ສົ່ງອອກ ${exports} ບວກ ນຳເຂົ້າ ${imports} ໄດ້ ${sum}; ມູນຄ່າການຄ້າທີ່ປະກາດ ${turnover} ${placement}${ending}`,
  growthLevels: (subject, current, period, prior, earlier, implied, stated, placement, ending) =>
    `${subject} ${current} (${period}) ທຽບກັບ ${prior} (${earlier}) ໃຫ້ການເຕີບໂຕ ${implied}; ອັດຕາທີ່ປະກາດ ${stated} ${placement}${ending}`,
  growthComponents: (
    turnover,
    turnoverChange,
    turnoverRate,
    earlier,
    previousTurnover,
    exports,
    exportsChange,
    previousExports,
    imports,
    importsChange,
    previousImports,
    together,
    relation,
    ending,
  ) =>
    `ມູນຄ່າການຄ້າ ${turnover} ${turnoverChange} ${turnoverRate} ຄິດໄລ່ໄດ້ມູນຄ່າການຄ້າ ${earlier} ${previousTurnover}; ` +
    `ສົ່ງອອກ ${exports} ${exportsChange} ຄິດໄລ່ໄດ້ ${previousExports} ແລະ ນຳເຂົ້າ ${imports} ${importsChange} ຄິດໄລ່ໄດ້ ` +
    `${previousImports}, ລວມ ${together}; ${relation}${ending}`,
  previous: { overlap: 'ສອງຊ່ວງຊ້ອນກັນ', apart: (gap) => `ສອງຊ່ວງຫ່າງກັນ ${gap}` },
  share: (subject, part, whole, total, implied, stated, placement, ending) =>
    `${subject} ${part} ຕໍ່ ${whole} ${total} ໄດ້ ${implied}; ສ່ວນແບ່ງທີ່ປະກາດ ${stated} ${placement}${ending}`,
  growthFirstYear: (flow, stated, period) =>
    `ກວດສອບການເຕີບໂຕ ${stated} ຂອງ${flow} ທຽບກັບມູນຄ່າບໍ່ໄດ້: ບໍ່ມີປີໃດກ່ອນ ${period} (ໄລຍະເວລາຢູ່ໃນປີ 1–9999).`,
  previousFirstYear: (period) => `ຄິດໄລ່ມູນຄ່າໄລຍະກ່ອນບໍ່ໄດ້: ບໍ່ມີປີໃດກ່ອນ ${period} (ໄລຍະເວລາຢູ່ໃນປີ 1–9999).`,
  growthNeither: {
    exports: (flow, period, earlier, stated) =>
      `ບໍ່ມີຕົວເລກ${flow} ທັງ ${period} ແລະ ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້.`,
    imports: (flow, period, earlier, stated) =>
      `ບໍ່ມີຕົວເລກ${flow} ທັງ ${period} ແລະ ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້.`,
    turnover: (flow, period, earlier, stated) =>
      `ບໍ່ມີຕົວເລກ${flow} ທັງ ${period} ແລະ ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້.`,
  },
  shareNeither: (flow, whole, period, stated) =>
    `ບໍ່ມີຕົວເລກ${flow} ແລະ ${whole} ${period}, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ ${stated} ບໍ່ໄດ້.`,
  growthUnchecked: {
    exports: (flow, earlier, stated, implied) =>
      `ບໍ່ມີຕົວເລກ${flow} ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້; ການເຕີບໂຕນັ້ນຄິດໄລ່ໄດ້ ສົ່ງອອກ ${earlier} ${implied}.`,
    imports: (flow, earlier, stated, implied) =>
      `ບໍ່ມີຕົວເລກ${flow} ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້; ການເຕີບໂຕນັ້ນຄິດໄລ່ໄດ້ ນຳເຂົ້າ ${earlier} ${implied}.`,
    turnover: (flow, earlier, stated, implied) =>
      `ບໍ່ມີຕົວເລກ${flow} ${earlier}, ສະນັ້ນ ກວດສອບການເຕີບໂຕ ${stated} ທຽບກັບມູນຄ່າບໍ່ໄດ້; ການເຕີບໂຕນັ້ນຄິດໄລ່ໄດ້ ມູນຄ່າການຄ້າ ${earlier} ${implied}.`,
  },
  shareUnchecked: {
    exports: (whole, period, stated, subject, part, implied) =>
      `ບໍ່ມີຕົວເລກ${whole} ${period}, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ ${stated} ບໍ່ໄດ້; ດ້ວຍ ${subject} ${part}, ສ່ວນແບ່ງນັ້ນຄິດໄລ່ໄດ້ ${whole} ${implied}.`,
    imports: (whole, period, stated, subject, part, implied) =>
      `ບໍ່ມີຕົວເລກ${whole} ${period}, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ ${stated} ບໍ່ໄດ້; ດ້ວຍ ${subject} ${part}, ສ່ວນແບ່ງນັ້ນຄິດໄລ່ໄດ້ ${whole} ${implied}.`,
    turnover: (whole, period, stated, subject, part, implied) =>
      `ບໍ່ມີຕົວເລກ${whole} ${period}, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ ${stated} ບໍ່ໄດ້; ດ້ວຍ ${subject} ${part}, ສ່ວນແບ່ງນັ້ນຄິດໄລ່ໄດ້ ${whole} ${implied}.`,
  },
  balanceUnchecked: (reporter, partner, period, claim) =>
    `ບໍ່ມີຕົວເລກສົ່ງອອກ ແລະ ນຳເຂົ້າຂອງ ${reporter} ກັບ ${partner} ${period}, ສະນັ້ນ ກວດສອບ ${claim} ບໍ່ໄດ້.`,
  balanceFrom: {
    flows: (exports, imports) => `ສົ່ງອອກ ${exports} ລົບ ນຳເຂົ້າ ${imports}`,
    turnover: (turnover, subject, part) => `ມູນຄ່າການຄ້າ ${turnover} ແລະ ${subject} ${part}`,
  },
  balance: (from, balance, reporter) => `${from} ໃຫ້ດຸນການຄ້າຂອງ ${reporter} ${balance}`,
  positions: { surplus: 'ເກີນດຸນ', deficit: 'ຂາດດຸນ' },
  claim: (quoted) => `ຄຳຖະແຫຼງ ${quoted}`,
  claimedBalance: (base, says, side, amount, claimed, reporter, placement, ending) =>
    `${base}; ການ${says}ຂອງ ${side} ທີ່ປະກາດ, ${amount}, ເທົ່າກັບດຸນການຄ້າ ${claimed} ຂອງ ${reporter}, ${placement}${ending}`,
  confirmed: (base, reporterSays, reporter, partnerSays, partner, claim) =>
    `${base}: ${reporter} ${reporterSays}, ຄື ${partner} ${partnerSays}, ບໍ່ວ່າຈະປັດເສດແນວໃດ; ${claim} ໄດ້ຮັບການຢືນຢັນ: ສອດຄ່ອງ.`,
  possible: (base, claim, note) =>
    `${base}, ເຊິ່ງອາດເປັນບວກ ຫຼື ລົບ ຕາມຄວາມລະອຽດທີ່ປະກາດ; ${claim} ເປັນໄປໄດ້ ແຕ່ບໍ່ໄດ້ຮັບການຢືນຢັນ: ສອດຄ່ອງ${note}.`,
  contradicted: (base, partnerSays, reporter, claim) =>
    `${base}: ${reporter} ${partnerSays} ບໍ່ວ່າຈະປັດເສດແນວໃດ, ດັ່ງນັ້ນ ${claim} ບໍ່ຖືກຕ້ອງ: ບໍ່ສອດຄ່ອງ.`,
  aboutWithin: (about, interval) => `ປະມານ ${about}, ໃນຊ່ວງ ${interval}`,
  impliedPrevious: (subject, amount, change, implies, earlier, object, value) =>
    `${subject} ${amount} ${change} ${implies} ${object} ${earlier} ${value}.`,
  impliedWhole: (subject, amount, share, whole, value) =>
    `${subject} ${amount} ເປັນ ${share} ຂອງ ${whole}, ຄິດໄລ່ໄດ້ຍອດລວມ ${value}.`,
  impliedPart: (turnover, subject, part, missing, value) =>
    `ມູນຄ່າການຄ້າ ${turnover} ລົບ ${subject} ${part} ເຫຼືອ ${missing} ${value}.`,
};
