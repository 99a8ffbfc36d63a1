import type { JurisdictionLevel } from '@duban/core';
import { sql } from 'kysely';
import { newId, nowIso, toCount } from '../util.js';
import type { Db } from './types.js';

/** A jurisdiction: province → city → county/district → township. */
export interface JurisdictionRecord {
  id: string;
  parentId: string | null;
  name: string;
  level: JurisdictionLevel;
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

/** What still refers to a jurisdiction: a jurisdiction may be deleted only when every count is zero. */
export interface JurisdictionUsage {
  /** Jurisdictions directly under it. */
  children: number;
  /** Units of it (merged ones included: they still point at it). */
  units: number;
  /** Plans of it. */
  plans: number;
}

/** Counts what refers to jurisdiction `id` (see {@link JurisdictionUsage}). */
export async function jurisdictionUsage(db: Db, id: string): Promise<JurisdictionUsage> {
  const n = sql<number>`count(*)`.as('n');
  const count = (row: { n: unknown } | undefined) => toCount(row?.n);
  return {
    children: count(await db.selectFrom('jurisdictions').select(n).where('parent_id', '=', id).executeTakeFirst()),
    units: count(await db.selectFrom('units').select(n).where('jurisdiction_id', '=', id).executeTakeFirst()),
    plans: count(await db.selectFrom('plans').select(n).where('jurisdiction_id', '=', id).executeTakeFirst()),
  };
}

/**
 * Deletes a jurisdiction; returns false when there is no such jurisdiction. Callers check
 * {@link jurisdictionUsage} first: a child, unit or plan still pointing at it makes the database refuse.
 */
export async function deleteJurisdiction(db: Db, id: string): Promise<boolean> {
  const res = await db.deleteFrom('jurisdictions').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
