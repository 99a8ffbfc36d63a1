import {
  idParamsSchema, notificationListQuerySchema, notificationListSchema, notificationReadSchema, taskBulkEditSchema, taskListSchema,
  taskMergeSchema, taskReorderSchema, taskSplitSchema,
} from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Plan corrections (split, merge, reorder, bulk edits) and the in-app notifications they send. */
export const planEditingRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/tasks/:id/split',
    summary: '拆分任务（第一项保留原任务；发布后须说明原因并通知相关单位）',
    tag: 'tasks',
    params: idParamsSchema,
    body: taskSplitSchema,
    response: taskListSchema,
    handler: ({ actor, params, body, services }) => services.planEditing.split(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/plans/:id/tasks/merge',
    summary: '合并任务（并入所选的第一项；发布后须说明原因并通知相关单位）',
    tag: 'tasks',
    params: idParamsSchema,
    body: taskMergeSchema,
    response: taskListSchema,
    handler: ({ actor, params, body, services }) => services.planEditing.merge(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/plans/:id/tasks/reorder',
    summary: '调整任务顺序（列出计划的全部任务）',
    tag: 'tasks',
    params: idParamsSchema,
    body: taskReorderSchema,
    response: taskListSchema,
    handler: ({ actor, params, body, services }) => services.planEditing.reorder(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/plans/:id/tasks/bulk',
    summary: '批量修改所选任务的完成时限或责任单位',
    tag: 'tasks',
    params: idParamsSchema,
    body: taskBulkEditSchema,
    response: taskListSchema,
    handler: ({ actor, params, body, services }) => services.planEditing.bulkEdit(actor, params.id, body),
  }),
  route({
    method: 'GET',
    url: '/api/notifications',
    summary: '站内通知（联络员看到本单位的任务调整和领导批示）',
    tag: 'notifications',
    query: notificationListQuerySchema,
    response: notificationListSchema,
    handler: ({ actor, query, services }) => services.notifications.list(actor, query),
  }),
  route({
    method: 'POST',
    url: '/api/notifications/read',
    summary: '标记通知已读（指定 ids，或 all 全部）',
    tag: 'notifications',
    body: notificationReadSchema,
    response: notificationListSchema,
    handler: ({ actor, body, services }) => services.notifications.markRead(actor, body),
  }),
];
