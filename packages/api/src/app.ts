import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { DomainError, type Actor, type Services } from '@duban/services';
import type { z } from 'zod';
import { SESSION_COOKIE, UPLOAD_LIMIT } from './constants.js';
import { toCsv } from './csv.js';
import { toErrorResponse } from './errors.js';
import { compressOptions, staticCacheHeaders } from './http-cache.js';
import { buildOpenApi } from './openapi.js';
import { checkContentType, checkUrl, createUploadGate, guardMultipartNames, rejectControlChars } from './request-guards.js';
import { responseCheckEnabled, responseProblems } from './response-check.js';
import type { AnyRoute } from './route.js';
import { allRoutes } from './routes/index.js';

/**
 * Content-Security-Policy of every response (the web app and the API). The web app is a Vite build: its HTML
 * loads only same-origin module scripts and stylesheets (no inline script), so scripts are 'self' only. Styles
 * need 'unsafe-inline': antd's CSS-in-JS injects <style> elements at run time (and components set style
 * attributes), which a nonce cannot cover for a static index.html. Images may be data: or blob: URLs (upload
 * previews, ECharts exports). Nothing may frame the app, and no plugins, <base> or cross-origin form targets.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const anonymous: Actor = { userId: '', username: 'anonymous', roles: [], via: 'session' };
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Options of the HTTP app. */
export interface AppOptions {
  services: Services;
  /** Built web app to serve at / with SPA fallback (ignored when the directory does not exist). */
  webDist?: string;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** Fastify logging: false, true, or a level (`{ level: 'warn' }`). */
  logger?: boolean | { level: string };
  /**
   * The reverse proxies in front: how many (X-Forwarded-For hops trusted, from the right), or their addresses
   * ('10.0.0.1,10.1.0.0/16'); 0 or false: none. `true` means one hop, never "every hop": a client can write any
   * X-Forwarded-For it likes, and only the entries the proxies appended count.
   */
  trustProxy?: boolean | number | string;
  /** Check every JSON answer against its route's response schema (default: DUBAN_CHECK_RESPONSES=1; tests only). */
  checkResponses?: boolean;
}

/**
 * Fastify's trustProxy for a hop count (trust that many proxies from the right of X-Forwarded-For) or a list of
 * proxy addresses/CIDRs. Fastify itself refuses to trust anything for a bare number, and `true` trusts every hop.
 */
function proxyTrust(trust: boolean | number | string | undefined): false | string | ((addr: string, hop: number) => boolean) {
  if (typeof trust === 'string') return trust.trim() ? trust : false;
  const hops = trust === true ? 1 : Number(trust ?? 0);
  return hops > 0 ? (_addr, hop) => hop < hops : false;
}

/** A schema's own Chinese message (e.g. '请填写工作进展') is shown as is; zod's English defaults are not. */
const HAN = /\p{Script=Han}/u;

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const own = r.error.issues.find((i) => HAN.test(i.message))?.message;
  throw new DomainError('validation', 'request.invalid', own ?? '提交的内容有误，请检查后重试', {
    where,
    issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })),
  });
}

async function authenticate(
  req: FastifyRequest,
  services: Services,
): Promise<{ actor: Actor | null; session: { token: string; csrfToken: string } | null }> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const actor = await services.auth.authenticateToken(auth.slice(7).trim());
    if (!actor) throw new DomainError('unauthenticated', 'auth.invalid_token', '访问令牌无效、已过期或已撤销');
    return { actor, session: null };
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return { actor: null, session: null };
  const s = await services.auth.authenticateSession(token);
  return s ? { actor: s.actor, session: { token, csrfToken: s.csrfToken } } : { actor: null, session: null };
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function register(
  app: FastifyInstance,
  r: AnyRoute,
  services: Services,
  uploads: ReturnType<typeof createUploadGate>,
  checkResponses: boolean,
): void {
  app.route({
    method: r.method,
    url: r.url,
    ...(r.bodyLimit ? { bodyLimit: r.bodyLimit } : {}),
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const { actor, session } = await authenticate(req, services);
      if (!actor && r.auth !== 'public') throw new DomainError('unauthenticated', 'auth.required', '请先登录');
      // Double-submit CSRF check: a cookie session must echo its token on unsafe methods (bearer tokens need not).
      // Public routes (login) are exempt: a stale cookie must not block signing in again.
      if (session && r.auth !== 'public' && unsafe.has(r.method) && !sameToken(req.headers['x-csrf-token'], session.csrfToken)) {
        throw new DomainError('forbidden', 'auth.csrf', '安全校验失败，请刷新页面后重试');
      }
      if (actor?.mustChangePassword && !r.duringPasswordChange && r.auth !== 'public') {
        throw new DomainError('forbidden', 'auth.password_change_required', '请先修改初始密码');
      }
      // Malformed requests end here with a 400/415, before any handler or database sees them.
      checkContentType(r, req);
      rejectControlChars(req.params, 'params');
      rejectControlChars(req.query, 'query');
      if (req.isMultipart()) guardMultipartNames(req);
      else rejectControlChars(req.body, 'body');
      const query = parse(r.query, req.query, 'query') as Record<string, unknown>;
      const params = parse(r.params, req.params, 'params');
      const body = req.isMultipart() ? undefined : parse(r.body, req.body, 'body');
      const wantsCsv = Boolean(r.csv) && query?.format === 'csv';
      const ctx = {
        actor: actor ?? anonymous,
        params,
        query: wantsCsv ? { ...query, page: 1, pageSize: 1_000_000 } : query,
        body,
        services,
        req,
        reply,
        session,
      };
      // Multipart uploads buffer the file: a few at a time per user, so one account cannot fill the memory.
      const leave = req.isMultipart() && actor ? uploads.enter(actor.userId) : null;
      let result: unknown;
      try {
        result = await r.handler(ctx);
      } finally {
        leave?.();
      }
      // A handler that answered itself (a download, a pre-encoded body) returns the reply.
      if (reply.sent || result === reply) return reply;
      if (wantsCsv && r.csv) {
        const rows = Array.isArray(result) ? result : ((result as { items?: unknown[] }).items ?? []);
        const name = encodeURIComponent(`${r.csvName ?? 'export'}.csv`);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
          .send(toCsv(rows as never[], r.csv));
      }
      if (checkResponses) {
        const problems = responseProblems(r, result);
        if (problems.length > 0) {
          console.error(`response contract broken:\n  ${problems.join('\n  ')}`);
          throw new Error(problems.join('; '));
        }
      }
      if (result === undefined) return reply.status(204).send();
      return reply.status(r.status ?? 200).send(result);
    },
  });
}

/** Builds the Fastify app: routes from the route table, errors mapped in one place, the web app at /. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: proxyTrust(opts.trustProxy) });
  await app.register(compress, compressOptions);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10 } });
  app.decorate('duban', { secureCookies: Boolean(opts.secureCookies) });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  });

  app.addHook('onRequest', async (req) => checkUrl(req.url));

  app.setErrorHandler((error, req, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) req.log.error(error);
    void reply.status(status).send(body);
  });

  const routes = allRoutes;
  const openapi = buildOpenApi(routes, { title: 'Duban 督办 API', version: '0.1.0' });
  app.get('/api/openapi.json', async () => openapi);
  const uploads = createUploadGate();
  const checkResponses = opts.checkResponses ?? responseCheckEnabled();
  for (const r of routes) register(app, r, opts.services, uploads, checkResponses);

  const dist = opts.webDist && existsSync(path.join(opts.webDist, 'index.html')) ? path.resolve(opts.webDist) : null;
  // preCompressed: the build writes .br and .gz copies (packages/web/precompress-plugin.ts); the one the browser
  // accepts is sent as is, and @fastify/compress leaves a response that already has a Content-Encoding alone.
  if (dist) await app.register(fastifyStatic, { root: dist, preCompressed: true, setHeaders: staticCacheHeaders(dist) });
  app.setNotFoundHandler((req, reply) => {
    if (dist && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { id: 'route.not_found', message: '接口不存在' } });
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    duban: { secureCookies: boolean };
  }
}
