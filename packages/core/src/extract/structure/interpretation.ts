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

/** An encyclopedia page's reference list or gallery after the article ("参考资料" ⏎ "1. X .Y[引用日期…]"). */
const REFERENCE_LIST = /^(?:参考资料|參考資料|参考文献|參考文獻|词条图册|詞條圖冊)(?:更多图册|更多圖冊)?$/;

/** True for the heading of a reference list or gallery closing an encyclopedia copy: its numbered entries are no items. */
export function isReferenceListHeading(text: string): boolean {
  return REFERENCE_LIST.test(text.replace(/\s+/g, ''));
}
