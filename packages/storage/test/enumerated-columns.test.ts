import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENUMERATED_COLUMNS } from '../src/constraints/enumerated-columns.js';
import { ENUMERATED_COLUMNS_0180 } from '../src/migrations/0180-enumerated-columns.js';
import { migrations } from '../src/migrations/index.js';
import { dropPostgresSchema, migrateToLatest, openDatabase, type OpenDatabase } from './support/storage.js';
import { freshSchemaName, pgUrl, testDatabases } from './support/databases.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test writes rows the typed schema would refuse
type AnyDb = Kysely<any>;

const at = '2026-01-01T00:00:00.000Z';

/** One valid row in every table that has an enumerated column (ids are the table names). */
async function seed(db: AnyDb): Promise<void> {
  const rows: [string, Record<string, unknown>][] = [
    ['jurisdictions', { id: 'jurisdictions', name: '青川市', level: 'city', created_at: at }],
    ['units', { id: 'units', name: '市卫健委', kind: 'department', created_at: at, updated_at: at }],
    ['unit_aliases', { id: 'unit_aliases', unit_id: 'units', alias: '卫健委', normalized: '卫健委', kind: 'alias' }],
    ['users', { id: 'u', username: 'office', created_at: at, updated_at: at }],
    ['user_roles', { id: 'user_roles', user_id: 'u', role: 'admin' }],
    ['plans', { id: 'plans', status: 'draft', diagnostics: '[]', created_at: at, updated_at: at }],
    [
      'tasks',
      {
        id: 'tasks',
        plan_id: 'plans',
        ordinal: 0,
        kind: 'task',
        path: '[]',
        text: '任务',
        search_text: '任务',
        due: '[]',
        milestones: '[]',
        status: 'not_started',
        created_at: at,
        updated_at: at,
      },
    ],
    [
      'assignments',
      { id: 'assignments', task_id: 'tasks', plan_id: 'plans', unit_id: 'units', name: '市卫健委', role: 'lead', ordinal: 0 },
    ],
    [
      'indicators',
      {
        id: 'indicators',
        plan_id: 'plans',
        ordinal: 0,
        name: '指标',
        text: '指标',
        target: 1,
        unit: '%',
        comparator: '>=',
        created_at: at,
        updated_at: at,
      },
    ],
    ['comments', { id: 'comments', task_id: 'tasks', kind: 'comment', body: '意见', created_at: at }],
    [
      'reporting_periods',
      {
        id: 'reporting_periods',
        plan_id: 'plans',
        seq: 1,
        kind: 'monthly',
        label: '1月',
        start_date: '2026-01-01',
        end_date: '2026-01-31',
        due_date: '2026-01-25',
        window_end: '2026-02-01',
        created_at: at,
      },
    ],
    [
      'reports',
      {
        id: 'reports',
        plan_id: 'plans',
        task_id: 'tasks',
        unit_id: 'units',
        period_id: 'reporting_periods',
        narrative: '进展',
        percent: 10,
        status: 'submitted',
        on_time: 1,
        first_submitted_at: at,
        submitted_at: at,
      },
    ],
    [
      'report_evidence',
      {
        id: 'report_evidence',
        report_id: 'reports',
        name: 'a.pdf',
        mime: 'application/pdf',
        size: 1,
        sha256: 'x',
        storage: 'db',
        uploaded_at: at,
      },
    ],
    [
      'notices',
      {
        id: 'notices',
        number: '督办〔2026〕1号',
        year: 2026,
        seq: 1,
        plan_id: 'plans',
        task_id: 'tasks',
        unit_id: 'units',
        reason: '滞后',
        due_date: '2026-02-01',
        status: 'open',
        issued_at: at,
      },
    ],
    ['notifications', { id: 'notifications', unit_id: 'units', kind: 'task_adjusted', text: '调整', created_at: at }],
    [
      'assessment_periods',
      {
        id: 'assessment_periods',
        plan_id: 'plans',
        name: '一季度',
        start_date: '2026-01-01',
        end_date: '2026-03-31',
        status: 'draft',
        rubric_version: 1,
        adjustments: '{}',
        version: 1,
        created_at: at,
      },
    ],
    ['bulletins', { id: 'bulletins', plan_id: 'plans', period_label: '1月', title: '通报', data: '{}', status: 'draft', created_at: at }],
    ['bulletin_templates', { id: 'bulletin_templates', scope: 'plan', scope_id: 'plans', blocks: '{}', updated_at: at }],
    ['delivery_channels', { id: 'delivery_channels', kind: 'email', name: '邮件', config: '{}', created_at: at, updated_at: at }],
    [
      'delivery_outbox',
      {
        id: 'delivery_outbox',
        channel_id: 'delivery_channels',
        event_kind: 'test',
        title: 't',
        body: 'b',
        status: 'pending',
        max_attempts: 3,
        next_attempt_at: at,
        created_at: at,
        updated_at: at,
      },
    ],
  ];
  for (const [table, row] of rows) await db.insertInto(table).values(row).execute();
}

/** The engine's refusal of a value outside the column's list (never a NOT NULL or unique violation). */
const refusal = (table: string, column: string) =>
  new RegExp(`(violates check constraint "${table}_${column}_allowed")|(${table}\\.${column} must be one of)`);

describe('migration 0180 enforces frozen lists', () => {
  const codes = (cols: readonly { table: string; column: string; values: readonly string[] }[]) =>
    cols.map((c) => ({ column: `${c.table}.${c.column}`, values: [...c.values].sort() }));

  it("still equal core's current codes (a change in core needs a new migration that re-enforces the column)", () => {
    expect(codes(ENUMERATED_COLUMNS_0180)).toEqual(codes(ENUMERATED_COLUMNS));
  });

  it('are literals of the migration, not core objects', () => {
    ENUMERATED_COLUMNS_0180.forEach((c, i) => expect(c.values).not.toBe(ENUMERATED_COLUMNS[i]!.values));
    // A code core adds later shows up as a difference.
    const later = ENUMERATED_COLUMNS.map((c) =>
      c.column === 'status' && c.table === 'tasks' ? { ...c, values: [...c.values, 'paused'] } : c,
    );
    expect(codes(ENUMERATED_COLUMNS_0180)).not.toEqual(codes(later));
  });
});

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`enumerated columns on ${target.name}`, () => {
    let open: OpenDatabase;
    let db: AnyDb;
    beforeAll(async () => {
      open = await target.open();
      db = open.db as AnyDb;
      await seed(db);
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('constrains 23 columns, each in a table the seed fills', () => {
      expect(ENUMERATED_COLUMNS).toHaveLength(23);
    });

    for (const c of ENUMERATED_COLUMNS) {
      it(`${c.table}.${c.column} accepts every core code and refuses anything else, on insert and update`, async () => {
        for (const value of c.values) {
          await db.updateTable(c.table).set(c.column, value).where('id', '=', c.table).execute();
          expect((await db.selectFrom(c.table).select(c.column).where('id', '=', c.table).executeTakeFirstOrThrow())[c.column]).toBe(value);
        }
        await expect(db.updateTable(c.table).set(c.column, 'bogus').where('id', '=', c.table).execute()).rejects.toThrow(
          refusal(c.table, c.column),
        );
        const row = await db.selectFrom(c.table).selectAll().where('id', '=', c.table).executeTakeFirstOrThrow();
        await expect(
          db
            .insertInto(c.table)
            .values({ ...row, id: `${c.table}-2`, [c.column]: 'bogus' })
            .execute(),
        ).rejects.toThrow(refusal(c.table, c.column));
        expect(await db.selectFrom(c.table).select(c.column).where('id', '=', `${c.table}-2`).execute()).toEqual([]);
      });
    }

    it('a zh-CN label is refused as well: the column holds codes only', async () => {
      await expect(db.updateTable('tasks').set('status', '未开始').where('id', '=', 'tasks').execute()).rejects.toThrow(
        refusal('tasks', 'status'),
      );
    });
  });

  describe.skipIf(Boolean(target.skipReason))(`migrating existing data to enumerated columns on ${target.name}`, () => {
    /** A database migrated up to just before 0180, seeded, then given `mess` before the upgrade. */
    async function upgrade(
      mess: (db: AnyDb) => Promise<void>,
    ): Promise<{ result: Promise<string[]>; db: AnyDb; done: () => Promise<void> }> {
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      const opened = await openDatabase(schema ? { url: pgUrl!, schema } : { file: ':memory:' });
      const db = opened.db as AnyDb;
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0180'));
      const migrator = new Migrator({
        db,
        ...(schema ? { migrationTableSchema: schema } : {}),
        provider: { getMigrations: async () => before },
        migrationTableName: 'duban_migrations',
        migrationLockTableName: 'duban_migrations_lock',
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await seed(db);
      await mess(db);
      const result = migrateToLatest(db);
      await result.catch(() => undefined);
      return {
        result,
        db,
        done: async () => {
          await opened.close();
          if (schema) await dropPostgresSchema(pgUrl!, schema);
        },
      };
    }

    it('rewrites the zh-CN labels of codes to the codes', async () => {
      const { result, db, done } = await upgrade(async (db) => {
        await db.updateTable('tasks').set({ status: '滞后', colour: '红色预警', kind: '保障措施' }).execute();
        await db.updateTable('user_roles').set('role', '联络员').execute();
        await db.updateTable('units').set('kind', '区县').execute();
      });
      try {
        expect(await result).toContain('0180-enumerated-columns');
        expect(await db.selectFrom('tasks').select(['status', 'colour', 'kind']).executeTakeFirst()).toEqual({
          status: 'behind',
          colour: 'red',
          kind: 'safeguard',
        });
        expect((await db.selectFrom('user_roles').select('role').executeTakeFirstOrThrow()).role).toBe('liaison');
        expect((await db.selectFrom('units').select('kind').executeTakeFirstOrThrow()).kind).toBe('district');
      } finally {
        await done();
      }
    });

    it('stops on any other stray value, naming it, and changes nothing', async () => {
      const { result, db, done } = await upgrade(async (db) => {
        await db.updateTable('reports').set('status', 'pending').execute();
        await db.updateTable('tasks').set('status', '滞后').execute();
      });
      try {
        await expect(result).rejects.toThrow(/reports\.status = 'pending' \(1 行\)/);
        expect((await db.selectFrom('tasks').select('status').executeTakeFirstOrThrow()).status).toBe('滞后');
        await db.updateTable('reports').set('status', 'whatever').execute();
        expect((await db.selectFrom('reports').select('status').executeTakeFirstOrThrow()).status).toBe('whatever');
      } finally {
        await done();
      }
    });
  });
}
