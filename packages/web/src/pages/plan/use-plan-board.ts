import { useMemo } from 'react';
import { useApiQuery } from '../../api/query.js';
import { deadlinesByMonth, filterTasks, sectionTree, type Filters, type SectionNode } from './filter-tasks.js';
import { boardTasks } from './plan-tasks.js';

/** A node of the section tree as antd's Tree and TreeSelect take it. */
export interface SectionTreeNode {
  key: string;
  value: string;
  title: string;
  children: SectionTreeNode[];
}

function treeData(nodes: SectionNode[]): SectionTreeNode[] {
  return nodes.map((n) => ({ key: n.key, value: n.key, title: `${n.title}（${n.count}）`, children: treeData(n.children) }));
}

/**
 * A plan's board and indicators, and what the page derives from them. The board carries every task, trimmed to what
 * the page shows: one request, then filtering happens in the browser.
 */
export function usePlanBoard(id: string, filters: Filters, office: boolean) {
  const plan = useApiQuery('GET /api/plans/:id/board', { params: { id } });
  const indicators = useApiQuery('GET /api/indicators', { query: { plan: id } });
  const all = useMemo(() => (plan.data ? boardTasks(plan.data) : []), [plan.data]);
  const shown = useMemo(() => filterTasks(all, filters), [all, filters]);
  const tree = useMemo(() => treeData(sectionTree(all)), [all]);
  const unitOptions = useMemo(() => {
    const m = new Map<string, string>();
    for (const task of all) for (const u of task.units) if (u.role === 'lead' && u.unitId) m.set(u.unitId!, u.unitName ?? u.name);
    return [...m].map(([uid, name]) => ({ id: uid, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }, [all]);
  const timeline = useMemo(() => deadlinesByMonth(shown), [shown]);
  // The office's bulk corrections pick units from the whole directory.
  const directory = useApiQuery('GET /api/units', office ? {} : null);
  const done = all.filter((x) => x.status === 'done' || x.status === 'completed').length;
  return { plan, indicators, all, shown, tree, unitOptions, timeline, directory, done };
}
