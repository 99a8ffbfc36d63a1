import { carriedDeadline } from './indicator-due.js';

/**
 * A goal paragraph that opens on "到2028年," (or "总体目标:到2028年,") sets the deadline of the goals listed after it
 * under the same heading, one per line ("到2028年," ⏎ "心脑血管疾病死亡率下降至…;" ⏎ "总体癌症5年生存率达到45%;").
 */
// The goal heading may be joined in front ("一、工作目标到2028年,…"); a name before 到 ("素养水平到2025年…") is no lead-in.
const OPENING_DEADLINE_RE =
  /^\s*(?:(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、])?\s*\p{Script=Han}{0,6}(?:目标|要求|指标)\s*[::]?\s*)?(?:力争)?(?:到|至)\s*\d{4}\s*年(?:底|末)?/u;

/**
 * The deadline a goal paragraph sets for the paragraphs after it: its last date when it opens on a "到YYYY年"
 * phrase, else null (a deadline written mid-sentence governs only its own sentence).
 *
 * @example leadInDue('到2028年,心脑血管疾病死亡率下降至209.7/10万以下;', null) // '2028-12-31'
 * @example leadInDue('一、工作目标到2028年,心脑血管疾病死亡率下降至209.7/10万以下;', null) // '2028-12-31'
 * @example leadInDue('居民健康素养水平到2025年达到30%;', null) // null
 */
export function leadInDue(paragraph: string, planYear: number | null): string | null {
  if (!OPENING_DEADLINE_RE.test(paragraph.normalize('NFKC'))) return null;
  return carriedDeadline(paragraph, planYear);
}
