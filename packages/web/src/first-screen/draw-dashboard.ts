import type { ApiResponse } from '@duban/core';
import { alertColours } from '../theme.js';
import { h, showFirstScreen } from './dom.js';

type Dashboard = ApiResponse<'GET /api/dashboard'>;

function stat(title: string, value: string | number, wide: boolean, colour?: string): HTMLElement {
  const card = h(
    'div',
    `fs-card fs-stat${wide ? ' fs-stat-wide' : ''}`,
    h('div', 'fs-stat-title', title),
    h('div', 'fs-stat-value', value),
  );
  if (colour) {
    card.style.borderTop = `3px solid ${colour}`;
    (card.lastElementChild as HTMLElement).style.color = colour;
  }
  return card;
}

/** The dashboard's plan and its figure cards (dashboard-page.tsx), the charts left to the app. */
export function drawDashboard(planTitle: string, d: Dashboard): void {
  const rate = d.completion.completionRate == null ? 0 : Math.round(d.completion.completionRate * 1000) / 10;
  showFirstScreen(
    '工作台',
    h('div', 'fs-plan', planTitle),
    h(
      'div',
      'fs-stats',
      stat('任务总数', d.completion.total, true),
      stat('完成率', `${rate} %`, true, alertColours.green),
      stat('红色预警', d.byColour.red ?? 0, false, alertColours.red),
      stat('黄色预警', d.byColour.yellow ?? 0, false, alertColours.yellow),
      stat('蓝色提示', d.byColour.blue ?? 0, false, alertColours.blue),
      stat('逾期任务', d.overdue.total, true, alertColours.red),
    ),
  );
}
