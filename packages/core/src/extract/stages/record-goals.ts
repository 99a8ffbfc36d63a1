import { parseDeadlineCell } from '../dates/index.js';
import { extractIndicators } from '../indicators/extract-indicators.js';
import type { ExtractedIndicator } from '../plan-schema.js';
import { findLabelledLines, isLabelLine } from '../structure/attribution.js';
import type { OutlineNode } from '../structure/outline.js';
import { sentenceParagraphs } from '../structure/plan-preamble.js';
import { indicatorContext, type PlanContext } from './plan-context.js';

/**
 * Targets a record head states above its items ("问题1:…" ⏎ "整改目标:收集率达到70%以上" ⏎ "整改时限:2026年10月底前"
 * ⏎ … ⏎ "(1)…"): its goal fields are no duty of their own, and they fall due by the record's time limit.
 */
export function recordGoals(node: OutlineNode, ctx: PlanContext): ExtractedIndicator[] {
  if (node.marker.style !== 'record' || !node.children.length) return [];
  const fields = node.body.filter((l) => !isLabelLine(l.text));
  if (!fields.length) return [];
  const limit = findLabelledLines(node.body.map((l) => l.text).join('\n'), ctx.dir)?.deadlineText ?? null;
  const due = limit ? (parseDeadlineCell(limit, ctx.planYear).due.at(-1) ?? null) : null;
  return sentenceParagraphs(fields, true).flatMap((g) =>
    extractIndicators(g.text, g.toSource(0), { ...indicatorContext(ctx, g.line), due }),
  );
}
