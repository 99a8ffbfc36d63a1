import SqliteDatabase from 'better-sqlite3';

/** What an SQLite database file holds, read with a plain connection: its integrity_check verdict and its unit names. */
export function sqliteState(file: string): { integrity: string; units: string[] } {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const units = (db.prepare('SELECT name FROM units ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    return { integrity, units };
  } finally {
    db.close();
  }
}
