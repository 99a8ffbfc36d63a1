import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** A jurisdiction: province → city → county/district → township. */
export interface JurisdictionRecord {
  id: string;
  parentId: string | null;
  name: string;
  level: string;
}

/** All jurisdictions, parents before children where possible (by level then name). */
export async function listJurisdictions(db: Db): Promise<JurisdictionRecord[]> {
  const rows = await db.selectFrom('jurisdictions').selectAll().orderBy('created_at').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, level: r.level }));
}

/** Adds a jurisdiction. */
export async function insertJurisdiction(db: Db, j: Omit<JurisdictionRecord, 'id'> & { id?: string }): Promise<JurisdictionRecord> {
  const id = j.id ?? newId();
  await db.insertInto('jurisdictions').values({ id, parent_id: j.parentId, name: j.name, level: j.level, created_at: nowIso() }).execute();
  return { id, parentId: j.parentId, name: j.name, level: j.level };
}

/** One jurisdiction or undefined. */
export async function findJurisdiction(db: Db, id: string): Promise<JurisdictionRecord | undefined> {
  const r = await db.selectFrom('jurisdictions').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, parentId: r.parent_id, name: r.name, level: r.level };
}
