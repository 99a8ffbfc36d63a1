import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dumpJsonForTest,
  findTask,
  insertDocument,
  insertPlan,
  insertTask,
  insertUnit,
  listTasks,
  migrateToLatest,
  openDatabase,
  restoreDatabase,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

/** A JSON dump taken from SQLite restores into every dialect with the same rows (and a working search index). */
for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`JSON dump from SQLite restored into ${target.name}`, () => {
    it('carries every row, binary documents included', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'duban-cross-'));
      const source = await openDatabase({ file: ':memory:' });
      const dest = await target.open();
      try {
        await migrateToLatest(source.db);
        const parent = await insertUnit(source.db, { name: '市卫生健康委', kind: 'department', aliases: ['市卫健委'] });
        const doc = await insertDocument(source.db, {
          fileName: 'a.pdf',
          format: 'pdf',
          bytes: new Uint8Array([0, 255, 1, 2]),
          text: '原文',
          blocks: [{ kind: 'para' }],
        });
        const planId = await insertPlan(source.db, { documentId: doc.id, createdBy: null, title: '迁移测试' });
        const taskId = await insertTask(
          source.db,
          planId,
          0,
          {
            kind: 'task',
            number: '1',
            path: ['一'],
            title: null,
            text: '开展慢性病筛查工作',
            due: ['2026-05-31'],
            ongoing: false,
            separateLeads: false,
            deadlineText: null,
            milestones: [],
            source: null,
          },
          [{ unitId: parent.id, name: '市卫健委', role: 'lead' }],
          'not_started',
        );
        const file = path.join(dir, 'dump.json');
        const dump = await dumpJsonForTest(source);
        writeFileSync(file, JSON.stringify(dump));
        const options =
          target.name === 'postgres'
            ? { url: process.env.DUBAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test', schema: dest.schema! }
            : { file: path.join(dir, 'dest.sqlite') };
        if (target.name === 'sqlite') await dest.close();
        const { kind } = await restoreDatabase(options, file);
        expect(kind).toBe('json');
        const check = target.name === 'postgres' ? dest : await openDatabase(options);
        try {
          const sorted = (tables: Record<string, unknown[]>) =>
            Object.fromEntries(
              Object.entries(tables)
                .filter(([t]) => t !== 'settings')
                .map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]),
            );
          const restored = await dumpJsonForTest(check);
          expect(sorted(restored.tables)).toEqual(sorted(dump.tables));
          if (target.name === 'postgres') expect(restored.tables.settings).toEqual([{ key: 'search_mode', value: 'pg_trgm' }]);
          expect((await findTask(check.db, taskId))?.assignments[0]?.unitName).toBe('市卫生健康委');
          expect((await listTasks(check.db, { q: '慢性病筛查' }, { page: 1, pageSize: 5 })).total).toBe(1);
        } finally {
          if (target.name === 'sqlite') await check.close();
        }
      } finally {
        await source.close();
        if (target.name === 'postgres') await target.dispose(dest);
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
