import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import type { EnumeratedColumn } from './enumerated-columns.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
type AnyDb = Kysely<any>;

const quoteText = (v: string) => `'${v.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => values.map(quoteText).join(', ');
const constraintName = (c: EnumeratedColumn) => `${c.table}_${c.column}_allowed`;

/** A stored value of a column that is neither allowed nor a known legacy label, with how many rows hold it. */
export interface EnumeratedViolation {
  table: string;
  column: string;
  value: string;
  rows: number;
}

/** The values of the columns that would refuse their constraint even after legacy labels are mapped. */
export async function enumeratedViolations(db: AnyDb, columns: readonly EnumeratedColumn[]): Promise<EnumeratedViolation[]> {
  const out: EnumeratedViolation[] = [];
  for (const c of columns) {
    const accepted = [...c.values, ...Object.keys(c.legacy ?? {})];
    const rows = (await db
      .selectFrom(c.table)
      .select([sql.ref(c.column).as('value'), (eb) => eb.fn.countAll().as('n')])
      .where(sql.ref(c.column), 'is not', null)
      .where(sql.ref(c.column), 'not in', accepted)
      .groupBy(sql.ref(c.column))
      .execute()) as { value: string; n: number | string | bigint }[];
    for (const r of rows) out.push({ table: c.table, column: c.column, value: r.value, rows: Number(r.n) });
  }
  return out;
}

/** Rewrites the legacy labels a column may hold to their codes. */
export async function mapLegacyValues(db: AnyDb, c: EnumeratedColumn): Promise<void> {
  for (const [label, code] of Object.entries(c.legacy ?? {})) {
    await db.updateTable(c.table).set(c.column, code).where(sql.ref(c.column), '=', label).execute();
  }
}

/**
 * Makes the database refuse any other value in the column: a CHECK constraint on PostgreSQL; on SQLite, which cannot
 * add one to an existing table, BEFORE INSERT / BEFORE UPDATE OF triggers that abort. NULL passes (NOT NULL is the
 * column's own business).
 */
export async function enforceEnumeratedColumn(db: AnyDb, c: EnumeratedColumn): Promise<void> {
  const name = constraintName(c);
  const allowed = list(c.values);
  if (dialectOf(db) === 'postgres') {
    await sql.raw(`ALTER TABLE "${c.table}" ADD CONSTRAINT "${name}" CHECK ("${c.column}" IN (${allowed}))`).execute(db);
    return;
  }
  const message = quoteText(`${c.table}.${c.column} must be one of: ${c.values.join(', ')}`);
  const body = `WHEN NEW."${c.column}" NOT IN (${allowed}) BEGIN SELECT RAISE(ABORT, ${message}); END`;
  await sql.raw(`CREATE TRIGGER "${name}_insert" BEFORE INSERT ON "${c.table}" ${body}`).execute(db);
  await sql.raw(`CREATE TRIGGER "${name}_update" BEFORE UPDATE OF "${c.column}" ON "${c.table}" ${body}`).execute(db);
}

/** Undoes `enforceEnumeratedColumn` (before re-enforcing a column with a longer list, or migrating down). */
export async function releaseEnumeratedColumn(db: AnyDb, c: EnumeratedColumn): Promise<void> {
  const name = constraintName(c);
  if (dialectOf(db) === 'postgres') {
    await sql.raw(`ALTER TABLE "${c.table}" DROP CONSTRAINT IF EXISTS "${name}"`).execute(db);
    return;
  }
  await sql.raw(`DROP TRIGGER IF EXISTS "${name}_insert"`).execute(db);
  await sql.raw(`DROP TRIGGER IF EXISTS "${name}_update"`).execute(db);
}
