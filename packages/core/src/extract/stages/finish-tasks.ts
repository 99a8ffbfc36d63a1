import { extractIndicators } from '../indicators/extract-indicators.js';
import { benchmarkIndicator, goalColumnDue, goalIndicator } from '../indicators/goal-cell.js';
import { isStageMilestone } from '../indicators/stage-milestone.js';
import type { Diagnostic, ExtractedIndicator, ExtractedTask } from '../plan-schema.js';
import { withoutPinyin } from '../pinyin-notes.js';
import { defaultDeadline, lacksDeadline } from '../structure/default-deadline.js';
import type { DraftTask } from '../structure/prose-tasks.js';
import { lookupUnit, type UnitDirectory } from '../units/unit-directory.js';
import { indicatorContext, type PlanContext } from './plan-context.js';
import { applySeparateRowNotes } from './row-notes.js';
import { applyUnlistedLeadRule } from './unlisted-lead-rule.js';

// Group units (各区镇街道, 市爱卫会成员单位) are never in a directory; only named units are worth a note.
const GROUP_UNIT = /^各|成员单位$|(?:有关|相关|直属)(?:部门|单位)$|各部门$|各单位$/;

/**
 * Stage 4b, assemble: drafts become tasks with their units looked up in the directory; a document-level default
 * deadline ("完成时限栏为“—”的…均于…完成") fills the tasks that state none. Stage 5, report: a note for each unit
 * not in the directory, each task without units and each deadline that could not be read.
 */
export function finishTasks(drafts: DraftTask[], ctx: PlanContext, diagnostics: Diagnostic[]): ExtractedTask[] {
  const seen = new Set<string>();
  const tasks = drafts.map((d) => finishTask(d, ctx.dir, seen, diagnostics));
  // A 督查通报 whose only items are its "下步工作要求": requirements for carrying out no other plan are its duties.
  if (tasks.length && tasks.every((t) => t.kind === 'safeguard')) for (const t of tasks) t.kind = 'task';
  const fallback = defaultDeadline(ctx.sourceText, ctx.planYear);
  if (fallback) {
    for (const t of tasks) {
      // The note speaks for the listed duties; how the plan is carried out (保障措施, 工作要求) has no time limit.
      if (t.kind === 'safeguard' || !lacksDeadline(t, fallback.word)) continue;
      t.due = [...fallback.due];
      t.ongoing = fallback.ongoing;
      t.deadlineText = fallback.text;
    }
  }
  applySeparateRowNotes(tasks, ctx.sourceText);
  applyUnlistedLeadRule(tasks, ctx.sourceText);
  for (const t of tasks) {
    if (t.deadlineText && !t.due.length && !t.ongoing) {
      diagnostics.push({
        code: 'ambiguous-deadline',
        severity: 'info',
        message: `无法解析的完成时限: ${t.deadlineText}`,
        source: t.source,
      });
    }
  }
  return tasks;
}

/**
 * The targets stated inside each task's text. A table row's 完成时限 (or a 完成时限: label) is an explicit deadline for
 * the targets in its task; prose deadlines are read per clause.
 */
export function taskIndicators(
  tasks: ExtractedTask[],
  drafts: DraftTask[],
  fromTable: Set<DraftTask>,
  ctx: PlanContext,
): ExtractedIndicator[] {
  const goalDue = goalColumnDue(ctx.sourceText);
  const yearEnd = ctx.annual && ctx.planYear !== null ? `${ctx.planYear}-12-31` : null;
  // "上述任务未注明完成时间的,均于11月底前完成": the note's date is the deadline of the targets of the duties it fills.
  const noted = defaultDeadline(ctx.sourceText, ctx.planYear)?.text ?? null;
  return tasks.flatMap((t, i) => {
    const draft = drafts[i];
    const fromNote = noted !== null && t.deadlineText === noted;
    const stage = isStageMilestone(t.deadlineText);
    const due = draft && (fromTable.has(draft) || draft.dueFromLimit || fromNote) && !stage ? (t.due.at(-1) ?? null) : null;
    const found = extractIndicators(t.text, t.source.start, { ...indicatorContext(ctx, t.source.line), due });
    const goalAt = goalDue ?? due ?? yearEnd;
    const bench = draft?.benchmark;
    const goal = !draft?.goal
      ? null
      : bench
        ? benchmarkIndicator(bench.name, bench.baseline, draft.goal, t.source, goalAt)
        : goalIndicator(t.text, draft.goal, t.source, goalAt);
    // "完成12条街区改造" ⏎ "12条": a goal cell that restates a target the duty states in prose adds nothing.
    const restated = goal && found.some((f) => f.target === goal.target && f.unit === goal.unit);
    return goal && !restated ? [...found, goal] : found;
  });
}

/** A unit name compared as written, width and spaces aside. */
function unitKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

function finishTask(d: DraftTask, dir: UnitDirectory, seen: Set<string>, diagnostics: Diagnostic[]): ExtractedTask {
  const source = { start: d.start, end: Math.max(d.start, d.end), line: d.line };
  const units: ExtractedTask['units'] = [];
  const add = (name: string, role: 'lead' | 'participant') => {
    const hit = lookupUnit(dir, name);
    units.push({ name, canonicalId: hit?.id ?? null, canonicalName: hit?.name ?? null, role });
    if (!hit && !seen.has(name) && !GROUP_UNIT.test(name)) {
      seen.add(name);
      diagnostics.push({ code: 'unit-not-in-directory', severity: 'info', message: `单位不在目录中: ${name}`, source });
    }
  };
  const lead = d.lead.map(withoutPinyin);
  // A unit that leads a duty is never also among its participants: a 责任单位 list that repeats the lead (表中“责任单位”
  // 含牵头单位, "牵头单位:X 责任单位:X、Y") names X once, as the lead.
  const led = new Set(lead.map(unitKey));
  const participants = d.participants.map(withoutPinyin).filter((n) => !led.has(unitKey(n)));
  lead.forEach((n) => add(n, 'lead'));
  participants.forEach((n) => add(n, 'participant'));
  if (!units.length) {
    diagnostics.push({ code: 'item-without-units', severity: 'info', message: `条目未写明责任单位: ${d.text.slice(0, 30)}`, source });
  }
  return {
    kind: d.kind,
    number: d.number,
    path: d.path,
    title: d.title,
    text: d.text,
    lead,
    participants,
    separateLeads: d.separateLeads,
    due: d.due,
    ongoing: d.ongoing,
    units,
    deadlineText: d.deadlineText,
    source,
  };
}
