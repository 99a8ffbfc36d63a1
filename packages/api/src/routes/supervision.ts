import {
  closeNoticeSchema, dashboardQuerySchema, dashboardViewSchema, idParamsSchema, issueNoticeSchema, noticeDetailSchema,
  noticeListQuerySchema, noticePageSchema, noticeReplySchema, noticeViewSchema, supervisionQuerySchema, supervisionViewSchema,
  suspensionResultSchema, suspensionSchema,
} from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Supervision: warning colours with reasons, 督办单, and the aggregate dashboard. */
export const supervisionRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/supervision',
    summary: '督办预警：计划内各任务的红/黄/蓝预警及原因（可按颜色筛选）',
    tag: 'supervision',
    query: supervisionQuerySchema,
    response: supervisionViewSchema,
    handler: ({ actor, query, services }) => services.reporting.supervision(actor, query),
  }),
  route({
    method: 'POST',
    url: '/api/tasks/:id/suspension',
    summary: '暂缓或恢复任务（须说明理由）',
    tag: 'supervision',
    params: idParamsSchema,
    body: suspensionSchema,
    response: suspensionResultSchema,
    handler: ({ actor, params, body, services }) => services.reporting.setSuspension(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/notices',
    summary: '下发督办单（自动编号，如 督办〔2026〕第3号）',
    tag: 'supervision',
    body: issueNoticeSchema,
    status: 201,
    response: noticeViewSchema,
    handler: ({ actor, body, services }) => services.reporting.issueNotice(actor, body),
  }),
  route({
    method: 'GET',
    url: '/api/notices',
    summary: '督办单列表（联络员只见本单位）',
    tag: 'supervision',
    query: noticeListQuerySchema,
    response: noticePageSchema,
    handler: ({ actor, query, services }) => {
      const { page, pageSize, format: _format, ...filters } = query;
      return services.reporting.listNotices(actor, filters, { page, pageSize });
    },
  }),
  route({
    method: 'GET',
    url: '/api/notices/:id',
    summary: '督办单详情（含回复）',
    tag: 'supervision',
    params: idParamsSchema,
    response: noticeDetailSchema,
    handler: ({ actor, params, services }) => services.reporting.getNotice(actor, params.id),
  }),
  route({
    method: 'POST',
    url: '/api/notices/:id/replies',
    summary: '责任单位回复督办单',
    tag: 'supervision',
    params: idParamsSchema,
    body: noticeReplySchema,
    status: 201,
    response: noticeDetailSchema,
    handler: ({ actor, params, body, services }) => services.reporting.replyToNotice(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/notices/:id/close',
    summary: '督办单销号',
    tag: 'supervision',
    params: idParamsSchema,
    body: closeNoticeSchema,
    response: noticeDetailSchema,
    handler: ({ actor, params, body, services }) => services.reporting.closeNotice(actor, params.id, body),
  }),
  route({
    method: 'GET',
    url: '/api/dashboard',
    summary: '工作台汇总：完成概况、预警分布、牵头单位×状态、逾期与缺报清单、指标完成度、各单位按时报送率',
    tag: 'supervision',
    query: dashboardQuerySchema,
    response: dashboardViewSchema,
    handler: ({ actor, query, services }) => services.reporting.dashboard(actor, query),
  }),
];
