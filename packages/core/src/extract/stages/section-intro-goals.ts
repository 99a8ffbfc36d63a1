import { extractIndicators } from '../indicators/extract-indicators.js';
import { labelDue } from '../indicators/indicator-due.js';
import type { ExtractedIndicator } from '../plan-schema.js';
import type { OutlineNode } from '../structure/outline.js';
import { sentenceParagraphs } from '../structure/plan-preamble.js';
import { underPreamble } from '../structure/prose-tasks.js';
import { indicatorContext, type PlanContext } from './plan-context.js';

/** A goal line in a section's lead-in: "整改目标:…达到70%以上", "目标:…". */
const GOAL_LABEL_RE = /^\s*(?:整改|工作|年度|主要|具体)?目标\s*[::]/;

/**
 * Targets a duty section states in its own lead-in, before its numbered measures ("问题1:…" ⏎ "整改目标:城区生活污水
 * 集中收集率达到70%以上。" ⏎ "整改时限:2026年10月底前" ⏎ "整改措施:" ⏎ "(1)…"). Only lines labelled as goals are read,
 * with the section's deadline label; the rest of the lead-in describes the problem or the work.
 */
export function sectionIntroGoals(nodes: OutlineNode[], ctx: PlanContext): ExtractedIndicator[] {
  const out: ExtractedIndicator[] = [];
  for (const node of nodes) {
    if (!node.children.length || underPreamble(node)) continue;
    const paragraphs = sentenceParagraphs(node.body, true);
    paragraphs.forEach((g, i) => {
      if (!GOAL_LABEL_RE.test(g.text)) return;
      // The 整改时限 / 完成时限 label that follows the goal in the lead-in, as in a duty's own text.
      const due = labelDue(
        paragraphs
          .slice(i)
          .map((p) => p.text)
          .join('\n'),
        ctx.planYear,
      );
      out.push(...extractIndicators(g.text, g.toSource(0), { ...indicatorContext(ctx, g.line), due }));
    });
  }
  return out;
}
