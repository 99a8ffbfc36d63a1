/** The kinds of domain failure; the API edge maps each to one HTTP status. */
export type DomainErrorKind =
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'validation'
  | 'unprocessable'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unsupported_media'
  /** The server lacks an optional tool the request needs (e.g. LibreOffice for PDF). */
  | 'not_implemented';

/** A failure the user can understand: a stable id (`plan.not_found`), a Chinese message, optional details. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly id: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** True for a DomainError (also across module copies). */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError || (e instanceof Error && e.name === 'DomainError' && 'kind' in e && 'id' in e);
}

/** `<entity>.not_found`. */
export function notFound(entity: string, message: string): DomainError {
  return new DomainError('not_found', `${entity}.not_found`, message);
}

/** `<entity>.conflict`: someone else saved first; reload and retry. */
export function conflict(entity: string, current?: unknown): DomainError {
  return new DomainError(
    'conflict',
    `${entity}.conflict`,
    '数据已被他人修改，请刷新后重试',
    current === undefined ? undefined : { current },
  );
}

/** `auth.forbidden` unless a more specific id is given. */
export function forbidden(id = 'auth.forbidden', message = '没有权限执行此操作'): DomainError {
  return new DomainError('forbidden', id, message);
}

/** A validation failure with a stable id. */
export function invalid(id: string, message: string, details?: unknown): DomainError {
  return new DomainError('validation', id, message, details);
}
