import type { AssignmentRole } from '@duban/core';
import { jsonArrayFrom as pgJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import { dialectOf } from '../dialect.js';
import { runPrepared } from '../prepared.js';
import { nowIso } from '../util.js';
import type { PlanRecord } from './plans.js';
import {
  contentColumns,
  searchText,
  TASK_COLUMNS,
  taskRecordOf,
  type AssignmentRecord,
  type TaskContent,
  type TaskRecord,
} from './tasks.js';
import type { Db } from './types.js';

/** A task with the header of its plan, as the task pages and edits need them. */
export interface TaskInPlan {
  task: TaskRecord;
  plan: { id: string; status: PlanRecord['status']; title: string | null };
}

/** One task with its plan's status and title, in one statement (the assignments ride along as a JSON array). */
export async function findTaskInPlan(db: Db, id: string): Promise<TaskInPlan | undefined> {
  const jsonArrayFrom = dialectOf(db) === 'postgres' ? pgJsonArrayFrom : sqliteJsonArrayFrom;
  const [row] = (
    await runPrepared(db, 'task.in-plan', [id], (v) =>
      db
        .selectFrom('tasks')
        .innerJoin('plans', 'plans.id', 'tasks.plan_id')
        .select(TASK_COLUMNS.map((c) => `tasks.${c}` as const))
        .select(['plans.status as plan_status', 'plans.title as plan_title'])
        .select((eb) =>
          jsonArrayFrom(
            eb
              .selectFrom('assignments')
              .leftJoin('units', 'units.id', 'assignments.unit_id')
              .select(['assignments.id', 'assignments.unit_id', 'assignments.name', 'assignments.role', 'units.name as unit_name'])
              .whereRef('assignments.task_id', '=', 'tasks.id')
              .orderBy('assignments.ordinal'),
          ).as('assignments'),
        )
        .where('tasks.id', '=', v<string>(0)),
    )
  ).rows;
  if (!row) return undefined;
  // SQLite hands the array over as JSON text, PostgreSQL as parsed JSON.
  const list = (typeof row.assignments === 'string' ? JSON.parse(row.assignments) : row.assignments) as {
    id: string;
    unit_id: string | null;
    name: string;
    role: AssignmentRole;
    unit_name: string | null;
  }[];
  const assignments = list.map((a) => ({
    id: a.id,
    unitId: a.unit_id,
    unitName: a.unit_name,
    name: a.name,
    role: a.role as AssignmentRecord['role'],
  }));
  return {
    task: taskRecordOf(row, assignments),
    plan: { id: row.plan_id, status: row.plan_status as PlanRecord['status'], title: row.plan_title },
  };
}

/**
 * Updates the content of `task` (as read in this transaction) if it still has that version, and returns it as
 * stored: one statement, the row coming back by RETURNING, so nothing is read again. The assignments are
 * `task`'s (this does not change them). Undefined when another edit came first.
 */
export async function editTask(db: Db, task: TaskRecord, c: Partial<TaskContent>): Promise<TaskRecord | undefined> {
  const merged = {
    number: c.number !== undefined ? c.number : task.number,
    title: c.title !== undefined ? c.title : task.title,
    text: c.text ?? task.text,
    deadlineText: c.deadlineText !== undefined ? c.deadlineText : task.deadlineText,
  };
  const set = { ...contentColumns(c), search_text: searchText(merged), version: task.version + 1, updated_at: nowIso() };
  const columns = Object.keys(set) as (keyof typeof set)[];
  const values = [...columns.map((k) => set[k]), task.id, task.version];
  const [row] = (
    await runPrepared(db, `task.edit:${columns.join(',')}`, values, (v) =>
      db
        .updateTable('tasks')
        .set(Object.fromEntries(columns.map((k, i) => [k, v(i)])) as typeof set)
        .where('id', '=', v<string>(columns.length))
        .where('version', '=', v<number>(columns.length + 1))
        .returning(TASK_COLUMNS),
    )
  ).rows;
  return row && taskRecordOf(row, task.assignments);
}
