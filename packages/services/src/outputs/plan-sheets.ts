import type { PlanBoard } from '@duban/core';
import type { ReportListItem } from '@duban/storage';
import type { SupervisedTask } from '../reporting/supervision-service.js';
import type { ProgressRow, ProgressTableData } from './progress-xlsx.js';
import { deadlineText, type TaskListData, type TaskListRow } from './task-list-xlsx.js';

/** Groups board tasks under their outermost heading, in plan order (tasks without a heading come first). */
function bySection<T>(board: PlanBoard, row: (t: PlanBoard['tasks'][number], i: number) => T[]): { heading: string | null; rows: T[] }[] {
  const out: { heading: string | null; rows: T[] }[] = [];
  board.tasks.forEach((t, i) => {
    const heading = board.sections[t.section]?.[0] ?? null;
    let last = out[out.length - 1];
    if (!last || last.heading !== heading) {
      last = { heading, rows: [] };
      out.push(last);
    }
    last.rows.push(...row(t, i));
  });
  return out;
}

const unitNames = (board: PlanBoard, idx: number[]) => idx.map((i) => board.units[i]?.name ?? '').filter(Boolean);

/**
 * The 任务清单 of a plan: every task with its full text, units and deadline as written by an office, and as
 * 进展情况 the narrative of its latest accepted report (`latest`, by task id) when there is one.
 */
export function composeTaskList(board: PlanBoard, latest: Map<string, string>): TaskListData {
  return {
    title: `${board.plan.title ?? '方案'}重点任务清单`,
    sections: bySection<TaskListRow>(board, (t, i) => [
      {
        number: t.number ?? String(i + 1),
        text: t.text || t.title || '',
        leads: unitNames(board, t.leads),
        participants: unitNames(board, t.participants),
        deadline: deadlineText(t.due, t.ongoing),
        progress: latest.get(t.id) ?? '',
      },
    ]),
  };
}

const STATE = { submitted: '待审核', returned: '已退回', accepted: '已审核' } as const;
const COLOUR: Record<string, string> = { red: '红', yellow: '黄', blue: '蓝', green: '绿' };

/**
 * The 进展情况汇总表 of one period: per task, one row per unit that owes it a report (and any other unit that sent
 * one), with that unit's report for the period — the latest version, since a resubmission replaces the row.
 */
export function composeProgressTable(
  board: PlanBoard,
  tasks: SupervisedTask[],
  reports: ReportListItem[],
  period: { label: string },
  asOf: string,
): ProgressTableData {
  const supervised = new Map(tasks.map((t) => [t.id, t]));
  const reportsOf = new Map<string, ReportListItem[]>();
  for (const r of reports) reportsOf.set(r.taskId, [...(reportsOf.get(r.taskId) ?? []), r]);
  return {
    title: board.plan.title ?? '方案',
    periodLabel: period.label,
    asOf,
    sections: bySection<ProgressRow>(board, (t, i) => {
      const sup = supervised.get(t.id);
      const sent = reportsOf.get(t.id) ?? [];
      const units = [...(sup?.owingUnits ?? []).map((u) => ({ id: u.unitId, name: u.name }))];
      for (const r of sent) if (!units.some((u) => u.id === r.unitId)) units.push({ id: r.unitId, name: r.unitName });
      const base = {
        number: t.number ?? String(i + 1),
        task: t.title ?? t.text,
        leads: unitNames(board, t.leads),
        colour: COLOUR[sup?.colour ?? ''] ?? '',
      };
      if (units.length === 0)
        return [{ ...base, unit: '', percent: null, narrative: '', state: '无需报送', submittedAt: null, onTime: null }];
      return units.map((u) => {
        const r = sent.find((x) => x.unitId === u.id);
        return r
          ? {
              ...base,
              unit: u.name,
              percent: r.percent,
              narrative: r.narrative,
              state: STATE[r.status],
              submittedAt: r.submittedAt.slice(0, 10),
              onTime: r.onTime,
            }
          : { ...base, unit: u.name, percent: null, narrative: '', state: '未报送', submittedAt: null, onTime: null };
      });
    }),
  };
}
