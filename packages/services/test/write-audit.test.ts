import { describe, expect, it } from 'vitest';
import { insertUnit, listUnits, migrateToLatest, openDatabase, queryAudit } from '@duban/storage';
import { createContext, write, systemActor } from '../src/index.js';

describe('write()', () => {
  it('commits a write together with its audit entry', async () => {
    const open = await openDatabase({ file: ':memory:' });
    await migrateToLatest(open.db);
    const ctx = createContext(open.db, 'secret-for-tests');
    await write(ctx, systemActor, async (tx, audit) => {
      const u = await insertUnit(tx, { name: '市体育局', kind: 'department' });
      await audit('unit', u.id, 'create', null, u, '测试');
    });
    const entries = await queryAudit(open.db, { entity: 'unit' }, { page: 1, pageSize: 10 });
    expect(entries.items).toHaveLength(1);
    expect(entries.items[0]).toMatchObject({ action: 'create', username: 'system', reason: '测试' });
    await open.close();
  });

  it('refuses (and rolls back) a write that recorded no audit entry', async () => {
    const open = await openDatabase({ file: ':memory:' });
    await migrateToLatest(open.db);
    const ctx = createContext(open.db, 'secret-for-tests');
    await expect(write(ctx, systemActor, async (tx) => insertUnit(tx, { name: '无审计单位', kind: 'department' }))).rejects.toThrow(
      'audit',
    );
    expect(await listUnits(open.db)).toEqual([]);
    await open.close();
  });
});

describe('write() and unique indexes', () => {
  it('turns a unique-index violation into a conflict', async () => {
    const open = await openDatabase({ file: ':memory:' });
    await migrateToLatest(open.db);
    const ctx = createContext(open.db, 'secret-for-tests');
    const add = () =>
      write(ctx, systemActor, async (tx, audit) => {
        await tx.insertInto('settings').values({ key: 'k', value: 'v' }).execute();
        await audit('setting', 'k', 'create', null, null);
      });
    await add();
    await expect(add()).rejects.toMatchObject({ kind: 'conflict', id: 'record.duplicate' });
    await open.close();
  });
});
