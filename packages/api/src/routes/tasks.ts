import { apiContract, COLOUR_LABELS, TASK_KIND_LABELS, type IndicatorView, type TaskView } from '@duban/core';
import { csvColumns, route, type AnyRoute } from '../route.js';

const taskCsv = csvColumns<TaskView>([
  ['序号', (t) => t.displayNumber],
  ['任务', (t) => (t.title ? `${t.title}：${t.text}` : t.text)],
  ['牵头单位', (t) => t.lead],
  ['参与单位', (t) => t.participants],
  ['完成时限', (t) => (t.due.length ? t.due : t.ongoing ? '持续推进' : t.deadlineText)],
  ['类别', (t) => (TASK_KIND_LABELS as Record<string, string>)[t.kind] ?? t.kind],
  ['状态', (t) => t.statusLabel],
  ['预警', (t) => (t.colour ? ((COLOUR_LABELS as Record<string, string>)[t.colour] ?? '') : '')],
]);

/** Tasks, comments, instructions, indicators. */
export const taskRoutes: AnyRoute[] = [
  route(apiContract['GET /api/tasks'], {
    summary: '任务列表（按计划、单位、状态、预警颜色、时限、全文检索筛选；format=csv 导出）',
    tag: 'tasks',
    csv: taskCsv,
    csvName: '任务清单',
    handler: ({ actor, query, services }) =>
      services.tasks.list(
        actor,
        {
          ...(query.plan ? { planId: query.plan } : {}),
          ...(query.unit ? { unitId: query.unit, leadOnly: query.leadOnly } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.colour ? { colour: query.colour } : {}),
          ...(query.q ? { q: query.q } : {}),
          ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
          ...(query.dueAfter ? { dueAfter: query.dueAfter } : {}),
        },
        query,
      ),
  }),
  route(apiContract['GET /api/tasks/:id'], {
    summary: '任务详情（分工、修改历史、评论与批示）',
    tag: 'tasks',
    handler: ({ actor, params, services }) => services.tasks.get(actor, params.id),
  }),
  route(apiContract['PATCH /api/tasks/:id'], {
    summary: '修改任务（需带 version；版本过期返回 409）',
    tag: 'tasks',
    handler: ({ actor, params, body, services }) => services.tasks.update(actor, params.id, body),
  }),
  route(apiContract['POST /api/plans/:id/tasks'], {
    summary: '在计划中新增任务（可插在某项任务之后；发布后须说明原因并通知承担单位）',
    tag: 'tasks',
    status: 201,
    handler: ({ actor, params, body, services }) => services.tasks.create(actor, params.id, body),
  }),
  route(apiContract['DELETE /api/tasks/:id'], {
    summary: '删除任务（发布后须带 reason，且任务尚无报送；相关单位收到通知）',
    tag: 'tasks',
    status: 204,
    handler: ({ actor, params, query, services }) => services.tasks.remove(actor, params.id, query.reason),
  }),
  route(apiContract['POST /api/tasks/:id/comments'], {
    summary: '评论任务',
    tag: 'tasks',
    status: 201,
    handler: ({ actor, params, body, services }) => services.tasks.comment(actor, params.id, body.body),
  }),
  route(apiContract['POST /api/tasks/:id/instructions'], {
    summary: '领导批示',
    tag: 'tasks',
    status: 201,
    handler: ({ actor, params, body, services }) => services.tasks.instruct(actor, params.id, body.body),
  }),
  route(apiContract['GET /api/indicators'], {
    summary: '指标列表',
    tag: 'indicators',
    csv: csvColumns<IndicatorView>([
      ['指标', (i) => i.name],
      ['基线', (i) => i.baseline],
      ['目标', (i) => i.target],
      ['单位', (i) => i.unit],
      ['比较', (i) => i.comparator],
      ['时限', (i) => i.due],
    ]),
    csvName: '指标',
    handler: ({ actor, query, services }) => services.indicators.list(actor, query.plan ? { planId: query.plan } : {}),
  }),
  route(apiContract['PATCH /api/indicators/:id'], {
    summary: '修改指标（需带 version）',
    tag: 'indicators',
    handler: ({ actor, params, body, services }) => services.indicators.update(actor, params.id, body),
  }),
];
