import type { DeliveryChannelKind } from '@duban/core';
import { newId, nowIso, parseJson } from '../util.js';
import { runPrepared } from '../prepared.js';
import type { Db } from '../repositories/types.js';
import { deliveryDb, type DeliveryChannelTable } from './tables.js';

/** A delivery channel as stored, its settings parsed (secrets included: callers mask them before showing). */
export interface DeliveryChannelRecord {
  id: string;
  jurisdictionId: string | null;
  kind: DeliveryChannelKind;
  name: string;
  config: Record<string, unknown>;
  enabled: boolean;
  allowPrivate: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What creating or replacing a channel takes. */
export interface DeliveryChannelInput {
  jurisdictionId: string | null;
  kind: DeliveryChannelKind;
  name: string;
  config: Record<string, unknown>;
  enabled: boolean;
  allowPrivate: boolean;
}

const present = (r: DeliveryChannelTable): DeliveryChannelRecord => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  kind: r.kind,
  name: r.name,
  config: parseJson<Record<string, unknown>>(r.config, {}),
  enabled: r.enabled === 1,
  allowPrivate: r.allow_private === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every channel, by jurisdiction then name. */
export async function listDeliveryChannels(db: Db): Promise<DeliveryChannelRecord[]> {
  const rows = await deliveryDb(db)
    .selectFrom('delivery_channels')
    .selectAll()
    .orderBy('jurisdiction_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(present);
}

/** One channel or undefined. */
export async function findDeliveryChannel(db: Db, id: string): Promise<DeliveryChannelRecord | undefined> {
  const r = await deliveryDb(db).selectFrom('delivery_channels').selectAll().where('id', '=', id).executeTakeFirst();
  return r && present(r);
}

/** Adds a channel. */
export async function insertDeliveryChannel(db: Db, c: DeliveryChannelInput): Promise<DeliveryChannelRecord> {
  const now = nowIso();
  const row: DeliveryChannelTable = {
    id: newId(),
    jurisdiction_id: c.jurisdictionId,
    kind: c.kind,
    name: c.name,
    config: JSON.stringify(c.config),
    enabled: c.enabled ? 1 : 0,
    allow_private: c.allowPrivate ? 1 : 0,
    created_at: now,
    updated_at: now,
  };
  await deliveryDb(db).insertInto('delivery_channels').values(row).execute();
  return present(row);
}

/** Replaces a channel's settings; false when there is no such channel. */
export async function updateDeliveryChannel(db: Db, id: string, c: DeliveryChannelInput): Promise<boolean> {
  const res = await deliveryDb(db)
    .updateTable('delivery_channels')
    .set({
      jurisdiction_id: c.jurisdictionId,
      kind: c.kind,
      name: c.name,
      config: JSON.stringify(c.config),
      enabled: c.enabled ? 1 : 0,
      allow_private: c.allowPrivate ? 1 : 0,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Deletes a channel and its outbox rows; false when there is no such channel. */
export async function deleteDeliveryChannel(db: Db, id: string): Promise<boolean> {
  await deliveryDb(db).deleteFrom('delivery_outbox').where('channel_id', '=', id).execute();
  const res = await deliveryDb(db).deleteFrom('delivery_channels').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** The enabled channels serving each unit: those of the unit's jurisdiction and those serving every jurisdiction. */
export async function channelsForUnits(db: Db, unitIds: string[]): Promise<Map<string, DeliveryChannelRecord[]>> {
  const out = new Map<string, DeliveryChannelRecord[]>();
  if (unitIds.length === 0) return out;
  // Run on every notification a write makes, mostly to find none: prepared.
  const channels = (
    await runPrepared(db, 'delivery-channels.enabled', [], () =>
      deliveryDb(db).selectFrom('delivery_channels').selectAll().where('enabled', '=', 1).orderBy('id'),
    )
  ).rows.map(present);
  if (channels.length === 0) return out;
  const units = await db.selectFrom('units').select(['id', 'jurisdiction_id']).where('id', 'in', unitIds).execute();
  for (const u of units) {
    const mine = channels.filter((c) => c.jurisdictionId === null || c.jurisdictionId === u.jurisdiction_id);
    if (mine.length) out.set(u.id, mine);
  }
  return out;
}
