import type { SupervisionColour, TaskKind, TaskStatus } from '@duban/core';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.js';
import { preparedRows, runPrepared } from '../prepared.js';
import { newId, nowIso, parseJson } from '../util.js';
import type { TaskTable } from '../schema.js';
import type { Db, PageRequest, PageResult } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** A unit assignment of a task: the name as written and the directory unit it resolved to (if any). */
export interface AssignmentRecord {
  id: string;
  unitId: string | null;
  unitName: string | null;
  name: string;
  role: 'lead' | 'participant';
}

/** A milestone: a dated intermediate step. */
export interface Milestone {
  date: string;
  text: string;
}

/** A task as stored, with its assignments. */
export interface TaskRecord extends TaskContent {
  id: string;
  planId: string;
  ordinal: number;
  status: TaskStatus;
  colour: SupervisionColour | null;
  statusOn: string | null;
  assignments: AssignmentRecord[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The editable content of a task. */
export interface TaskContent {
  kind: TaskKind;
  number: string | null;
  path: string[];
  title: string | null;
  text: string;
  due: string[];
  ongoing: boolean;
  separateLeads: boolean;
  deadlineText: string | null;
  milestones: Milestone[];
  source: { start: number; end: number; line: number } | null;
}

/** A new assignment. */
export interface AssignmentInput {
  unitId: string | null;
  name: string;
  role: 'lead' | 'participant';
}

/** The stored columns of (part of) a task's content. */
export function contentColumns(c: Partial<TaskContent>) {
  const due = c.due ? [...c.due].sort() : undefined;
  return {
    ...(c.kind !== undefined ? { kind: c.kind } : {}),
    ...(c.number !== undefined ? { number: c.number } : {}),
    ...(c.path !== undefined ? { path: JSON.stringify(c.path) } : {}),
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.text !== undefined ? { text: c.text } : {}),
    ...(due !== undefined ? { due: JSON.stringify(due), first_due: due[0] ?? null, last_due: due[due.length - 1] ?? null } : {}),
    ...(c.ongoing !== undefined ? { ongoing: c.ongoing ? 1 : 0 } : {}),
    ...(c.separateLeads !== undefined ? { separate_leads: c.separateLeads ? 1 : 0 } : {}),
    ...(c.deadlineText !== undefined ? { deadline_text: c.deadlineText } : {}),
    ...(c.milestones !== undefined ? { milestones: JSON.stringify(c.milestones) } : {}),
    ...(c.source !== undefined
      ? { source_start: c.source?.start ?? null, source_end: c.source?.end ?? null, source_line: c.source?.line ?? null }
      : {}),
  };
}

/** The text the task search matches (number, title, text and deadline wording). */
export function searchText(c: Pick<TaskContent, 'number' | 'title' | 'text' | 'deadlineText'>): string {
  return [c.number, c.title, c.text, c.deadlineText].filter(Boolean).join(' ');
}

/** Inserts a task with its assignments; returns its id. */
export async function insertTask(
  db: Db,
  planId: string,
  ordinal: number,
  c: TaskContent,
  assignments: AssignmentInput[],
  status: TaskStatus,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const cols = contentColumns(c);
  await db
    .insertInto('tasks')
    .values({
      id,
      plan_id: planId,
      ordinal,
      kind: c.kind,
      number: c.number,
      path: JSON.stringify(c.path),
      title: c.title,
      text: c.text,
      search_text: searchText(c),
      due: cols.due ?? '[]',
      first_due: cols.first_due ?? null,
      last_due: cols.last_due ?? null,
      ongoing: c.ongoing ? 1 : 0,
      separate_leads: c.separateLeads ? 1 : 0,
      deadline_text: c.deadlineText,
      milestones: JSON.stringify(c.milestones),
      source_start: c.source?.start ?? null,
      source_end: c.source?.end ?? null,
      source_line: c.source?.line ?? null,
      status,
      colour: null,
      status_on: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await replaceAssignments(db, { id, planId }, assignments);
  return id;
}

/** Replaces a task's assignments. */
export async function replaceAssignments(db: Db, task: { id: string; planId: string }, assignments: AssignmentInput[]): Promise<void> {
  await db.deleteFrom('assignments').where('task_id', '=', task.id).execute();
  let i = 0;
  for (const a of assignments) {
    await db
      .insertInto('assignments')
      .values({ id: newId(), task_id: task.id, plan_id: task.planId, unit_id: a.unitId, name: a.name, role: a.role, ordinal: i++ })
      .execute();
  }
}

/** Updates task content if the version matches; returns false on a stale version. */
export async function updateTask(db: Db, id: string, version: number, c: Partial<TaskContent>): Promise<boolean> {
  const current = await db.selectFrom('tasks').select(['number', 'title', 'text', 'deadline_text']).where('id', '=', id).executeTakeFirst();
  if (!current) return false;
  const merged = {
    number: c.number !== undefined ? c.number : current.number,
    title: c.title !== undefined ? c.title : current.title,
    text: c.text ?? current.text,
    deadlineText: c.deadlineText !== undefined ? c.deadlineText : current.deadline_text,
  };
  return updateVersioned(db, 'tasks', { id, version }, { ...contentColumns(c), search_text: searchText(merged), updated_at: nowIso() });
}

/** Stores derived status/colour (computed by the services from reports and dates; not a user edit). */
export async function setTaskStatus(db: Db, id: string, status: TaskStatus, colour: SupervisionColour | null, on: string): Promise<void> {
  await db.updateTable('tasks').set({ status, colour, status_on: on }).where('id', '=', id).execute();
}

/** Deletes a task. */
export async function deleteTask(db: Db, id: string): Promise<void> {
  await db.deleteFrom('tasks').where('id', '=', id).execute();
}

/** The columns a TaskRecord is built from (not search_text: a second copy of the text, for the index only). */
export const TASK_COLUMNS = [
  'id',
  'plan_id',
  'ordinal',
  'kind',
  'number',
  'path',
  'title',
  'text',
  'due',
  'ongoing',
  'separate_leads',
  'deadline_text',
  'milestones',
  'source_start',
  'source_end',
  'source_line',
  'status',
  'colour',
  'status_on',
  'version',
  'created_at',
  'updated_at',
] as const;

/** A task row as {@link TASK_COLUMNS} reads it. */
export type TaskRow = Pick<TaskTable, (typeof TASK_COLUMNS)[number]>;

const QUALIFIED_TASK_COLUMNS = TASK_COLUMNS.map((c) => `tasks.${c}` as const);

function selectTasks(db: Db) {
  return db.selectFrom('tasks').select(QUALIFIED_TASK_COLUMNS);
}

/** The assignments of these tasks with their units' names, in order, by task. */
async function assignmentsOf(db: Db, ids: string[]): Promise<Map<string, AssignmentRecord[]>> {
  const byTask = new Map<string, AssignmentRecord[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await db
      .selectFrom('assignments')
      .leftJoin('units', 'units.id', 'assignments.unit_id')
      .select([
        'assignments.id',
        'assignments.task_id',
        'assignments.unit_id',
        'assignments.name',
        'assignments.role',
        'assignments.ordinal',
        'units.name as unit_name',
      ])
      .where('assignments.task_id', 'in', ids.slice(i, i + 500))
      .orderBy('assignments.ordinal')
      .execute();
    for (const a of chunk) {
      const list = byTask.get(a.task_id) ?? [];
      list.push({ id: a.id, unitId: a.unit_id, unitName: a.unit_name, name: a.name, role: a.role as AssignmentRecord['role'] });
      byTask.set(a.task_id, list);
    }
  }
  return byTask;
}

/** A task record from its row and its assignments. */
export function taskRecordOf(r: TaskRow, assignments: AssignmentRecord[]): TaskRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    ordinal: r.ordinal,
    kind: r.kind,
    number: r.number,
    path: parseJson<string[]>(r.path, []),
    title: r.title,
    text: r.text,
    due: parseJson<string[]>(r.due, []),
    ongoing: r.ongoing === 1,
    separateLeads: r.separate_leads === 1,
    deadlineText: r.deadline_text,
    milestones: parseJson<Milestone[]>(r.milestones, []),
    source:
      r.source_start !== null && r.source_end !== null ? { start: r.source_start, end: r.source_end, line: r.source_line ?? 1 } : null,
    status: r.status,
    colour: r.colour,
    statusOn: r.status_on,
    assignments,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function hydrate(db: Db, rows: TaskRow[]): Promise<TaskRecord[]> {
  if (rows.length === 0) return [];
  const byTask = await assignmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => taskRecordOf(r, byTask.get(r.id) ?? []));
}

/** One task or undefined. */
export async function findTask(db: Db, id: string): Promise<TaskRecord | undefined> {
  return (await hydrate(db, await selectTasks(db).where('id', '=', id).execute()))[0];
}

/** Task list filters. All are optional and combine with AND. */
export interface TaskFilter {
  planId?: string;
  unitId?: string;
  /** Only tasks where this unit leads (otherwise lead or participant). */
  leadOnly?: boolean;
  /** Status ids; an id outside TASK_STATUSES matches no task. */
  status?: string[];
  /** Supervision colours; likewise. */
  colour?: string[];
  dueBefore?: string;
  dueAfter?: string;
  q?: string;
  /** Restrict to tasks of published plans. */
  publishedOnly?: boolean;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

function applyFilter(db: Db, f: TaskFilter) {
  let q = db.selectFrom('tasks');
  if (f.planId) q = q.where('tasks.plan_id', '=', f.planId);
  if (f.publishedOnly) q = q.where('tasks.plan_id', 'in', db.selectFrom('plans').select('id').where('status', '=', 'published'));
  if (f.unitId) {
    let sub = db.selectFrom('assignments').select('task_id').where('unit_id', '=', f.unitId);
    if (f.leadOnly) sub = sub.where('role', '=', 'lead');
    q = q.where('tasks.id', 'in', sub);
  }
  if (f.status?.length) q = q.where('tasks.status', 'in', f.status as TaskStatus[]);
  if (f.colour?.length) q = q.where('tasks.colour', 'in', f.colour as SupervisionColour[]);
  if (f.dueBefore) q = q.where('tasks.first_due', '<=', f.dueBefore);
  if (f.dueAfter) q = q.where('tasks.last_due', '>=', f.dueAfter);
  const text = f.q?.trim();
  if (text) {
    if (dialectOf(db) === 'sqlite' && [...text].length >= 3) {
      const phrase = `"${text.replace(/"/g, '""')}"`;
      q = q.where(sql<boolean>`tasks.rowid IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ${phrase})`);
    } else if (dialectOf(db) === 'sqlite') {
      q = q.where(sql<boolean>`tasks.search_text LIKE ${'%' + escapeLike(text) + '%'} ESCAPE '\\'`);
    } else {
      q = q.where(sql<boolean>`tasks.search_text ILIKE ${'%' + escapeLike(text) + '%'}`);
    }
  }
  return q;
}

/** A page of tasks matching the filter, in plan order. */
export async function listTasks(db: Db, f: TaskFilter, page: PageRequest): Promise<PageResult<TaskRecord>> {
  const q = applyFilter(db, f);
  // The total rides on the page's rows (a window count), so a page is one query; only a page past the end counts apart.
  // Within one plan the ordinal is the order (tasks added, split or reordered later keep their place).
  const ordered = f.planId ? q.orderBy('tasks.ordinal') : q.orderBy('tasks.created_at').orderBy('tasks.plan_id').orderBy('tasks.ordinal');
  const rows = await ordered
    .select(QUALIFIED_TASK_COLUMNS)
    .select((eb) => eb.fn.countAll().over().as('total_rows'))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const total =
    rows.length > 0
      ? Number(rows[0]!.total_rows)
      : page.page === 1
        ? 0
        : Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { items: await hydrate(db, rows), total, page: page.page, pageSize: page.pageSize };
}

/** All tasks of a plan in order. */
export async function listPlanTasks(db: Db, planId: string): Promise<TaskRecord[]> {
  return hydrate(db, await selectTasks(db).where('plan_id', '=', planId).orderBy('ordinal').execute());
}

/** The next free ordinal in a plan. */
export async function nextTaskOrdinal(db: Db, planId: string): Promise<number> {
  const r = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('ordinal').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(r?.m ?? -1) + 1;
}

/** One entry of a task's history. */
export interface TaskVersionRecord {
  version: number;
  changedBy: string | null;
  changedByName: string | null;
  changedAt: string;
  reason: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Records what changed in a task edit. */
export async function insertTaskVersion(
  db: Db,
  v: { taskId: string; version: number; changedBy: string | null; reason: string | null; changes: TaskVersionRecord['changes'] },
): Promise<void> {
  const row = preparedRows([
    {
      id: newId(),
      task_id: v.taskId,
      version: v.version,
      changed_by: v.changedBy,
      changed_at: nowIso(),
      reason: v.reason,
      changes: JSON.stringify(v.changes),
    },
  ]);
  await runPrepared(db, 'task-version.insert', row.values, (m) => db.insertInto('task_versions').values(row.rows(m)));
}

/** A task's history, newest first. */
export async function listTaskVersions(db: Db, taskId: string): Promise<TaskVersionRecord[]> {
  const { rows } = await runPrepared(db, 'task-version.list', [taskId], (v) =>
    db
      .selectFrom('task_versions')
      .leftJoin('users', 'users.id', 'task_versions.changed_by')
      .select([
        'task_versions.version',
        'task_versions.changed_by',
        'task_versions.changed_at',
        'task_versions.reason',
        'task_versions.changes',
        'users.username',
      ])
      .where('task_id', '=', v<string>(0))
      .orderBy('task_versions.version', 'desc'),
  );
  return rows.map((r) => ({
    version: r.version,
    changedBy: r.changed_by,
    changedByName: r.username,
    changedAt: r.changed_at,
    reason: r.reason,
    changes: parseJson(r.changes, {}),
  }));
}

/** Each task's last due date and its plan's status, for the date-only status derivation. */
export async function taskDueFacts(
  db: Db,
  taskIds: readonly string[],
): Promise<{ id: string; lastDue: string | null; planStatus: string }[]> {
  const out: { id: string; lastDue: string | null; planStatus: string }[] = [];
  for (let i = 0; i < taskIds.length; i += 500) {
    const rows = await db
      .selectFrom('tasks')
      .innerJoin('plans', 'plans.id', 'tasks.plan_id')
      .select(['tasks.id', 'tasks.last_due', 'plans.status as plan_status'])
      .where('tasks.id', 'in', taskIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.push({ id: r.id, lastDue: r.last_due, planStatus: r.plan_status });
  }
  return out;
}

/** Tasks whose status was last derived before `day` (or never). */
export async function tasksDerivedBefore(db: Db, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('tasks')
    .select('id')
    .where((eb) => eb.or([eb('status_on', 'is', null), eb('status_on', '<', day)]))
    .execute();
  return rows.map((r) => r.id);
}
