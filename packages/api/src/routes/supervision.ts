import { apiContract } from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Supervision: warning colours with reasons, 督办单, and the aggregate dashboard. */
export const supervisionRoutes: AnyRoute[] = [
  route(apiContract['GET /api/supervision'], {
    summary: '督办预警：计划内各任务的红/黄/蓝预警及原因（可按颜色筛选）',
    tag: 'supervision',
    handler: ({ actor, query, services }) => services.reporting.supervision(actor, query),
  }),
  route(apiContract['POST /api/tasks/:id/suspension'], {
    summary: '暂缓或恢复任务（须说明理由）',
    tag: 'supervision',
    handler: ({ actor, params, body, services }) => services.reporting.setSuspension(actor, params.id, body),
  }),
  route(apiContract['POST /api/notices'], {
    summary: '下发督办单（自动编号，如 督办〔2026〕第3号）',
    tag: 'supervision',
    status: 201,
    handler: ({ actor, body, services }) => services.reporting.issueNotice(actor, body),
  }),
  route(apiContract['GET /api/notices'], {
    summary: '督办单列表（联络员只见本单位）',
    tag: 'supervision',
    handler: ({ actor, query, services }) => {
      const { page, pageSize, format: _format, ...filters } = query;
      return services.reporting.listNotices(actor, filters, { page, pageSize });
    },
  }),
  route(apiContract['GET /api/notices/:id'], {
    summary: '督办单详情（含回复）',
    tag: 'supervision',
    handler: ({ actor, params, services }) => services.reporting.getNotice(actor, params.id),
  }),
  route(apiContract['POST /api/notices/:id/replies'], {
    summary: '责任单位回复督办单',
    tag: 'supervision',
    status: 201,
    handler: ({ actor, params, body, services }) => services.reporting.replyToNotice(actor, params.id, body),
  }),
  route(apiContract['POST /api/notices/:id/close'], {
    summary: '督办单销号',
    tag: 'supervision',
    handler: ({ actor, params, body, services }) => services.reporting.closeNotice(actor, params.id, body),
  }),
  route(apiContract['GET /api/dashboard'], {
    summary: '工作台汇总：完成概况、预警分布、牵头单位×状态、逾期与缺报清单、指标完成度、各单位按时报送率',
    tag: 'supervision',
    handler: ({ actor, query, services }) => services.reporting.dashboard(actor, query),
  }),
];
