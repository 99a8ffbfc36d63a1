/**
 * True when an error is a unique-constraint (or primary-key) violation, on either engine: PostgreSQL's SQLSTATE
 * 23505, better-sqlite3's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. The one place this is decided.
 */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof err?.code === 'string' ? err.code : '';
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  return typeof err?.message === 'string' && /UNIQUE constraint failed/.test(err.message);
}

/**
 * True for a foreign-key violation (PostgreSQL 23503, SQLite SQLITE_CONSTRAINT_FOREIGNKEY): a row refers to what was
 * being deleted (e.g. one written after a usage check, by a concurrent transaction on PostgreSQL).
 */
export function isForeignKeyViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
