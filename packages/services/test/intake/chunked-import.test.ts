// A large import is saved in chunks: other requests run between them, the draft stays hidden until it is whole, and a
// cancelled or killed import leaves nothing behind (its plan, and the units it created that nothing else uses).
import { describe, expect, it } from 'vitest';
import { abandonedImports, dropPostgresSchema, insertPlan, migrateToLatest, openDatabase, queryAudit } from '@duban/storage';
import { freshSchemaName, pgUrl, testDatabases } from '../../../storage/test/support/databases.js';
import { IMPORT_CHUNK, createContext, createServices, discardAbandonedImports, systemActor } from '../../src/index.js';

const TASKS = IMPORT_CHUNK * 4 + 7;
const plan = (units: string) =>
  [
    '某市健康促进行动实施方案',
    '一、重点任务',
    ...Array.from({ length: TASKS }, (_, i) => `${i + 1}. 推进第${i + 1}项健康促进工作。（牵头单位：${units}）2026年底前完成。`),
  ].join('\n');

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`chunked import on ${target.name}`, () => {
    async function setup() {
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      const open = await openDatabase(schema ? { url: pgUrl!, schema } : { file: ':memory:' });
      await migrateToLatest(open.db);
      const services = createServices(createContext(open.db, 'secret-for-tests', { today: () => '2026-06-15' }));
      const close = async () => {
        await open.close();
        if (schema) await dropPostgresSchema(pgUrl!, schema);
      };
      return { open, services, ctx: createContext(open.db, 'secret-for-tests'), close };
    }

    it('lets reads run while it saves, and shows the draft only once it is whole', async () => {
      const { open, services, close } = await setup();
      try {
        let importing = true;
        let midSave = 0;
        const seenCounts: number[] = [];
        const importDone = services.plans
          .importPlan(systemActor, { fileName: 'big.txt', text: plan('市卫生健康委') }, { createUnits: true })
          .finally(() => (importing = false));
        // Reads issued while the import saves: each completes, and none sees a half-saved draft.
        while (importing) {
          // As HTTP requests would, each read waits for the next turn of the event loop (the parse worker answers there).
          await new Promise((r) => setImmediate(r));
          const listed = await services.plans.list(systemActor, {}, { page: 1, pageSize: 10 });
          const saved = Number(
            (
              await open.db
                .selectFrom('tasks')
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
          if (saved > 0 && saved < TASKS && listed.total === 0) midSave++;
          seenCounts.push(...listed.items.map((p) => p.taskCount));
        }
        const done = await importDone;
        expect(done.taskCount).toBe(TASKS);
        // Reads completed between the chunks (some tasks saved, the plan still hidden), and any plan listed was whole.
        expect(midSave).toBeGreaterThan(0);
        expect(seenCounts.filter((n) => n !== TASKS)).toEqual([]);
        expect((await services.plans.list(systemActor, {}, { page: 1, pageSize: 10 })).total).toBe(1);
      } finally {
        await close();
      }
    });

    it('a cancelled import removes its saved chunks and the units it created', async () => {
      const { open, services, close } = await setup();
      try {
        const abort = new AbortController();
        const importing = services.plans.importPlan(
          systemActor,
          { fileName: 'big.txt', text: plan('市新设健康中心') },
          { createUnits: true, signal: abort.signal },
        );
        // Cancel once some chunks are saved.
        for (let i = 0; i < 2000 && !(await open.db.selectFrom('tasks').select('id').executeTakeFirst()); i++)
          await new Promise((r) => setTimeout(r, 10));
        expect(await open.db.selectFrom('tasks').select('id').executeTakeFirst()).toBeDefined();
        abort.abort();
        await expect(importing).rejects.toMatchObject({ id: 'import.cancelled' });
        expect(await open.db.selectFrom('plans').select('id').execute()).toEqual([]);
        expect(await open.db.selectFrom('tasks').select('id').execute()).toEqual([]);
        expect((await services.units.list(systemActor)).map((u) => u.name)).not.toContain('市新设健康中心');
        const trail = (await queryAudit(open.db, {}, { page: 1, pageSize: 100 })).items
          .filter((a) => a.action === 'delete')
          .map((a) => [a.entity, a.reason]);
        expect(trail).toEqual(
          expect.arrayContaining([
            ['plan', '导入未完成，已撤销'],
            ['unit', '导入未完成，已撤销'],
          ]),
        );
      } finally {
        await close();
      }
    });

    it('removes an import a killed process left half-saved', async () => {
      const { open, ctx, services, close } = await setup();
      try {
        await insertPlan(open.db, { title: '半途中断的导入', documentId: null, createdBy: null, importing: true });
        expect(await abandonedImports(open.db)).toHaveLength(1);
        expect((await services.plans.list(systemActor, {}, { page: 1, pageSize: 10 })).total).toBe(0);
        expect(await discardAbandonedImports(ctx)).toBe(1);
        expect(await open.db.selectFrom('plans').select('id').execute()).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}
