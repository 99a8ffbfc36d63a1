import { apiContract, type AuditEntry } from '@duban/core';
import { csvColumns, route, type AnyRoute } from '../route.js';

/** Health and the audit trail. */
export const metaRoutes: AnyRoute[] = [
  route(apiContract['GET /api/health'], {
    summary: '健康检查',
    tag: 'meta',
    auth: 'public',
    async handler({ services }) {
      return services.health();
    },
  }),
  route(apiContract['GET /api/audit'], {
    summary: '操作日志（按对象、用户、时间筛选）',
    tag: 'meta',
    csv: csvColumns<AuditEntry>([
      ['时间', (a) => a.at],
      ['用户', (a) => a.actor],
      ['对象类型', (a) => a.entityLabel],
      ['对象', (a) => a.objectName],
      ['对象ID', (a) => a.entityId],
      ['操作', (a) => a.actionLabel],
      ['原因', (a) => a.reason],
      ['修改前', (a) => a.before],
      ['修改后', (a) => a.after],
    ]),
    csvName: '操作日志',
    handler: ({ actor, query, services }) =>
      services.audit.query(
        actor,
        {
          ...(query.entity ? { entity: query.entity } : {}),
          ...(query.entityId ? { entityId: query.entityId } : {}),
          ...(query.user ? (/^[0-9a-f-]{36}$/.test(query.user) ? { userId: query.user } : { username: query.user }) : {}),
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
        },
        query,
      ),
  }),
];
