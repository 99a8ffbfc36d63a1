import { apiContract } from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Plan corrections (split, merge, reorder, bulk edits) and the in-app notifications they send. */
export const planEditingRoutes: AnyRoute[] = [
  route(apiContract['POST /api/tasks/:id/split'], {
    summary: '拆分任务（第一项保留原任务；发布后须说明原因并通知相关单位）',
    tag: 'tasks',
    handler: ({ actor, params, body, services }) => services.planEditing.split(actor, params.id, body),
  }),
  route(apiContract['POST /api/plans/:id/tasks/merge'], {
    summary: '合并任务（并入所选的第一项；发布后须说明原因并通知相关单位）',
    tag: 'tasks',
    handler: ({ actor, params, body, services }) => services.planEditing.merge(actor, params.id, body),
  }),
  route(apiContract['POST /api/plans/:id/tasks/reorder'], {
    summary: '调整任务顺序（列出计划的全部任务）',
    tag: 'tasks',
    handler: ({ actor, params, body, services }) => services.planEditing.reorder(actor, params.id, body),
  }),
  route(apiContract['POST /api/plans/:id/tasks/bulk'], {
    summary: '批量修改所选任务的完成时限或责任单位',
    tag: 'tasks',
    handler: ({ actor, params, body, services }) => services.planEditing.bulkEdit(actor, params.id, body),
  }),
  route(apiContract['GET /api/notifications'], {
    summary: '站内通知（联络员看到本单位的任务调整和领导批示）',
    tag: 'notifications',
    handler: ({ actor, query, services }) => services.notifications.list(actor, query),
  }),
  route(apiContract['POST /api/notifications/read'], {
    summary: '标记通知已读（指定 ids，或 all 全部）',
    tag: 'notifications',
    handler: ({ actor, body, services }) => services.notifications.markRead(actor, body),
  }),
];
