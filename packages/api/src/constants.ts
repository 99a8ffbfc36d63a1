/** The session cookie name. */
export const SESSION_COOKIE = 'duban_session';
/** Upload limit (bytes). */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
