// Supervision warnings (红/黄/蓝牌预警). The rule set is plain data so an office can tune thresholds
// without code; every rule that fires contributes a reason, and the most severe colour wins.
import { z } from 'zod';
import { daysBetween, type IsoDate } from './iso-date.js';
import { elapsedPercent } from './task-status.js';
import type { SUPERVISION_COLOURS } from './stored-values.js';

/** Warning colours, most severe first; 'green' = under supervision, nothing wrong; 'none' = closed or suspended. */
export type SupervisionColour = (typeof SUPERVISION_COLOURS)[number];

export const COLOUR_LABELS: Record<SupervisionColour, string> = {
  red: '红色预警',
  yellow: '黄色预警',
  blue: '蓝色提示',
  green: '正常',
  none: '不预警',
};

const SEVERITY: Record<SupervisionColour, number> = { red: 4, yellow: 3, blue: 2, green: 1, none: 0 };

/** A condition a rule tests; all parameters are data. */
export type ColourCondition =
  | { kind: 'overdue'; minDays?: number }
  | { kind: 'deadline_within'; days: number }
  | { kind: 'behind_schedule'; marginPercent: number }
  | { kind: 'report_missing' }
  | { kind: 'report_overdue' }
  | { kind: 'report_due_within'; days: number };

/** One rule: when the condition holds, the task gets this colour and message ({placeholders} filled in). */
export interface ColourRule {
  id: string;
  colour: 'red' | 'yellow' | 'blue';
  when: ColourCondition;
  message: string;
}

/** The default rule set. */
export const DEFAULT_COLOUR_RULES: readonly ColourRule[] = [
  { id: 'task.overdue', colour: 'red', when: { kind: 'overdue' }, message: '已超过完成时限{days}天仍未办结' },
  { id: 'report.missing', colour: 'red', when: { kind: 'report_missing' }, message: '{period}进展报告逾期未报送({unit})' },
  {
    id: 'task.behind_schedule',
    colour: 'yellow',
    when: { kind: 'behind_schedule', marginPercent: 20 },
    message: '进度{percent}%落后于时序进度{expected}%',
  },
  { id: 'report.overdue', colour: 'yellow', when: { kind: 'report_overdue' }, message: '{period}进展报告已过报送期限({unit})' },
  {
    id: 'report.due_soon',
    colour: 'yellow',
    when: { kind: 'report_due_within', days: 3 },
    message: '{period}进展报告{days}天后截止({unit})',
  },
  { id: 'task.deadline_near', colour: 'blue', when: { kind: 'deadline_within', days: 15 }, message: '距完成时限还有{days}天' },
];

/** One reporting slot of the task (per responsible unit and period). */
export interface ReportSlot {
  periodLabel: string;
  unitName: string;
  due: IsoDate;
  windowEnd: IsoDate;
  /** Date of first submission, or null. */
  submittedOn: IsoDate | null;
}

/** The facts about a task the rules look at. */
export interface SupervisionInput {
  today: IsoDate;
  due: IsoDate | null;
  start?: IsoDate | null;
  /** Latest accepted progress, 0-100. */
  percent: number;
  completed: boolean;
  suspended?: boolean;
  reports: readonly ReportSlot[];
}

/** A fired rule. */
export interface SupervisionReason {
  ruleId: string;
  colour: 'red' | 'yellow' | 'blue';
  message: string;
}

/** The evaluation: the most severe colour and every reason. */
export interface SupervisionResult {
  colour: SupervisionColour;
  label: string;
  reasons: SupervisionReason[];
}

type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

function matches(cond: ColourCondition, input: SupervisionInput): Params[] {
  const { today } = input;
  switch (cond.kind) {
    case 'overdue': {
      if (!input.due || today <= input.due) return [];
      const days = daysBetween(input.due, today);
      return days >= (cond.minDays ?? 1) ? [{ days }] : [];
    }
    case 'deadline_within': {
      if (!input.due || today > input.due) return [];
      const days = daysBetween(today, input.due);
      return days <= cond.days ? [{ days }] : [];
    }
    case 'behind_schedule': {
      const expected = elapsedPercent(input.start, input.due, today);
      if (expected === null || !input.due || today > input.due) return [];
      return input.percent < expected - cond.marginPercent ? [{ percent: round(input.percent), expected: round(expected) }] : [];
    }
    case 'report_missing':
      return perPeriod(input.reports.filter((r) => !r.submittedOn && today > r.windowEnd));
    case 'report_overdue':
      return perPeriod(input.reports.filter((r) => !r.submittedOn && today > r.due && today <= r.windowEnd));
    case 'report_due_within':
      return perPeriod(input.reports.filter((r) => !r.submittedOn && today <= r.due && daysBetween(today, r.due) <= cond.days)).map(
        (p) => ({ ...p, days: daysBetween(today, String(p.due)) }),
      );
  }
}

/** One reason per period, naming every unit that owes it (a task shows one line per period, not one per unit). */
function perPeriod(slots: ReportSlot[]): Params[] {
  const byPeriod = new Map<string, { period: string; due: string; units: string[] }>();
  for (const r of slots) {
    const e = byPeriod.get(r.periodLabel) ?? { period: r.periodLabel, due: r.due, units: [] };
    e.units.push(r.unitName);
    byPeriod.set(r.periodLabel, e);
  }
  return [...byPeriod.values()].map((e) => ({ period: e.period, due: e.due, unit: e.units.join('、') }));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Evaluates the rules against one task; pure. Completed tasks are green and suspended ones 'none', with no reasons. */
export function evaluateSupervision(input: SupervisionInput, rules: readonly ColourRule[] = DEFAULT_COLOUR_RULES): SupervisionResult {
  if (input.suspended) return { colour: 'none', label: COLOUR_LABELS.none, reasons: [] };
  if (input.completed) return { colour: 'green', label: COLOUR_LABELS.green, reasons: [] };
  const reasons: SupervisionReason[] = [];
  for (const rule of rules) {
    for (const params of matches(rule.when, input))
      reasons.push({ ruleId: rule.id, colour: rule.colour, message: fill(rule.message, params) });
  }
  reasons.sort((a, b) => SEVERITY[b.colour] - SEVERITY[a.colour]);
  const colour: SupervisionColour = reasons[0]?.colour ?? 'green';
  return { colour, label: COLOUR_LABELS[colour], reasons };
}

/** Compares colours by severity (for sorting, most severe first). */
export function compareColours(a: SupervisionColour, b: SupervisionColour): number {
  return SEVERITY[b] - SEVERITY[a];
}

/** Validates a rule set coming from configuration or the database. */
export const colourRulesSchema = z
  .array(
    z.object({
      id: z.string().min(1),
      colour: z.enum(['red', 'yellow', 'blue']),
      when: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('overdue'), minDays: z.number().int().min(1).optional() }),
        z.object({ kind: z.literal('deadline_within'), days: z.number().int().min(0) }),
        z.object({ kind: z.literal('behind_schedule'), marginPercent: z.number().min(0).max(100) }),
        z.object({ kind: z.literal('report_missing') }),
        z.object({ kind: z.literal('report_overdue') }),
        z.object({ kind: z.literal('report_due_within'), days: z.number().int().min(0) }),
      ]),
      message: z.string().min(1),
    }),
  )
  .max(50);
