import type { ApiResponse } from '@duban/core';
import { owedStateText } from '../display-text.js';
import { day, h, showFirstScreen } from './dom.js';

type Inbox = ApiResponse<'GET /api/inbox'>;

/** The inbox's owed reports, grouped by plan as the page groups them (./pages/inbox/owed-list.tsx). */
export function drawInbox(inbox: Inbox): void {
  const groups = new Map<string, { title: string; items: Inbox['owed'] }>();
  for (const slot of inbox.owed) {
    const g = groups.get(slot.planId) ?? { title: slot.planTitle ?? '未命名方案', items: [] };
    g.items.push(slot);
    groups.set(slot.planId, g);
  }
  const owed = new Map(inbox.plans.map((p) => [p.planId, p.owed]));
  const cards = [...groups].map(([planId, g]) =>
    h(
      'section',
      'fs-card',
      h(
        'div',
        'fs-card-head',
        h('div', 'fs-card-title', g.title),
        h('span', 'duban-muted', `${owed.get(planId) ?? g.items.length} 项待报`),
      ),
      ...g.items
        .slice(0, 8)
        .map((slot) =>
          h(
            'div',
            'fs-item',
            h('div', 'fs-item-title', slot.taskTitle ? `${slot.taskNumber ?? ''} ${slot.taskTitle}` : `第 ${slot.taskNumber ?? ''} 项任务`),
            h(
              'div',
              'fs-tags',
              h('span', 'fs-tag', slot.periodLabel),
              h('span', `fs-tag fs-state-${slot.state}`, owedStateText[slot.state]?.[0] ?? slot.state),
              h('span', 'duban-muted', `报送截止 ${day(slot.due)}`),
            ),
          ),
        ),
    ),
  );
  showFirstScreen('我的任务', ...(cards.length ? cards : [h('div', 'fs-card fs-empty', '本期报送已全部完成')]));
}
