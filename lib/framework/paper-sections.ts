/**
 * Where each section label used in `source.section` begins and ends in the
 * paper (text with layout line breaks removed). Only the sections the paper
 * itself numbers: 三（四） has numbered parts "1." and "2."; 四（四） does not
 * (it uses 一是/二是), so no sub-number is allowed there.
 */
export const PAPER_SECTIONS: Record<string, { start: string; end?: string }> = {
  "三（四）": { start: "（四）治理转型逻辑", end: "四、人工智能赋能新质生产力的实践路径" },
  "三（四）1": { start: "1. 人工智能引发政府决策革命", end: "2. 人工智能推动治理体系全域覆盖" },
  "三（四）2": { start: "2. 人工智能推动治理体系全域覆盖", end: "四、人工智能赋能新质生产力的实践路径" },
  "四（四）": { start: "（四）推进政府智能治理体系变革" },
};

/** The text of one section, or null when the label is unknown or its markers are missing. */
export function paperSection(paper: string, section: string): string | null {
  const marks = Object.hasOwn(PAPER_SECTIONS, section) ? PAPER_SECTIONS[section] : undefined;
  if (!marks) return null;
  const from = paper.indexOf(marks.start);
  if (from < 0) return null;
  const to = marks.end ? paper.indexOf(marks.end, from + marks.start.length) : paper.length;
  return to < 0 ? null : paper.slice(from, to);
}
