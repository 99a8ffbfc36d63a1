import { apiContract } from '@duban/core';
import { SESSION_COOKIE } from '../constants.js';
import { route, type AnyRoute } from '../route.js';

/** Sign-in, sign-out, the current user, password change, API tokens. */
export const authRoutes: AnyRoute[] = [
  route(apiContract['POST /api/auth/login'], {
    summary: '登录（设置会话 Cookie，返回 CSRF 令牌）',
    tag: 'auth',
    auth: 'public',
    async handler({ body, services, req, reply }) {
      const { token, expiresAt, session } = await services.auth.login(body.username, body.password, req.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: req.server.duban.secureCookies,
        expires: new Date(expiresAt),
      });
      return session;
    },
  }),
  route(apiContract['POST /api/auth/logout'], {
    summary: '退出登录',
    tag: 'auth',
    duringPasswordChange: true,
    async handler({ actor, services, session, reply }) {
      if (session) await services.auth.logout(actor, session.token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true } as const;
    },
  }),
  route(apiContract['GET /api/auth/me'], {
    summary: '当前用户（含 CSRF 令牌）',
    tag: 'auth',
    duringPasswordChange: true,
    handler: ({ actor, services, session }) => services.auth.me(actor, session?.csrfToken),
  }),
  route(apiContract['POST /api/auth/reauth'], {
    summary: '再次输入密码确认身份（管理用户和访问令牌前需要）',
    tag: 'auth',
    async handler({ actor, body, services, session }) {
      await services.auth.reauthenticate(actor, session?.token, body.password);
      return { ok: true as const };
    },
  }),
  route(apiContract['POST /api/auth/password'], {
    summary: '修改本人密码',
    tag: 'auth',
    duringPasswordChange: true,
    async handler({ actor, body, services }) {
      await services.auth.changePassword(actor, body.oldPassword, body.newPassword);
      return { ok: true } as const;
    },
  }),
  route(apiContract['POST /api/tokens'], {
    summary: '创建访问令牌（仅显示一次）',
    tag: 'auth',
    status: 201,
    handler: ({ actor, body, services }) => services.auth.createApiToken(actor, body.name, body.expiresInDays),
  }),
  route(apiContract['GET /api/tokens'], {
    summary: '本人的访问令牌',
    tag: 'auth',
    async handler({ actor, services }) {
      return (await services.auth.listApiTokens(actor)).map(({ id, name, createdAt, expiresAt, lastUsedAt, revokedAt }) => ({
        id,
        name,
        createdAt,
        expiresAt,
        lastUsedAt,
        revokedAt,
      }));
    },
  }),
  route(apiContract['DELETE /api/tokens/:id'], {
    summary: '撤销访问令牌',
    tag: 'auth',
    status: 204,
    handler: ({ actor, params, services }) => services.auth.revokeApiToken(actor, params.id),
  }),
];
