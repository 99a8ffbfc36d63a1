import type { DeliveryChannelKind, OutboxEventKind, OutboxStatus } from '@duban/core';
import type { Db } from '../repositories/types.js';

/** Row of `delivery_channels`: a robot or mail server notifications of a jurisdiction go out through. */
export interface DeliveryChannelTable {
  id: string;
  /** Null: the channel serves every jurisdiction. */
  jurisdiction_id: string | null;
  kind: DeliveryChannelKind;
  name: string;
  /** JSON of the channel's settings, secrets included (never returned by the API in full). */
  config: string;
  enabled: number;
  /** 1: private/loopback addresses and plain http are allowed (an administrator's explicit choice). */
  allow_private: number;
  created_at: string;
  updated_at: string;
}

/** Row of `delivery_outbox`: one message to send through one channel (to one address for e-mail). */
export interface DeliveryOutboxTable {
  id: string;
  channel_id: string;
  notification_id: string | null;
  event_kind: OutboxEventKind;
  recipient: string | null;
  title: string;
  body: string;
  /** pending → sending (claimed under a lease) → sent | pending (retry) | failed (gave up). */
  status: OutboxStatus;
  attempts: number;
  max_attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  /** The attempt id of the claim that holds (or last held) the row. */
  lease_id: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** The delivery tables. */
// A type alias (not an interface): withTables needs the index signature an interface lacks.
export type DeliveryTables = {
  delivery_channels: DeliveryChannelTable;
  delivery_outbox: DeliveryOutboxTable;
};

/** `db` seeing the delivery tables as well. */
export const deliveryDb = (db: Db) => db.withTables<DeliveryTables>();
