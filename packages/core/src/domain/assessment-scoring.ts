// Scores the units of one assessment period (考核) from a rubric and the facts as of the period's cut-off.
// Every point is a line naming its rule and the task, report, notice, indicator or bonus it came from, so a
// unit's total is always base + the sum of its lines. Pure: the facts carry the dates; nothing reads the clock.
import type { AssessmentRule, AssessmentRuleKind, Rubric } from '../api/assessment-rubric.js';
import { indicatorAchievement, type IndicatorComparator } from './indicator-achievement.js';
import type { IsoDate } from './iso-date.js';
import { classifyReport } from './reporting-periods.js';
import type { TaskStatus } from './task-status.js';

/** A task as the period sees it; `status` is deriveTaskState's answer on the cut-off day. */
export interface AssessedTask {
  id: string;
  /** How the breakdown cites it, e.g. "二.3 建立健康影响评估制度". */
  label: string;
  due: IsoDate | null;
  status: TaskStatus;
  /** The day the office accepted completion (办结), or null. */
  completedOn: IsoDate | null;
  units: readonly { unitId: string; role: string }[];
}

/** One owed progress report of a reporting period due inside the assessment period. */
export interface AssessedReportSlot {
  taskId: string;
  unitId: string;
  /** e.g. "二.3 / 2026年第2季度". */
  label: string;
  start: IsoDate;
  due: IsoDate;
  windowEnd: IsoDate;
  reportId: string | null;
  /** First submission day, or null. */
  submittedOn: IsoDate | null;
  /** The stored verdict of the submission (decided on the server's calendar when it arrived); null = nothing submitted. */
  onTime: boolean | null;
}

/** One return (退回) of a unit's report by the office; it counts in the period its report was due in. */
export interface AssessedReturn {
  reportId: string;
  taskId: string;
  unitId: string;
  label: string;
  /** The due day of the report's reporting period. */
  due: IsoDate;
  on: IsoDate;
}

/** An indicator with the unit that answers for it and its latest value up to the cut-off. */
export interface AssessedIndicator {
  id: string;
  name: string;
  ownerUnitId: string | null;
  comparator: IndicatorComparator;
  baseline: number | null;
  target: number;
  unit: string | null;
  value: number | null;
}

/** A 督办单 and the day its unit first answered it. */
export interface AssessedNotice {
  id: string;
  number: string;
  unitId: string;
  due: IsoDate;
  answeredOn: IsoDate | null;
}

/** A bonus (加分) the office entered, with its reason. */
export interface AssessedBonus {
  id: string;
  unitId: string;
  points: number;
  reason: string;
}

/** A 一票否决 the office recorded against a unit. */
export interface AssessedVeto {
  id: string;
  unitId: string;
  itemId: string;
  reason: string;
}

/** Everything one period's scores depend on. */
export interface AssessmentFacts {
  start: IsoDate;
  /** The cut-off day (截止日期). */
  end: IsoDate;
  /** The units scored, in display order. */
  units: readonly { unitId: string; name: string }[];
  tasks: readonly AssessedTask[];
  reportSlots: readonly AssessedReportSlot[];
  returns: readonly AssessedReturn[];
  indicators: readonly AssessedIndicator[];
  notices: readonly AssessedNotice[];
  bonuses: readonly AssessedBonus[];
  vetoes: readonly AssessedVeto[];
}

/** What a line was earned or lost for. */
export interface ScoreRefs {
  taskId?: string;
  reportId?: string;
  noticeId?: string;
  indicatorId?: string;
  bonusId?: string;
}

/** One explained change of a unit's score. */
export interface ScoreLine {
  /** The rubric rule's id; 'bonus' for office bonuses; `<rule>:cap` for a cap trimming a rule's total. */
  ruleId: string;
  kind: AssessmentRuleKind | 'bonus' | 'cap';
  label: string;
  points: number;
  refs: ScoreRefs;
  /** What happened, in Chinese (which task, which report, the dates). */
  detail: string;
}

/** A unit's computed score. */
export interface UnitScore {
  unitId: string;
  unitName: string;
  base: number;
  /** base + the sum of the lines, two decimals. */
  total: number;
  lines: ScoreLine[];
  vetoed: boolean;
  vetoes: { itemId: string; label: string; reason: string }[];
  /** Why something scored nothing (no tasks, a value never reported…). */
  notes: string[];
}

const ROLE_LABELS: Record<string, string> = { lead: '牵头', participant: '配合' };

/** Two decimals, without -0. */
export function roundPoints(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

function shareOf(rubric: Rubric, role: string): number {
  return role === 'lead' ? rubric.shares.lead : rubric.shares.participant;
}

function inPeriod(day: IsoDate, facts: AssessmentFacts): boolean {
  return day >= facts.start && day <= facts.end;
}

/** A task's point line per rule kind, or null when the rule does not apply to it. */
function taskLine(rule: AssessmentRule, task: AssessedTask, role: string, share: number, facts: AssessmentFacts): ScoreLine | null {
  if (task.due === null || task.status === 'suspended' || task.due > facts.end) return null;
  const onTime = task.status === 'completed' && task.completedOn !== null && task.completedOn <= task.due && task.completedOn <= facts.end;
  const roleText = `${ROLE_LABELS[role] ?? role}×${share}`;
  if (rule.kind === 'task_on_time') {
    if (!onTime || task.due < facts.start) return null;
    return {
      ruleId: rule.id,
      kind: rule.kind,
      label: rule.label,
      points: roundPoints(rule.points * share),
      refs: { taskId: task.id },
      detail: `${task.label}（${roleText}）期限 ${task.due}，${task.completedOn} 办结`,
    };
  }
  if (rule.kind === 'task_overdue') {
    if (onTime) return null;
    const doneBy = task.status === 'completed' && task.completedOn !== null && task.completedOn <= facts.end ? task.completedOn : null;
    // A task due before this period that was finished (late) earlier was counted then; one still open is counted again.
    if (task.due < facts.start && doneBy !== null) return null;
    if (task.due === facts.end && doneBy === null) return null; // due on the cut-off day: not late yet
    const what = doneBy ? `${doneBy} 才办结` : `截至 ${facts.end} 未办结`;
    return {
      ruleId: rule.id,
      kind: rule.kind,
      label: rule.label,
      points: -roundPoints(rule.points * share),
      refs: { taskId: task.id },
      detail: `${task.label}（${roleText}）期限 ${task.due}，${what}`,
    };
  }
  return null;
}

function linesForRule(rule: AssessmentRule, rubric: Rubric, facts: AssessmentFacts, unitId: string): ScoreLine[] {
  const out: ScoreLine[] = [];
  const line = (points: number, refs: ScoreRefs, detail: string): ScoreLine => ({
    ruleId: rule.id,
    kind: rule.kind,
    label: rule.label,
    points: roundPoints(points),
    refs,
    detail,
  });
  switch (rule.kind) {
    case 'task_on_time':
    case 'task_overdue':
      for (const task of facts.tasks) {
        for (const u of task.units) {
          if (u.unitId !== unitId) continue;
          const l = taskLine(rule, task, u.role, shareOf(rubric, u.role), facts);
          if (l && l.points !== 0) out.push(l);
        }
      }
      break;
    case 'report_on_time':
    case 'report_missing':
      for (const s of facts.reportSlots) {
        if (s.unitId !== unitId || !inPeriod(s.due, facts)) continue;
        const state = s.onTime === null ? classifyReport(s, facts.end, null) : s.onTime ? 'on_time' : 'late';
        if (rule.kind === 'report_on_time' && state === 'on_time')
          out.push(
            line(
              rule.points,
              { taskId: s.taskId, ...(s.reportId ? { reportId: s.reportId } : {}) },
              `${s.label}：${s.submittedOn} 报送，期限 ${s.due}`,
            ),
          );
        if (rule.kind === 'report_missing' && state === 'missing')
          out.push(
            line(-rule.points, { taskId: s.taskId }, `${s.label}：期限 ${s.due}，补报截止 ${s.windowEnd}，截至 ${facts.end} 未报送`),
          );
      }
      break;
    case 'report_returned':
      for (const r of facts.returns) {
        if (r.unitId === unitId && inPeriod(r.due, facts))
          out.push(line(-rule.points, { taskId: r.taskId, reportId: r.reportId }, `${r.label}：${r.on} 被退回`));
      }
      break;
    case 'notice_unanswered':
      for (const n of facts.notices) {
        if (n.unitId !== unitId || n.due >= facts.end) continue;
        if (n.answeredOn !== null && n.answeredOn <= facts.end) continue;
        out.push(line(-rule.points, { noticeId: n.id }, `${n.number}：期限 ${n.due}，截至 ${facts.end} 未回复`));
      }
      break;
    case 'indicator':
      for (const ind of facts.indicators) {
        if (ind.ownerUnitId !== unitId) continue;
        const weight = rubric.indicatorWeights[ind.id] ?? 1;
        if (weight === 0) continue;
        const full = rule.points * weight;
        if (ind.value === null) {
          out.push(line(0, { indicatorId: ind.id }, `${ind.name}：未报送数值，不得分`));
          continue;
        }
        const a = indicatorAchievement({
          comparator: ind.comparator,
          baseline: ind.baseline,
          target: ind.target,
          unit: ind.unit,
          value: ind.value,
        });
        if (!a.computable) {
          out.push(line(0, { indicatorId: ind.id }, `${ind.name}：无法计算达成度（${a.note ?? ''}），不得分`));
          continue;
        }
        const earned = rule.indicatorMode === 'threshold' ? (a.achieved ? full : 0) : full * a.progress;
        const how = rule.indicatorMode === 'threshold' ? (a.achieved ? '达标' : '未达标') : `达成 ${a.percent}%`;
        out.push(
          line(
            earned,
            { indicatorId: ind.id },
            `${ind.name}：报送 ${ind.value}，目标 ${ind.target}，${how}，权重 ${weight}，满分 ${roundPoints(full)}`,
          ),
        );
      }
      break;
  }
  return out;
}

/** A line trimming `lines` to `cap` in absolute value, or null when they are within it. */
function capLine(ruleId: string, label: string, lines: readonly ScoreLine[], cap: number | null): ScoreLine | null {
  if (cap === null) return null;
  const sum = roundPoints(lines.reduce((s, l) => s + l.points, 0));
  if (Math.abs(sum) <= cap) return null;
  const excess = roundPoints(Math.abs(sum) - cap);
  return {
    ruleId: `${ruleId}:cap`,
    kind: 'cap',
    label: `${label}（上限 ${cap} 分）`,
    points: sum > 0 ? -excess : excess,
    refs: {},
    detail: `合计 ${sum} 分，超出上限 ${excess} 分`,
  };
}

/**
 * Scores every unit of `facts.units` under `rubric`. Lines come rule by rule in rubric order, then bonuses;
 * a cap adds one trimming line. Vetoes do not change the score: they decide the grade (see rankAndGrade).
 */
export function scoreAssessment(rubric: Rubric, facts: AssessmentFacts): UnitScore[] {
  const vetoLabels = new Map(rubric.vetoItems.map((v) => [v.id, v.label]));
  return facts.units.map(({ unitId, name }) => {
    const lines: ScoreLine[] = [];
    const notes: string[] = [];
    for (const rule of rubric.rules) {
      const ruleLines = linesForRule(rule, rubric, facts, unitId);
      lines.push(...ruleLines);
      const cap = capLine(rule.id, rule.label, ruleLines, rule.cap);
      if (cap) lines.push(cap);
    }
    const bonusLines: ScoreLine[] = facts.bonuses
      .filter((b) => b.unitId === unitId)
      .map((b) => ({
        ruleId: 'bonus',
        kind: 'bonus',
        label: '加分',
        points: roundPoints(b.points),
        refs: { bonusId: b.id },
        detail: b.reason,
      }));
    lines.push(...bonusLines);
    const bonusCap = capLine('bonus', '加分', bonusLines, rubric.bonusCap);
    if (bonusCap) lines.push(bonusCap);
    const myTasks = facts.tasks.filter((t) => t.units.some((u) => u.unitId === unitId));
    if (myTasks.length === 0) notes.push('本方案中没有该单位承担的任务');
    else if (!myTasks.some((t) => t.due !== null && t.due <= facts.end)) notes.push('本期没有到期的任务');
    const vetoes = facts.vetoes
      .filter((v) => v.unitId === unitId)
      .map((v) => ({ itemId: v.itemId, label: vetoLabels.get(v.itemId) ?? v.itemId, reason: v.reason }));
    const total = roundPoints(rubric.base + lines.reduce((s, l) => s + l.points, 0));
    return { unitId, unitName: name, base: rubric.base, total, lines, vetoed: vetoes.length > 0, vetoes, notes };
  });
}
