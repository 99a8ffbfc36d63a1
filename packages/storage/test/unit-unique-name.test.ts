import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.js';
import {
  dropPostgresSchema,
  insertUnit,
  listUnits,
  migrateToLatest,
  openDatabase,
  queryAudit,
  verifyAuditChain,
} from './support/storage.js';
import { freshSchemaName, pgUrl, testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`unit names without a jurisdiction on ${target.name}`, () => {
    it('the upgrade keeps the oldest of duplicates and renames the others (audited); then the database refuses a duplicate', async () => {
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      const open = await openDatabase(schema ? { url: pgUrl!, schema } : { file: ':memory:' });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0122'));
        const migrator = new Migrator({
          db: open.db,
          ...(schema ? { migrationTableSchema: schema } : {}),
          provider: { getMigrations: async () => before },
          migrationTableName: 'duban_migrations',
          migrationLockTableName: 'duban_migrations_lock',
        });
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        for (const [id, at] of [
          ['b', '2026-01-02'],
          ['a', '2026-01-01'],
          ['c', '2026-01-03'],
        ]) {
          await sql`INSERT INTO units (id, name, kind, active, version, created_at, updated_at) VALUES (${id}, '市体育局', 'department', 1, 1, ${at}, ${at})`.execute(
            open.db,
          );
        }
        await sql`INSERT INTO units (id, name, kind, active, version, created_at, updated_at) VALUES ('d', '市体育局（重复2）', 'department', 1, 1, '2026-01-04', '2026-01-04')`.execute(
          open.db,
        );
        // 0122 and whatever later migrations exist run now.
        expect(await migrateToLatest(open.db)).toEqual(
          Object.keys(migrations)
            .filter((name) => name >= '0122')
            .sort(),
        );
        const names = Object.fromEntries((await listUnits(open.db)).map((u) => [u.id, u.name]));
        expect(names).toEqual({ a: '市体育局', b: '市体育局（重复3）', c: '市体育局（重复4）', d: '市体育局（重复2）' });
        const audit = (await queryAudit(open.db, { entity: 'unit' }, { page: 1, pageSize: 10 })).items;
        expect(audit.map((e) => [e.entityId, e.before, e.after]).sort()).toEqual([
          ['b', { name: '市体育局' }, { name: '市体育局（重复3）' }],
          ['c', { name: '市体育局' }, { name: '市体育局（重复4）' }],
        ]);
        expect((await verifyAuditChain(open.db)).ok).toBe(true);
        await expect(insertUnit(open.db, { name: '市体育局', kind: 'department' })).rejects.toThrow();
      } finally {
        await open.close();
        if (schema) await dropPostgresSchema(pgUrl!, schema);
      }
    });
  });
}
