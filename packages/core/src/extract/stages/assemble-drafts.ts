import { extractIndicators } from '../indicators/extract-indicators.js';
import { carriedDeadline } from '../indicators/indicator-due.js';
import { leadInDue } from '../indicators/lead-in-due.js';
import { extractIndicatorTable } from '../indicators/indicator-table.js';
import type { Diagnostic, ExtractedIndicator } from '../plan-schema.js';
import { leaves, type OutlineNode } from '../structure/outline.js';
import { preambleGoalParagraphs, sentenceParagraphs } from '../structure/plan-preamble.js';
import { proseTasks, underFindings, underPreamble, type DraftTask } from '../structure/prose-tasks.js';
import { paragraphTasks } from '../structure/paragraph-tasks.js';
import { headingBodyListTasks } from '../structure/heading-body-lists.js';
import { pointsToTaskTable } from '../structure/pointer-heading.js';
import { isDeadlineNote } from '../structure/default-deadline.js';
import { parseRealTable } from '../structure/real-table.js';
import { tableTasks } from '../structure/table-tasks.js';
import { applyOrderRule } from '../structure/order-rule-columns.js';
import { applySeparatorRule } from '../structure/separator-rule.js';
import { indicatorContext, type PlanContext } from './plan-context.js';
import { sectionIntroGoals } from './section-intro-goals.js';
import { reportClosingAdvice } from './report-closing.js';
import { applyStageDeadlines } from './stage-deadlines.js';
import type { Segmented } from './segment.js';

/** Draft tasks in document order, the indicators found outside task texts, and what could not be read. */
export interface Drafts {
  drafts: DraftTask[];
  /** Drafts read from a table row: their 完成时限 cell is an explicit deadline for the targets in the row. */
  fromTable: Set<DraftTask>;
  indicators: ExtractedIndicator[];
  diagnostics: Diagnostic[];
}

/**
 * Stage 4a, assemble: tasks from the item tree's duty leaves and from task tables, goals from the preamble (总体目标,
 * 主要指标) and from indicator tables. A document with no numbering at all falls back to its attributed paragraphs.
 */
export function assembleDrafts(seg: Segmented, ctx: PlanContext): Drafts {
  const drafts: DraftTask[] = [];
  const indicators: ExtractedIndicator[] = [];
  const diagnostics: Diagnostic[] = [];
  const fromTable = new Set<DraftTask>();
  const { dir, planYear } = ctx;
  const last = lastLineOf(seg);
  const advice = reportClosingAdvice(
    seg.roots,
    seg.stream.some((p) => p.kind !== 'line'),
  );
  for (const node of leaves(seg.roots)) {
    if (underPreamble(node)) {
      if (underFindings(node)) continue;
      // Whole sentences: a goal wrapped over lines ("…普及率" ⏎ "达到92%。") is read once, joined.
      // A goal listed under "到2025年底,以下指标…:" takes that deadline.
      let due = inheritedDue(node, planYear);
      for (const g of sentenceParagraphs([node.head, ...node.body], true)) {
        indicators.push(...extractIndicators(g.text, g.toSource(0), { ...indicatorContext(ctx, g.line), due }));
        // "到2028年," ⏎ one goal per line: the lead-in's year reaches the lines after it.
        due = leadInDue(g.text, planYear) ?? due;
      }
      continue;
    }
    if (node.tableFollows || !isDuty(node) || isCutStub(node, last) || node === advice) continue;
    drafts.push(...proseTasks(node, dir, planYear));
  }
  // Goal paragraphs under a preamble heading with children (总体目标 › 1. …) were handled above; its own body too.
  for (const node of allNodes(seg.roots)) {
    if (node.children.length && underPreamble(node) && !underFindings(node)) {
      for (const g of sentenceParagraphs(node.body, true))
        indicators.push(...extractIndicators(g.text, g.toSource(0), indicatorContext(ctx, g.line)));
    }
  }
  for (const node of allNodes(seg.roots)) {
    if (node.children.length && !underPreamble(node)) drafts.push(...headingBodyListTasks(node, dir, planYear));
  }
  indicators.push(...sectionIntroGoals(allNodes(seg.roots), ctx));
  const tables = [
    ...seg.outline.flats.map((t) => ({ parsed: t.table, owner: t.owner })),
    ...seg.outline.tables.map((t) => ({ parsed: parseRealTable(t.table, dir), owner: t.owner })),
  ].map((t) => ({ ...t, parsed: applySeparatorRule(applyOrderRule(t.parsed, ctx.sourceText), ctx.sourceText) }));
  for (const { parsed, owner } of tables) {
    for (const u of parsed.unparsed) {
      const source = { start: u.start, end: u.end, line: u.line };
      diagnostics.push({ code: 'unparsed-table-row', severity: 'warning', message: `无法识别的表格行: ${u.text.slice(0, 60)}`, source });
    }
    if (parsed.kind === 'indicator') {
      const rows = parsed.indicatorRows.map((r) => ({ cells: r.cells, start: r.start, end: r.end, line: r.line }));
      indicators.push(...extractIndicatorTable({ header: parsed.header, rows }, indicatorContext(ctx, parsed.line)));
      continue;
    }
    const rowDrafts = tableTasks(parsed, owner, dir, planYear);
    rowDrafts.forEach((d) => fromTable.add(d));
    drafts.push(...rowDrafts);
  }
  // Goals stated in an unnumbered paragraph before the first numbered item ("主要目标是:…达到79.2岁"), in document order.
  if (drafts.length) {
    const goals = preambleGoalParagraphs(seg.stream, seg.outline.roots, seg.roots[0]);
    indicators.unshift(...goals.flatMap((g) => extractIndicators(g.text, g.toSource(0), indicatorContext(ctx, g.line))));
  }
  // No numbering at all (a docx whose list numbers were lost): each paragraph closing on an attribution is a duty.
  if (!drafts.length) drafts.push(...paragraphTasks(seg.stream, dir, planYear));
  drafts.sort((a, b) => a.start - b.start);
  applyStageDeadlines(drafts);
  // A note setting the deadline of the duties that name none, read as a row or an item, is no duty itself.
  const duties = drafts.filter(
    (d, i) => (d.lead.length || d.participants.length || !isDeadlineNote(d.text)) && !isGroupRow(d, drafts[i + 1]),
  );
  return { drafts: duties, fromTable, indicators, diagnostics };
}

/**
 * "1 | 政策完善" above "1.1 | 将…纳入…": a numbered row that only names the group of the rows numbered under it (no
 * unit, no time limit, a short label) heads them; it is no duty.
 */
function isGroupRow(d: DraftTask, next: DraftTask | undefined): boolean {
  if (!d.number || !next?.number || d.lead.length || d.participants.length || d.due.length || d.ongoing) return false;
  if (!next.number.startsWith(`${d.number}.`)) return false;
  return /^\p{Script=Han}{2,12}$/u.test(d.text.replace(/\s+/g, ''));
}

const DEFINITION =
  /^本(?:办法|方案|规定|细则|意见|计划|条例|规则|标准|要点)(?:中)?(?:所称|所指|所说)的?[^。]{1,40}?(?:是指|系指|指的是|,指|包括)/;

const FINDING = /^\s*(?:反馈)?问题[一二三四五六七八九十\d]{1,3}[::]/;
const POINTER = /^\s*(?:详见|具体见|见)附件\d*[。.]?\s*$/;

/** The deadline an ancestor's heading or lead-in sets for the goals beneath it ("到2025年底,以下指标…:"). */
function inheritedDue(node: OutlineNode, planYear: number | null): string | null {
  for (let a = node.parent; a; a = a.parent) {
    const due = carriedDeadline([a.head, ...a.body].map((l) => l.text).join('\n'), planYear);
    if (due) return due;
  }
  return null;
}

/** A leaf prescribes work unless it is a bare heading (no body, no sentence) in front of nothing. */
function isDuty(node: OutlineNode): boolean {
  const rest = node.head.text.slice(node.marker.length).trim();
  // "第六条 本办法所称运动处方,是指……" defines a term and prescribes no work.
  const whole = [rest, ...node.body.map((l) => l.text)].join('');
  if (DEFINITION.test(rest) && !/[((【[]/.test(whole)) return false;
  // "(三)……(未完,见附件)": an excerpt cut off at the item's number holds no words of a duty.
  if (/^[….。·\s]*$/.test(whole.replace(/[((【[][^()()【】[\]]*[))】\]]/g, ''))) return false;
  // "一、进展情况" ⏎ "详见附件。": the heading points to an attachment; the work is listed there.
  if (node.body.length && POINTER.test(node.body.map((l) => l.text).join(''))) return false;
  // "二、重点任务" ⏎ "重点任务及责任分工见下表。": the rows of that table are the duties.
  if (pointsToTaskTable(node)) return false;
  // "二、反馈问题整改台账" ⏎ "问题一:…": a finding that heads a record (its measures were read as the record), no duty.
  if (node.body.length && node.body.every((l) => FINDING.test(l.text))) return false;
  if (node.body.length) return true;
  return rest.length >= 4;
}

/** The number of the text's last line, or -1 when a table ends it. */
function lastLineOf(seg: Segmented): number {
  const piece = seg.stream.at(-1);
  return piece?.kind === 'line' ? piece.line.line : -1;
}

/**
 * "(十二)组织开展“健" as the text's very last line: an excerpt cut a few characters into the item, no sentence of a
 * duty yet. A whole short heading item ends before the text does, or stands under its own words.
 */
function isCutStub(node: OutlineNode, lastLine: number): boolean {
  if (node.body.length || node.head.line !== lastLine) return false;
  const rest = node.head.text.slice(node.marker.length).trim();
  return rest.length <= 8 && !/[。;;,,!!??))】]/.test(rest);
}

function allNodes(roots: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
