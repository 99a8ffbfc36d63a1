/** Why a file could not be read as a document. Stable ids: callers map them to messages or HTTP statuses. */
export type DocumentErrorCode =
  | 'document.empty'
  | 'document.binary'
  | 'document.unreadable'
  | 'document.unsupported'
  /** Over a size bound: extracted text, inflated parts or streams (see DocumentLimits). */
  | 'document.too_large'
  | 'document.too_many_pages'
  | 'document.too_many_tasks'
  /** Reading needed more memory or time than allowed, or the structure is built to exhaust a reader. */
  | 'document.too_complex';

/** Thrown by readDocument for input that is not a readable document; `message` is Chinese and user-facing. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(code: DocumentErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentError';
    this.code = code;
  }
}

/** True for a DocumentError, also across module copies (compares the name and code, not the class). */
export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError || (error instanceof Error && error.name === 'DocumentError' && 'code' in error);
}
