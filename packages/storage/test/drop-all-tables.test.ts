import { describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.js';
import {
  auditChainHead,
  dropAllTables,
  dropPostgresSchema,
  getSetting,
  insertUnit,
  listUnits,
  migrateToLatest,
  openDatabase,
  setSetting,
  type OpenDatabase,
} from './support/storage.js';
import { freshSchemaName, pgUrl, testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`dropping all tables on ${target.name}`, () => {
    it('leaves a database that migrations rebuild as new, and other schemas alone', async () => {
      const schemas = target.name === 'postgres' ? [freshSchemaName(), freshSchemaName(), freshSchemaName()] : [];
      const open = async (i: number): Promise<OpenDatabase> => {
        const s = schemas.at(i);
        const db = await openDatabase(s ? { url: pgUrl!, schema: s } : { file: ':memory:' });
        await migrateToLatest(db.db);
        return db;
      };
      const cleared = await open(0);
      const other = target.name === 'postgres' ? await open(1) : null;
      try {
        for (const db of [cleared, other]) {
          if (!db) continue;
          await insertUnit(db.db, { name: '市体育局', kind: 'department' });
          await setSetting(db.db, 'demo_seeded', '2026-01-01');
        }
        const fresh = await open(-1);
        const seeded = await auditChainHead(fresh.db);
        await fresh.close();
        const tables = await dropAllTables(cleared.db);
        expect(tables).toEqual(expect.arrayContaining(['units', 'settings', 'plans', 'tasks', 'audit_log', 'users', 'duban_migrations']));
        expect(await migrateToLatest(cleared.db)).toEqual(Object.keys(migrations).sort());
        expect(await listUnits(cleared.db)).toEqual([]);
        expect(await getSetting(cleared.db, 'demo_seeded')).toBeNull();
        // Rows the migrations seed are back, as on a first start.
        expect(await auditChainHead(cleared.db)).toEqual(seeded);
        // Writable again at once: the same name is free.
        await insertUnit(cleared.db, { name: '市体育局', kind: 'department' });
        expect((await listUnits(cleared.db)).map((u) => u.name)).toEqual(['市体育局']);
        if (other) {
          expect((await listUnits(other.db)).map((u) => u.name)).toEqual(['市体育局']);
          expect(await getSetting(other.db, 'demo_seeded')).toBe('2026-01-01');
        }
      } finally {
        await cleared.close();
        await other?.close();
        for (const s of schemas) await dropPostgresSchema(pgUrl!, s);
      }
    });
  });
}
