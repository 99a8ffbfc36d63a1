import { isDomainError, type DomainErrorKind } from '@duban/services';
import type { ErrorBody } from '@duban/core';

/** The one place domain error kinds become HTTP statuses. */
export const STATUS_OF: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  rate_limited: 429,
  not_implemented: 501,
};

/** An error body and status for anything thrown while handling a request. */
export function toErrorResponse(e: unknown): { status: number; body: ErrorBody } {
  if (isDomainError(e)) {
    return {
      status: STATUS_OF[e.kind],
      body: { error: { id: e.id, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } },
    };
  }
  const err = e as { statusCode?: number; code?: string; message?: string };
  // Fastify's own request errors (bad JSON, body too large, unknown content type, multipart limits).
  if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_FILES_LIMIT' || err.code === 'FST_PARTS_LIMIT') {
    return { status: 413, body: { error: { id: 'request.too_large', message: '上传的内容过大（上限 20 MB）' } } };
  }
  if (err.statusCode === 415) return { status: 415, body: { error: { id: 'request.unsupported_media', message: '不支持的内容类型' } } };
  if (err.statusCode === 400 || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 400, body: { error: { id: 'request.malformed', message: '请求格式有误，无法解析', details: err.message } } };
  }
  if (err.statusCode === 404) return { status: 404, body: { error: { id: 'route.not_found', message: '接口不存在' } } };
  // Any other client error Fastify or a plugin raised (the static server refusing a path outside its root: 403).
  if (err.statusCode === 403) return { status: 403, body: { error: { id: 'request.forbidden_path', message: '不允许访问该路径' } } };
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: 400, body: { error: { id: 'request.malformed', message: '请求格式有误，无法解析' } } };
  }
  return { status: 500, body: { error: { id: 'internal', message: '服务器内部错误，请稍后重试' } } };
}
