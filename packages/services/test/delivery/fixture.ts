import type { NotificationKind } from '@duban/core';
import {
  insertDeliveryChannel,
  insertJurisdiction,
  insertNotifications,
  insertUnit,
  insertUser,
  migrateToLatest,
  openDatabase,
  setUserEmail,
  type DeliveryChannelInput,
  type OpenDatabase,
} from '@duban/storage';

/** A migrated in-memory database with one jurisdiction, two units and a liaison with an e-mail address in the first. */
export async function deliveryFixture(open?: OpenDatabase) {
  const o = open ?? (await openDatabase({ file: ':memory:' }));
  if (!open) await migrateToLatest(o.db);
  const city = await insertJurisdiction(o.db, { parentId: null, name: '示例市', level: 'city' });
  const other = await insertJurisdiction(o.db, { parentId: null, name: '别的市', level: 'city' });
  const unit = await insertUnit(o.db, { name: '市交通运输局', kind: 'department', jurisdictionId: city.id });
  const elsewhere = await insertUnit(o.db, { name: '别市教育局', kind: 'department', jurisdictionId: other.id });
  const liaison = await insertUser(o.db, { username: 'jt_liaison', passwordHash: null, roles: [{ role: 'liaison', unitId: unit.id }] });
  await setUserEmail(o.db, liaison.id, 'liaison@jt.example');
  return {
    open: o,
    db: o.db,
    city,
    unit,
    elsewhere,
    liaison,
    /** Adds a channel of the city (allowPrivate on: the receivers listen on 127.0.0.1). */
    channel: (c: Partial<DeliveryChannelInput> & Pick<DeliveryChannelInput, 'kind' | 'config'>) =>
      insertDeliveryChannel(o.db, { jurisdictionId: city.id, name: c.kind, enabled: true, allowPrivate: true, ...c }),
    /** Stores a notification to `unitIds` in a transaction, as services do (the outbox rows come with it). */
    notify: (unitIds: string[], text = '任务 （一）1 已调整', kind: NotificationKind = 'task_adjusted') =>
      o.db.transaction().execute((tx) => insertNotifications(tx, unitIds, { kind, text, link: '/tasks/t1' })),
  };
}
