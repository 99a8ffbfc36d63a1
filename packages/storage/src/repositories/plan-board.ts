import { displayNumber, type PlanBoard } from '@duban/core';
import type { Db } from './types.js';

/** What a plan's board holds besides the plan row: its tasks with sections and units as shared indexes. */
export type PlanBoardRows = Omit<PlanBoard, 'plan'>;

/**
 * Every task of a plan as the plan page lists it, in two queries (tasks, then assignments with unit names) and
 * one pass over the rows: repeated section paths and unit names are kept once and referenced by index.
 */
export async function loadPlanBoard(db: Db, planId: string): Promise<PlanBoardRows> {
  const [tasks, assignments] = await Promise.all([
    db
      .selectFrom('tasks')
      .select(['id', 'kind', 'number', 'path', 'title', 'text', 'due', 'ongoing', 'status', 'colour'])
      .where('plan_id', '=', planId)
      .orderBy('ordinal')
      .execute(),
    db
      .selectFrom('assignments as a')
      .leftJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.task_id', 'a.unit_id', 'a.name', 'a.role', 'u.name as unit_name'])
      .where('a.plan_id', '=', planId)
      .orderBy('a.ordinal')
      .execute(),
  ]);
  const units: PlanBoardRows['units'] = [];
  const unitIndex = new Map<string, number>();
  const byTask = new Map<string, { leads: number[]; participants: number[] }>();
  for (const a of assignments) {
    const key = a.unit_id ?? `name:${a.name}`;
    let u = unitIndex.get(key);
    if (u === undefined) {
      u = units.push({ unitId: a.unit_id, name: a.unit_name ?? a.name }) - 1;
      unitIndex.set(key, u);
    }
    let roles = byTask.get(a.task_id);
    if (!roles) byTask.set(a.task_id, (roles = { leads: [], participants: [] }));
    (a.role === 'lead' ? roles.leads : roles.participants).push(u);
  }
  const sections: string[][] = [];
  const sectionIndex = new Map<string, number>();
  const none = { leads: [], participants: [] };
  return {
    sections,
    units,
    tasks: tasks.map((t) => {
      // Keyed by the stored JSON text, so each distinct path is parsed once.
      let section = sectionIndex.get(t.path);
      if (section === undefined) {
        section = sections.push(JSON.parse(t.path) as string[]) - 1;
        sectionIndex.set(t.path, section);
      }
      const roles = byTask.get(t.id) ?? none;
      return {
        id: t.id,
        kind: t.kind,
        number: t.number,
        displayNumber: displayNumber(sections[section]!, t.number),
        title: t.title,
        text: t.text,
        due: JSON.parse(t.due) as string[],
        ongoing: t.ongoing === 1,
        status: t.status,
        colour: t.colour,
        section,
        leads: roles.leads,
        participants: roles.participants,
      };
    }),
  };
}
