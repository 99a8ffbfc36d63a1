/**
 * The heading of a policy interpretation published after the plan on the same page ("《X方案》政策解读",
 * "关于《X》的解读"): what follows explains the plan (出台背景, 主要内容 …) and holds no duties of it.
 */
const INTERPRETATION = [
  /^(?:关于)?[《〈][^》〉]{2,60}[》〉]的?(?:政策)?解读(?:材料)?$/,
  /^(?:关于)?[^|｜。;；,，《》]{2,60}?(?:方案|意见|计划|通知|办法|细则|规定|要点|清单|报告|规划|措施|分工|分解)的?(?:政策)?解读(?:材料)?$/,
];

/** True for the heading line of a policy interpretation of the plan. */
export function isInterpretationTitle(text: string): boolean {
  if (!text.includes('解') || !text.includes('读')) return false;
  const t = text.replace(/\s+/g, '');
  return t.length <= 80 && INTERPRETATION.some((re) => re.test(t));
}
