import type { PlanTask as Task } from './plan-tasks.js';

/** The task table's filters (kept in the address bar, so dashboard figures can link to a filtered list). */
export interface Filters {
  unit?: string;
  status?: string;
  colour?: string;
  dueBefore?: string;
  q?: string;
  section?: string;
}

/** Apply the filter bar to the plan's tasks (client-side: a whole plan is at most a few thousand rows). */
export function filterTasks<T extends Task>(tasks: T[], f: Filters): T[] {
  const q = f.q?.trim();
  return tasks.filter((task) => {
    if (f.colour && task.colour !== f.colour) return false;
    if (f.status && task.status !== f.status) return false;
    if (f.unit && !task.units.some((u) => u.unitId === f.unit)) return false;
    if (f.section && task.path.join(' / ').indexOf(f.section) !== 0) return false;
    if (f.dueBefore && !(task.due.length > 0 && task.due.some((d) => d <= f.dueBefore!))) return false;
    if (
      q &&
      !(
        `${task.displayNumber ?? ''} ${task.number ?? ''}${task.title ?? ''}${task.text}`.includes(q) ||
        task.units.some((u) => (u.unitName ?? u.name).includes(q))
      )
    )
      return false;
    return true;
  });
}

export interface SectionNode {
  key: string;
  title: string;
  count: number;
  children: SectionNode[];
}

/** The section tree (一、二、… and their sub-headings) built from task paths, with task counts. */
export function sectionTree(tasks: Task[]): SectionNode[] {
  const root: SectionNode = { key: '', title: '', count: 0, children: [] };
  for (const task of tasks) {
    let node = root;
    const path: string[] = [];
    for (const part of task.path) {
      path.push(part);
      const key = path.join(' / ');
      let child = node.children.find((c) => c.key === key);
      if (!child) {
        child = { key, title: part, count: 0, children: [] };
        node.children.push(child);
      }
      child.count++;
      node = child;
    }
  }
  return root.children;
}

/** Deadlines per month, split by supervision colour, for the timeline chart. */
export function deadlinesByMonth(tasks: Task[]): { months: string[]; counts: Record<string, number[]> } {
  const byMonth = new Map<string, Record<string, number>>();
  for (const task of tasks)
    for (const d of task.due.slice(0, 1)) {
      const m = d.slice(0, 7);
      const row = byMonth.get(m) ?? {};
      const c = task.colour ?? 'none';
      row[c] = (row[c] ?? 0) + 1;
      byMonth.set(m, row);
    }
  const months = [...byMonth.keys()].sort();
  const counts: Record<string, number[]> = {};
  for (const c of ['green', 'blue', 'yellow', 'red', 'none']) counts[c] = months.map((m) => byMonth.get(m)?.[c] ?? 0);
  return { months, counts };
}
