import type { ApiResponse } from '@duban/core';
import { h, showFirstScreen } from './dom.js';

type Board = ApiResponse<'GET /api/plans/:id/board'>;

/** The status names the plan page's tags show (components/common.tsx). */
export const statusNames: Record<string, string> = {
  draft: '草稿',
  published: '已发布',
  not_started: '未开始',
  pending: '未开始',
  in_progress: '推进中',
  done: '已完成',
  completed: '已完成',
  behind: '滞后',
  suspended: '暂缓',
};
const colourNames: Record<string, string> = { red: '红色预警', yellow: '黄色预警', blue: '蓝色提示' };

// A phone's screen holds a few rows; the app replaces the list long before anyone scrolls further.
const ROWS = 12;

/** The plan view's head and the first rows of its task list, as the page draws them on a phone (task-table.tsx). */
export function drawPlan(board: Board): void {
  const { plan, tasks, units } = board;
  const done = tasks.filter((t) => t.status === 'done' || t.status === 'completed').length;
  const rows = tasks.slice(0, ROWS).map((t) => {
    const prefix = t.title && !t.text.startsWith(t.title) ? `${t.title}：` : '';
    const due =
      t.ongoing && t.due.length === 0
        ? '长期坚持'
        : t.due.length === 0
          ? '—'
          : t.due.length === 1
            ? t.due[0]!
            : `${t.due[0]} 等${t.due.length}个`;
    return h(
      'div',
      'fs-item',
      h('span', 'duban-clamp2', h('strong', undefined, `${t.displayNumber ?? t.number ?? ''} `), prefix, t.text),
      h(
        'div',
        'fs-tags',
        t.colour && colourNames[t.colour] ? h('span', `fs-tag fs-colour-${t.colour}`, colourNames[t.colour]!) : null,
        h('span', `fs-tag fs-status-${t.status}`, statusNames[t.status] ?? t.status),
        h('span', 'duban-muted', `${t.leads.map((i) => units[i]?.name ?? '').join('、')} · ${due}`),
      ),
    );
  });
  showFirstScreen(
    plan.title ?? '行动方案',
    h(
      'div',
      'fs-sub',
      h('span', `fs-tag fs-status-${plan.status}`, statusNames[plan.status] ?? plan.status),
      plan.docNumber && h('span', undefined, plan.docNumber),
      h('span', undefined, `共 ${tasks.length} 项任务`),
      h('span', undefined, `完成 ${tasks.length ? Math.round((done / tasks.length) * 100) : 0}%`),
    ),
    h('div', 'fs-card fs-list', ...rows),
  );
}
