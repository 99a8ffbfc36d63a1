import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ReportingTables } from './schema.js';

/** A Kysely handle (or transaction) that sees the foundation and the reporting tables. */
export type ReportingDb = Kysely<Database & ReportingTables>;

/** Widens a foundation handle to the reporting tables (no runtime cost). */
export function reportingDb(db: Kysely<Database>): ReportingDb {
  return db.withTables<ReportingTables>();
}
