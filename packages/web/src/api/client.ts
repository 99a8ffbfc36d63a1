/**
 * The one way the web app talks to the API: JSON over fetch, the session cookie, the CSRF header on unsafe
 * requests, and errors turned into `ApiError` carrying the server's stable id and its Chinese message.
 */
import { takeEarly } from '../first-screen/handoff.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
let onReauthRequired: (() => Promise<boolean>) | null = null;

/** Remember the CSRF token handed out at login (or by /api/auth/me). */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** Register what to do when the session has expired (401 on any call but login). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/**
 * Register how to confirm the user's identity again when the server asks (403 `auth.reauth_required` before
 * administering users or tokens): resolve true once POST /api/auth/reauth succeeded, false when cancelled.
 */
export function setReauthHandler(handler: (() => Promise<boolean>) | null): void {
  onReauthRequired = handler;
}

const statusMessages: Record<number, string> = {
  400: '提交的内容有误，请检查后重试',
  401: '登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '要访问的内容不存在',
  409: '数据已被他人修改，请刷新后重试',
  413: '文件过大',
  422: '提交的内容有误，请检查后重试',
  500: '服务器出错了，请稍后重试',
};

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON: fall back to the status text below */
  }
  const err = (body as { error?: { id?: string; message?: string; details?: unknown } } | null)?.error;
  return new ApiError(
    res.status,
    err?.id ?? `http.${res.status}`,
    err?.message ?? statusMessages[res.status] ?? `请求失败（${res.status}）`,
    err?.details,
  );
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Call the API; resolves to the parsed JSON body (or undefined for 204). Pages use the typed `call` (./call.ts). */
export async function request<T>(method: string, path: string, body?: unknown, quiet = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (unsafe.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const error = await toError(res);
    if (res.status === 401 && !quiet && !path.startsWith('/api/auth/')) onUnauthorized?.();
    // Asked to enter the password again: once confirmed, the same request is sent once more.
    if (error.id === 'auth.reauth_required' && onReauthRequired && !quiet && (await onReauthRequired()))
      return request<T>(method, path, body, true);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export { qs } from './path-of.js';

/**
 * GET a path, taking the answer of an early fetch of the same path when one is under way: the first-screen script
 * (../first-screen) starts the opened page's GETs before this code has arrived. A failed one is simply sent again.
 */
export function get<T>(path: string): Promise<T> {
  const early = takeEarly(path);
  if (!early) return request<T>('GET', path);
  return early.then((answer) => (answer.ok ? (answer.body as T) : request<T>('GET', path)));
}

/**
 * Upload a file with progress reporting (fetch cannot report upload progress, XHR can).
 * `onProgress` receives 0..100. Aborting `signal` aborts the request (the server then drops the work).
 */
export function upload<T>(path: string, form: FormData, onProgress?: (pct: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.onabort = () => reject(new ApiError(0, 'request.aborted', '已取消'));
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', '无法连接服务器，请检查网络后重试'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* handled below */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const err = (body as { error?: { id?: string; message?: string; details?: unknown } } | null)?.error;
      reject(
        new ApiError(
          xhr.status,
          err?.id ?? `http.${xhr.status}`,
          err?.message ?? statusMessages[xhr.status] ?? `上传失败（${xhr.status}）`,
          err?.details,
        ),
      );
    };
    xhr.send(form);
  });
}

/** A human message for anything thrown by the client (or by code around it). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return '操作失败，请重试';
}
