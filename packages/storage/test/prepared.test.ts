import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedRows, runPrepared } from '../src/prepared.js';
import type { OpenDatabase } from '../src/index.js';
import { testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`prepared queries on ${target.name}`, () => {
    let open: OpenDatabase;
    beforeAll(async () => {
      open = await target.open();
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    const insertUnit = (id: string, name: string, shortName: string | null) => {
      const row = preparedRows([
        {
          id,
          name,
          short_name: shortName,
          jurisdiction_id: null,
          kind: 'department' as const,
          active: 1,
          merged_into_id: null,
          version: 1,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        },
      ]);
      return runPrepared(open.db, 'test.unit-insert', row.values, (v) => open.db.insertInto('units').values(row.rows(v)));
    };
    const nameOf = async (id: string) =>
      (
        await runPrepared(open.db, 'test.unit-name', [id], (v) =>
          open.db.selectFrom('units').select(['name', 'short_name']).where('id', '=', v<string>(0)),
        )
      ).rows;

    it('runs the one compiled query with each call’s values, constants kept and nulls stored', async () => {
      await insertUnit('p-1', '市体育局', '体育');
      await insertUnit('p-2', '市民政局', null);
      expect(await nameOf('p-1')).toEqual([{ name: '市体育局', short_name: '体育' }]);
      expect(await nameOf('p-2')).toEqual([{ name: '市民政局', short_name: null }]);
      expect(await nameOf('missing')).toEqual([]);
      const renamed = await runPrepared(open.db, 'test.unit-rename', ['市体育总局', 'p-1'], (v) =>
        open.db
          .updateTable('units')
          .set({ name: v<string>(0), version: 2 })
          .where('id', '=', v<string>(1)),
      );
      expect(Number(renamed.numAffectedRows)).toBe(1);
      expect(
        await open.db.selectFrom('units').select(['name', 'version']).where('id', 'in', ['p-1', 'p-2']).orderBy('id').execute(),
      ).toEqual([
        { name: '市体育总局', version: 2 },
        { name: '市民政局', version: 1 },
      ]);
    });

    it('refuses a build that transforms a value or leaves one out, on its first run', async () => {
      await expect(
        runPrepared(open.db, 'test.bad-transform', ['x'], (v) =>
          open.db
            .selectFrom('units')
            .select('id')
            .where('name', '=', `${v<string>(0)}局`),
        ),
      ).rejects.toThrow(/transformed/);
      await expect(
        runPrepared(open.db, 'test.bad-missing', ['x', 'y'], (v) =>
          open.db.selectFrom('units').select('id').where('name', '=', v<string>(0)),
        ),
      ).rejects.toThrow(/parameter of its own/);
    });
  });
}
