import type { ApiResponse } from '@duban/core';
import { colourLabels, fmtDue, statusText, titlePrefix } from '../display-text.js';
import { h, showFirstScreen } from './dom.js';

type Board = ApiResponse<'GET /api/plans/:id/board'>;

// The colours that warn (green and none are not shown as tags).
const ALERTS = new Set(['red', 'yellow', 'blue']);

// A phone's screen holds a few rows; the app replaces the list long before anyone scrolls further.
const ROWS = 12;

/** The plan view's head and the first rows of its task list, as the page draws them on a phone (task-table.tsx). */
export function drawPlan(board: Board): void {
  const { plan, tasks, units } = board;
  const done = tasks.filter((t) => t.status === 'done' || t.status === 'completed').length;
  const rows = tasks.slice(0, ROWS).map((t) => {
    return h(
      'div',
      'fs-item',
      h('span', 'duban-clamp2', h('strong', undefined, `${t.displayNumber ?? t.number ?? ''} `), titlePrefix(t), t.text),
      h(
        'div',
        'fs-tags',
        t.colour && ALERTS.has(t.colour) ? h('span', `fs-tag fs-colour-${t.colour}`, colourLabels[t.colour]!) : null,
        h('span', `fs-tag fs-status-${t.status}`, statusText[t.status]?.[0] ?? t.status),
        h('span', 'duban-muted', `${t.leads.map((i) => units[i]?.name ?? '').join('、')} · ${fmtDue(t.due, t.ongoing)}`),
      ),
    );
  });
  showFirstScreen(
    plan.title ?? '行动方案',
    h(
      'div',
      'fs-sub',
      h('span', `fs-tag fs-status-${plan.status}`, statusText[plan.status]?.[0] ?? plan.status),
      plan.docNumber && h('span', undefined, plan.docNumber),
      h('span', undefined, `共 ${tasks.length} 项任务`),
      h('span', undefined, `完成 ${tasks.length ? Math.round((done / tasks.length) * 100) : 0}%`),
    ),
    h('div', 'fs-card fs-list', ...rows),
  );
}
