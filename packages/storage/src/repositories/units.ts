import type { UnitKind } from '@duban/core';
import { sql } from 'kysely';
import { newId, nowIso, toCount } from '../util.js';
import { reportingDb } from '../reporting/types.js';
import type { Db } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** A unit (department, district, group) with its other names. */
export interface UnitRecord {
  id: string;
  jurisdictionId: string | null;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  active: boolean;
  mergedIntoId: string | null;
  aliases: string[];
  formerNames: string[];
  version: number;
}

/** Fields a caller may set on a unit. */
export interface UnitFields {
  jurisdictionId?: string | null;
  name?: string;
  shortName?: string | null;
  kind?: UnitKind;
  active?: boolean;
}

/** Names are compared after NFKC, without whitespace, with Chinese brackets folded. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【[]/g, '(')
    .replace(/[〕】\]]/g, ')');
}

async function hydrate(
  db: Db,
  rows: {
    id: string;
    jurisdiction_id: string | null;
    name: string;
    short_name: string | null;
    kind: UnitKind;
    active: number;
    merged_into_id: string | null;
    version: number;
  }[],
): Promise<UnitRecord[]> {
  if (rows.length === 0) return [];
  const aliases = await db
    .selectFrom('unit_aliases')
    .selectAll()
    .where(
      'unit_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('alias')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    jurisdictionId: r.jurisdiction_id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    active: r.active === 1,
    mergedIntoId: r.merged_into_id,
    aliases: aliases.filter((a) => a.unit_id === r.id && a.kind === 'alias').map((a) => a.alias),
    formerNames: aliases.filter((a) => a.unit_id === r.id && a.kind === 'former').map((a) => a.alias),
    version: r.version,
  }));
}

/** Units, optionally including merged/inactive ones, ordered by name. */
export async function listUnits(db: Db, opts: { includeMerged?: boolean; jurisdictionId?: string } = {}): Promise<UnitRecord[]> {
  let q = db.selectFrom('units').selectAll();
  if (!opts.includeMerged) q = q.where('merged_into_id', 'is', null);
  if (opts.jurisdictionId) q = q.where('jurisdiction_id', '=', opts.jurisdictionId);
  return hydrate(db, await q.orderBy('name').execute());
}

/** One unit or undefined. */
export async function findUnit(db: Db, id: string): Promise<UnitRecord | undefined> {
  const rows = await db.selectFrom('units').selectAll().where('id', '=', id).execute();
  return (await hydrate(db, rows))[0];
}

/** Units whose name, alias or former name equals `name` after normalisation (merged units are followed). */
export async function findUnitsByName(db: Db, name: string): Promise<UnitRecord[]> {
  const n = normalizeName(name);
  const ids = new Set<string>();
  const direct = await db.selectFrom('units').select(['id', 'name']).where('merged_into_id', 'is', null).execute();
  for (const u of direct) if (normalizeName(u.name) === n) ids.add(u.id);
  const aliased = await db.selectFrom('unit_aliases').select('unit_id').where('normalized', '=', n).execute();
  for (const a of aliased) ids.add(a.unit_id);
  const out: UnitRecord[] = [];
  for (const id of ids) {
    let u = await findUnit(db, id);
    while (u?.mergedIntoId) u = await findUnit(db, u.mergedIntoId);
    if (u && !out.some((o) => o.id === u!.id)) out.push(u);
  }
  return out;
}

/** Creates a unit with its aliases. */
export async function insertUnit(
  db: Db,
  u: Required<Pick<UnitFields, 'name' | 'kind'>> & UnitFields & { id?: string; aliases?: string[]; formerNames?: string[] },
): Promise<UnitRecord> {
  const id = u.id ?? newId();
  const now = nowIso();
  await db
    .insertInto('units')
    .values({
      id,
      jurisdiction_id: u.jurisdictionId ?? null,
      name: u.name,
      short_name: u.shortName ?? null,
      kind: u.kind,
      active: u.active === false ? 0 : 1,
      merged_into_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const a of u.aliases ?? []) await addUnitAlias(db, id, a, 'alias');
  for (const a of u.formerNames ?? []) await addUnitAlias(db, id, a, 'former');
  return (await findUnit(db, id))!;
}

/** Adds another name for a unit (no-op when it already has it). */
export async function addUnitAlias(db: Db, unitId: string, alias: string, kind: 'alias' | 'former'): Promise<void> {
  const normalized = normalizeName(alias);
  const exists = await db
    .selectFrom('unit_aliases')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('normalized', '=', normalized)
    .executeTakeFirst();
  if (!exists) await db.insertInto('unit_aliases').values({ id: newId(), unit_id: unitId, alias, normalized, kind }).execute();
}

/** Replaces a unit's aliases and former names. */
export async function setUnitAliases(db: Db, unitId: string, aliases: string[], formerNames: string[]): Promise<void> {
  await db.deleteFrom('unit_aliases').where('unit_id', '=', unitId).execute();
  for (const a of aliases) await addUnitAlias(db, unitId, a, 'alias');
  for (const a of formerNames) await addUnitAlias(db, unitId, a, 'former');
}

/** Updates a unit if its version is still `version`; returns false on a stale version. */
export async function updateUnit(db: Db, id: string, version: number, f: UnitFields): Promise<boolean> {
  return updateVersioned(
    db,
    'units',
    { id, version },
    {
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.shortName !== undefined ? { short_name: f.shortName } : {}),
      ...(f.kind !== undefined ? { kind: f.kind } : {}),
      ...(f.jurisdictionId !== undefined ? { jurisdiction_id: f.jurisdictionId } : {}),
      ...(f.active !== undefined ? { active: f.active ? 1 : 0 } : {}),
      updated_at: nowIso(),
    },
  );
}

/**
 * Merges `fromId` into `intoId`: assignments, indicator leads and user roles move over, the old name
 * (and its aliases) become aliases of the surviving unit, and the old unit is marked merged.
 */
export async function mergeUnits(db: Db, fromId: string, intoId: string): Promise<void> {
  const from = await findUnit(db, fromId);
  if (!from) return;
  await db.updateTable('assignments').set({ unit_id: intoId }).where('unit_id', '=', fromId).execute();
  await db.updateTable('indicators').set({ lead_unit_id: intoId }).where('lead_unit_id', '=', fromId).execute();
  await db.updateTable('user_roles').set({ unit_id: intoId }).where('unit_id', '=', fromId).execute();
  for (const a of [from.name, ...from.aliases]) await addUnitAlias(db, intoId, a, 'alias');
  for (const a of from.formerNames) await addUnitAlias(db, intoId, a, 'former');
  await db
    .updateTable('units')
    .set({ merged_into_id: intoId, active: 0, version: from.version + 1, updated_at: nowIso() })
    .where('id', '=', fromId)
    .execute();
}

/**
 * What still refers to a unit, one count per foreign key to `units` (see the migrations). A unit may be deleted
 * only when every count is zero; otherwise the office merges it instead.
 *
 * @example
 * const usage = await unitUsage(db, id);
 * if (Object.values(usage).every((n) => n === 0)) await deleteUnit(db, id);
 */
export interface UnitUsage {
  /** Task assignments (lead or participating unit). */
  assignments: number;
  /** Indicators it leads. */
  indicators: number;
  /** User roles bound to it (liaisons). */
  userRoles: number;
  /** Progress reports it submitted. */
  reports: number;
  /** Running report counts kept per plan, unit and period. */
  reportTallies: number;
  /** Indicator values it reported. */
  indicatorValues: number;
  /** Supervision notices (督办单) issued to it. */
  notices: number;
  /** Replies to notices made on its behalf. */
  noticeReplies: number;
  /** Units merged into it (their merged_into_id points here). */
  mergedUnits: number;
}

/** Counts every row that refers to unit `id` (see {@link UnitUsage}). */
export async function unitUsage(db: Db, id: string): Promise<UnitUsage> {
  const rdb = reportingDb(db);
  const n = sql<number>`count(*)`.as('n');
  const count = (row: { n: unknown } | undefined) => toCount(row?.n);
  return {
    assignments: count(await rdb.selectFrom('assignments').select(n).where('unit_id', '=', id).executeTakeFirst()),
    indicators: count(await rdb.selectFrom('indicators').select(n).where('lead_unit_id', '=', id).executeTakeFirst()),
    userRoles: count(await rdb.selectFrom('user_roles').select(n).where('unit_id', '=', id).executeTakeFirst()),
    reports: count(await rdb.selectFrom('reports').select(n).where('unit_id', '=', id).executeTakeFirst()),
    reportTallies: count(await rdb.selectFrom('report_tallies').select(n).where('unit_id', '=', id).executeTakeFirst()),
    indicatorValues: count(await rdb.selectFrom('indicator_values').select(n).where('unit_id', '=', id).executeTakeFirst()),
    notices: count(await rdb.selectFrom('notices').select(n).where('unit_id', '=', id).executeTakeFirst()),
    noticeReplies: count(await rdb.selectFrom('notice_replies').select(n).where('unit_id', '=', id).executeTakeFirst()),
    mergedUnits: count(await rdb.selectFrom('units').select(n).where('merged_into_id', '=', id).executeTakeFirst()),
  };
}

/**
 * Deletes a unit with its aliases and former names; returns false when there is no such unit. Callers check
 * {@link unitUsage} first: a row still referring to the unit makes the database refuse (foreign keys).
 */
export async function deleteUnit(db: Db, id: string): Promise<boolean> {
  await db.deleteFrom('unit_aliases').where('unit_id', '=', id).execute();
  const res = await db.deleteFrom('units').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** The names of the given units that exist (merged ones included), by id. */
export async function unitNamesById(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const u of await db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute())
      out.set(u.id, u.name);
  }
  return out;
}
