import { isFindingsHeading } from '../structure/headings.js';
import type { OutlineNode } from '../structure/outline.js';

/** The closing section of a progress report that only urges: 工作要求, 督查建议, 下步建议. */
const CLOSING_ADVICE = /^(?:工作要求|有关要求|几点要求|督查建议|工作建议|意见建议|下步建议|下一步建议|下步工作建议|下一步工作建议)$/;

const ownText = (n: OutlineNode) =>
  n.head.text
    .slice(n.marker.length)
    .replace(/\s+/g, '')
    .replace(/[。.::]$/, '');

/**
 * A progress report (督查通报, 落实情况的通报) whose sections all state findings (一、总体情况) but the last, a paragraph
 * of advice under 工作要求 / 督查建议 ("请滞后单位加快进度"): a report, not a plan, so that paragraph is no duty. A
 * report that sets forward work (下一阶段重点工作, numbered 整改要求) keeps it. Returns the advice node to leave out.
 */
export function reportClosingAdvice(roots: OutlineNode[], hasTables: boolean): OutlineNode | null {
  const last = roots.at(-1);
  if (hasTables || !last || roots.length < 2 || last.children.length || !last.body.length) return null;
  if (!CLOSING_ADVICE.test(ownText(last))) return null;
  return roots.slice(0, -1).every((r) => isFindingsHeading(ownText(r))) ? last : null;
}
