import type { ExplanationWords } from '../../figures/_explanation-words.js';

/**
 * The reconciliation's explanations in Vietnamese: kim ngạch, xuất khẩu, nhập khẩu, xuất siêu /
 * nhập siêu and khớp / không khớp as the rest of the report writes them.
 */
export const EXPLANATIONS_VI: ExplanationWords = {
  subjects: { exports: 'xuất khẩu', imports: 'nhập khẩu', turnover: 'kim ngạch' },
  subjectsFirst: { exports: 'Xuất khẩu', imports: 'Nhập khẩu', turnover: 'Kim ngạch' },
  flow: {
    exports: (owner, other) => `xuất khẩu của ${owner} sang ${other}`,
    imports: (owner, other) => `nhập khẩu của ${owner} từ ${other}`,
    turnover: (owner, other) => `kim ngạch thương mại của ${owner} với ${other}`,
  },
  world: 'thế giới',
  direction: {
    up: (change) => `tăng ${change}`,
    down: (change) => `giảm ${change}`,
    unchanged: 'không đổi',
  },
  implies: { exports: 'suy ra', imports: 'suy ra', turnover: 'suy ra' },
  placement: {
    inside: 'nằm trong khoảng đó',
    insideIt: 'nằm trong khoảng đó',
    contains: 'chứa khoảng đó',
    overlaps: 'giao với khoảng đó',
  },
  outside: {
    above: (gap) => `nằm ngoài khoảng đó, cao hơn ${gap}`,
    below: (gap) => `nằm ngoài khoảng đó, thấp hơn ${gap}`,
  },
  points: {
    one: (points) => `${points} điểm phần trăm`,
    other: (points) => `${points} điểm phần trăm`,
  },
  consistent: (note) => `: khớp${note}.`,
  inconsistent: (deviation, tolerance, note) =>
    `: không khớp — các số liệu chênh nhau ${deviation}, nhiều hơn mức ${tolerance} mà việc làm tròn có thể giải thích${note}.`,
  loose: {
    nearest: (subject, amount, step) =>
      ` (kiểm tra lỏng: ${subject} ${amount} chỉ được làm tròn đến ${step})`,
    truncated: (subject, amount, step) =>
      ` (kiểm tra lỏng: ${subject} ${amount} được cắt xuống bội số của ${step})`,
  },
  partsSum: (exports, imports, sum, turnover, placement, ending) =>
    `Xuất khẩu ${exports} cộng nhập khẩu ${imports} được ${sum}; kim ngạch công bố ${turnover} ${placement}${ending}`,
  growthLevels: (subject, current, period, prior, earlier, implied, stated, placement, ending) =>
    `${subject} ${current} (${period}) so với ${prior} (${earlier}) cho mức tăng trưởng ${implied}; mức tăng trưởng công bố ${stated} ${placement}${ending}`,
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
    `Kim ngạch ${turnover} ${turnoverChange} ${turnoverRate} suy ra kim ngạch ${earlier} ${previousTurnover}; ` +
    `xuất khẩu ${exports} ${exportsChange} suy ra ${previousExports} và nhập khẩu ${imports} ${importsChange} suy ra ` +
    `${previousImports}, cộng lại ${together}; ${relation}${ending}`,
  previous: {
    overlap: 'hai khoảng giao nhau',
    apart: (gap) => `hai khoảng cách nhau ${gap}`,
  },
  share: (subject, part, whole, total, implied, stated, placement, ending) =>
    `${subject} ${part} trên ${whole} ${total} được ${implied}; tỷ trọng công bố ${stated} ${placement}${ending}`,
  growthFirstYear: (flow, stated, period) =>
    `Không thể đối chiếu mức tăng trưởng ${stated} của ${flow} với giá trị: không có năm nào trước ${period} (các kỳ nằm trong các năm 1–9999).`,
  previousFirstYear: (period) =>
    `Không suy ra được các giá trị kỳ trước: không có năm nào trước ${period} (các kỳ nằm trong các năm 1–9999).`,
  growthNeither: {
    exports: (flow, period, earlier, stated) =>
      `Không có số liệu ${flow} cả ${period} lẫn ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị.`,
    imports: (flow, period, earlier, stated) =>
      `Không có số liệu ${flow} cả ${period} lẫn ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị.`,
    turnover: (flow, period, earlier, stated) =>
      `Không có số liệu ${flow} cả ${period} lẫn ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị.`,
  },
  shareNeither: (flow, whole, period, stated) =>
    `Không có số liệu ${flow} lẫn ${whole} ${period}, nên không thể đối chiếu tỷ trọng ${stated}.`,
  growthUnchecked: {
    exports: (flow, earlier, stated, implied) =>
      `Không có số liệu ${flow} ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị; mức tăng trưởng đó suy ra xuất khẩu ${earlier} ${implied}.`,
    imports: (flow, earlier, stated, implied) =>
      `Không có số liệu ${flow} ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị; mức tăng trưởng đó suy ra nhập khẩu ${earlier} ${implied}.`,
    turnover: (flow, earlier, stated, implied) =>
      `Không có số liệu ${flow} ${earlier}, nên không thể đối chiếu mức tăng trưởng ${stated} với giá trị; mức tăng trưởng đó suy ra kim ngạch ${earlier} ${implied}.`,
  },
  shareUnchecked: {
    exports: (whole, period, stated, subject, part, implied) =>
      `Không có số liệu ${whole} ${period}, nên không thể đối chiếu tỷ trọng ${stated}; với ${subject} ${part}, tỷ trọng đó suy ra ${whole} ${implied}.`,
    imports: (whole, period, stated, subject, part, implied) =>
      `Không có số liệu ${whole} ${period}, nên không thể đối chiếu tỷ trọng ${stated}; với ${subject} ${part}, tỷ trọng đó suy ra ${whole} ${implied}.`,
    turnover: (whole, period, stated, subject, part, implied) =>
      `Không có số liệu ${whole} ${period}, nên không thể đối chiếu tỷ trọng ${stated}; với ${subject} ${part}, tỷ trọng đó suy ra ${whole} ${implied}.`,
  },
  balanceUnchecked: (reporter, partner, period, claim) =>
    `Không có số liệu xuất khẩu và nhập khẩu của ${reporter} với ${partner} ${period}, nên không thể đối chiếu ${claim}.`,
  balanceFrom: {
    flows: (exports, imports) => `Xuất khẩu ${exports} trừ nhập khẩu ${imports}`,
    turnover: (turnover, subject, part) => `Kim ngạch ${turnover} và ${subject} ${part}`,
  },
  balance: (from, balance, reporter) => `${from} cho cán cân của ${reporter} là ${balance}`,
  positions: { surplus: 'xuất siêu', deficit: 'nhập siêu' },
  claim: (quoted) => `nhận định ${quoted}`,
  claimedBalance: (base, says, side, amount, claimed, reporter, placement, ending) =>
    `${base}; mức ${says} công bố của ${side}, ${amount}, là cán cân ${claimed} của ${reporter}, ${placement}${ending}`,
  confirmed: (base, reporterSays, reporter, partnerSays, partner, claim) =>
    `${base}: ${reporter} ${reporterSays}, tức ${partner} ${partnerSays}, dù làm tròn thế nào; ${claim} được xác nhận: khớp.`,
  possible: (base, claim, note) =>
    `${base}, có thể âm hoặc dương ở độ chính xác công bố; ${claim} có thể đúng nhưng chưa được xác nhận: khớp${note}.`,
  contradicted: (base, partnerSays, reporter, claim) =>
    `${base}: ${reporter} ${partnerSays} dù làm tròn thế nào, nên ${claim} bị bác bỏ: không khớp.`,
  aboutWithin: (about, interval) => `khoảng ${about}, trong ${interval}`,
  impliedPrevious: (subject, amount, change, implies, earlier, object, value) =>
    `${subject} ${amount} ${change} ${implies} ${object} ${earlier} ${value}.`,
  impliedWhole: (subject, amount, share, whole, value) =>
    `${subject} ${amount} chiếm ${share} ${whole}, nên tổng đó ${value}.`,
  impliedPart: (turnover, subject, part, missing, value) =>
    `Kim ngạch ${turnover} trừ ${subject} ${part} còn ${missing} ${value}.`,
};
