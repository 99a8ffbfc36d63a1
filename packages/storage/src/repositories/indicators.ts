import type { Comparator } from '@duban/core';
import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** A quantified target of a plan. */
export interface IndicatorRecord {
  id: string;
  planId: string;
  ordinal: number;
  name: string;
  text: string;
  baseline: number | null;
  target: number;
  unit: string;
  comparator: Comparator;
  due: string | null;
  leadUnitId: string | null;
  source: { start: number; end: number; line: number } | null;
  /** The heading it was read under ("一、主要目标"), for assigning owners a section at a time. */
  section: string | null;
  version: number;
}

/** Editable indicator fields. */
export interface IndicatorFields {
  name?: string;
  text?: string;
  baseline?: number | null;
  target?: number;
  unit?: string;
  comparator?: Comparator;
  due?: string | null;
  leadUnitId?: string | null;
}

type Row = {
  id: string;
  plan_id: string;
  ordinal: number;
  name: string;
  text: string;
  baseline: number | null;
  target: number;
  unit: string;
  comparator: Comparator;
  due: string | null;
  lead_unit_id: string | null;
  source_start: number | null;
  source_end: number | null;
  source_line: number | null;
  section: string | null;
  version: number;
};

function toRecord(r: Row): IndicatorRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    ordinal: r.ordinal,
    name: r.name,
    text: r.text,
    baseline: r.baseline === null ? null : Number(r.baseline),
    target: Number(r.target),
    unit: r.unit,
    comparator: r.comparator,
    due: r.due,
    leadUnitId: r.lead_unit_id,
    source:
      r.source_start !== null && r.source_end !== null ? { start: r.source_start, end: r.source_end, line: r.source_line ?? 1 } : null,
    section: r.section,
    version: r.version,
  };
}

/** Inserts an indicator. */
export async function insertIndicator(
  db: Db,
  planId: string,
  ordinal: number,
  i: Required<Omit<IndicatorFields, 'leadUnitId'>> & {
    leadUnitId?: string | null;
    source: IndicatorRecord['source'];
    section?: string | null;
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('indicators')
    .values({
      id,
      plan_id: planId,
      ordinal,
      name: i.name,
      text: i.text,
      baseline: i.baseline,
      target: i.target,
      unit: i.unit,
      comparator: i.comparator,
      due: i.due,
      lead_unit_id: i.leadUnitId ?? null,
      source_start: i.source?.start ?? null,
      source_end: i.source?.end ?? null,
      source_line: i.source?.line ?? null,
      section: i.section ?? null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Indicators, optionally of one plan (or of published plans only). */
export async function listIndicators(db: Db, f: { planId?: string; publishedOnly?: boolean }): Promise<IndicatorRecord[]> {
  let q = db.selectFrom('indicators').selectAll();
  if (f.planId) q = q.where('plan_id', '=', f.planId);
  if (f.publishedOnly) q = q.where('plan_id', 'in', db.selectFrom('plans').select('id').where('status', '=', 'published'));
  return (await q.orderBy('created_at').orderBy('plan_id').orderBy('ordinal').execute()).map(toRecord);
}

/** One indicator or undefined. */
export async function findIndicator(db: Db, id: string): Promise<IndicatorRecord | undefined> {
  const r = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** Updates an indicator if the version matches; false on a stale version. */
export async function updateIndicator(db: Db, id: string, version: number, f: IndicatorFields): Promise<boolean> {
  return updateVersioned(
    db,
    'indicators',
    { id, version },
    {
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.text !== undefined ? { text: f.text } : {}),
      ...(f.baseline !== undefined ? { baseline: f.baseline } : {}),
      ...(f.target !== undefined ? { target: f.target } : {}),
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      ...(f.comparator !== undefined ? { comparator: f.comparator } : {}),
      ...(f.due !== undefined ? { due: f.due } : {}),
      ...(f.leadUnitId !== undefined ? { lead_unit_id: f.leadUnitId } : {}),
      updated_at: nowIso(),
    },
  );
}
