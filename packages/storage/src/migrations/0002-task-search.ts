import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Chinese full-text search over tasks.search_text. SQLite: an FTS5 index with the trigram tokenizer kept in
 * step by triggers. PostgreSQL: a pg_trgm GIN index that speeds up ILIKE; without the extension ILIKE still
 * works, only unindexed (a setting records which, so the server can say so).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE tasks_fts USING fts5(search_text, content='tasks', content_rowid='rowid', tokenize='trigram')`.execute(
      db,
    );
    await sql`CREATE TRIGGER tasks_fts_ai AFTER INSERT ON tasks BEGIN
      INSERT INTO tasks_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`.execute(db);
    await sql`CREATE TRIGGER tasks_fts_ad AFTER DELETE ON tasks BEGIN
      INSERT INTO tasks_fts(tasks_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`.execute(db);
    await sql`CREATE TRIGGER tasks_fts_au AFTER UPDATE OF search_text ON tasks BEGIN
      INSERT INTO tasks_fts(tasks_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO tasks_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`.execute(db);
    return;
  }
  // Two attempts: a concurrent migration (parallel test runs) may create the extension between our check and insert.
  let mode = 'ilike';
  for (let attempt = 0; attempt < 2 && mode === 'ilike'; attempt++) {
    await sql`SAVEPOINT duban_trgm`.execute(db);
    try {
      await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(db);
      await sql`CREATE INDEX tasks_search_trgm ON tasks USING gin (search_text public.gin_trgm_ops)`.execute(db);
      await sql`RELEASE SAVEPOINT duban_trgm`.execute(db);
      mode = 'pg_trgm';
    } catch {
      await sql`ROLLBACK TO SAVEPOINT duban_trgm`.execute(db);
    }
  }
  await sql`INSERT INTO settings (key, value) VALUES ('search_mode', ${mode})`.execute(db);
}
