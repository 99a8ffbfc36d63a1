import { apiContract, roleLabel, type UserView } from '@duban/core';
import { csvColumns, route, type AnyRoute } from '../route.js';

/** User accounts (administrators). */
export const userRoutes: AnyRoute[] = [
  route(apiContract['GET /api/users'], {
    summary: '用户列表',
    tag: 'users',
    csv: csvColumns<UserView>([
      ['用户名', (u) => u.username],
      ['姓名', (u) => u.displayName],
      ['角色', (u) => u.roles.map((r) => (r.unitName ? `${roleLabel(r.role)}(${r.unitName})` : roleLabel(r.role)))],
      ['启用', (u) => (u.active ? '是' : '否')],
    ]),
    csvName: '用户',
    handler: ({ actor, services }) => services.users.list(actor),
  }),
  route(apiContract['POST /api/users'], {
    summary: '新增用户',
    tag: 'users',
    status: 201,
    handler: ({ actor, body, services }) => services.users.create(actor, body),
  }),
  route(apiContract['PATCH /api/users/:id'], {
    summary: '修改用户（姓名、启用、角色、重置密码）',
    tag: 'users',
    handler: ({ actor, params, body, services }) => services.users.update(actor, params.id, body),
  }),
];
