import type { FastifyRequest } from 'fastify';
import { DomainError } from '@duban/services';
import type { AnyRoute } from './route.js';

// C0 control characters except tab, line feed and carriage return (multi-line text keeps those), plus DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function findControl(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [k, v] of Object.entries(value)) {
    const where = path ? `${path}.${k}` : k;
    if (CONTROL.test(k)) return where;
    const hit = findControl(v, where, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * Refuses text holding NUL or other control characters (400 `request.control_chars`): PostgreSQL cannot store NUL
 * in text, SQLite's full-text search chokes on it, and no form of this app has a reason to send any of them.
 */
export function rejectControlChars(value: unknown, where: string): void {
  const path = findControl(value, '');
  if (path !== null) {
    throw new DomainError('validation', 'request.control_chars', '提交的内容含有不可见的控制字符（如 NUL），请删除后重试', { where, path });
  }
}

/**
 * Checks the request body's kind against the route: multipart/form-data only where the route takes files
 * (elsewhere 415 `request.unsupported_media` instead of a handler reading a body it never got).
 */
export function checkContentType(r: AnyRoute, req: FastifyRequest): void {
  if (req.isMultipart() && !r.multipart) {
    throw new DomainError('unsupported_media', 'request.unsupported_media', '此接口不接受文件上传（multipart/form-data），请以 JSON 提交');
  }
}

/** Makes `req.file()` refuse a file name with control characters (multipart routes read their files themselves). */
export function guardMultipartNames(req: FastifyRequest): void {
  const read = req.file.bind(req);
  req.file = (async (...args: Parameters<typeof read>) => {
    const f = await read(...args);
    if (f) rejectControlChars(f.filename, 'file');
    return f;
  }) as typeof req.file;
}

/**
 * Checks the raw request path before routing: percent-encoding that does not decode (400 `request.malformed`) and
 * encoded control characters (400 `request.control_chars`) never reach a route or the static file server.
 */
export function checkUrl(url: string): void {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new DomainError('validation', 'request.malformed', '请求格式有误，无法解析', { where: 'path' });
  }
  rejectControlChars(decoded, 'path');
}

/** Uploads one user may have in flight at once (each may hold up to 20 MB in memory while it arrives). */
export const UPLOADS_PER_USER = 3;

/**
 * Counts multipart uploads in flight per user: `enter` refuses (429 `upload.too_many`) a fourth while three are
 * still arriving or being checked; the returned function ends this one's turn (call it in a finally).
 */
export function createUploadGate(limit = UPLOADS_PER_USER): { enter(userId: string): () => void } {
  const inFlight = new Map<string, number>();
  return {
    enter(userId) {
      const n = inFlight.get(userId) ?? 0;
      if (n >= limit)
        throw new DomainError('rate_limited', 'upload.too_many', `同时上传的文件过多（每人最多 ${limit} 个），请等当前的上传完成后再试`);
      inFlight.set(userId, n + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (inFlight.get(userId) ?? 1) - 1;
        if (left > 0) inFlight.set(userId, left);
        else inFlight.delete(userId);
      };
    },
  };
}
