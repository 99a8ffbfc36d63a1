import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.js';
import { dropPostgresSchema, insertDocument, insertPlan, listIndicators, migrateToLatest, openDatabase } from './support/storage.js';
import { freshSchemaName, pgUrl, testDatabases } from './support/databases.js';

const TEXT = [
  '青川市健康促进2026年工作方案',
  '一、主要目标',
  '到2026年底，居民健康素养水平达到30%以上。',
  '二、重点任务',
  '（一）实施控烟行动。无烟党政机关建成率达到100%。',
].join('\n');

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`indicator sections on ${target.name}`, () => {
    it('the upgrade gives existing indicators the heading they were read under, from the stored document', async () => {
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      const open = await openDatabase(schema ? { url: pgUrl!, schema } : { file: ':memory:' });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0170'));
        const migrator = new Migrator({
          db: open.db,
          ...(schema ? { migrationTableSchema: schema } : {}),
          provider: { getMigrations: async () => before },
          migrationTableName: 'duban_migrations',
          migrationLockTableName: 'duban_migrations_lock',
        });
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        const doc = await insertDocument(open.db, { fileName: 'a.txt', format: 'txt', bytes: null, text: TEXT, blocks: [] });
        const planId = await insertPlan(open.db, { title: '方案', documentId: doc.id, createdBy: null });
        const rows: [string, number | null][] = [
          ['goal', TEXT.indexOf('居民健康素养')],
          ['item', TEXT.indexOf('无烟党政机关')],
          ['none', null],
        ];
        for (const [id, start] of rows) {
          await sql`INSERT INTO indicators (id, plan_id, ordinal, name, text, target, unit, comparator, source_start, source_end, source_line, version, created_at, updated_at)
            VALUES (${id}, ${planId}, 0, ${id}, ${id}, 1, '%', '>=', ${start}, ${start === null ? null : start + 4}, 1, 1, '2026-01-01', '2026-01-01')`.execute(
            open.db,
          );
        }
        expect(await migrateToLatest(open.db)).toContain('0170-indicator-section');
        const sections = Object.fromEntries((await listIndicators(open.db, { planId })).map((i) => [i.id, i.section]));
        expect(sections).toEqual({ goal: '一、主要目标', item: '（一）实施控烟行动', none: null });
      } finally {
        await open.close();
        if (schema) await dropPostgresSchema(pgUrl!, schema);
      }
    });
  });
}
