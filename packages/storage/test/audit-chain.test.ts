import { createHash } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.js';
import { digest } from '../src/audit/chain-hash.js';
import {
  appendAudit,
  auditChainHead,
  auditRows,
  dropPostgresSchema,
  migrateToLatest,
  openDatabase,
  pruneAudit,
  queryAudit,
  setAuditHashAlgo,
  verifyAuditChain,
  type OpenDatabase,
} from './support/storage.js';
import { freshSchemaName, pgUrl, testDatabases } from './support/databases.js';

const entry = (i: number) => ({
  userId: null,
  username: 'admin',
  entity: 'unit',
  entityId: `u${i}`,
  action: 'update',
  before: { n: i },
  after: { n: i + 1, 名称: '市卫生健康委' },
  reason: null,
});

describe('audit hash functions', () => {
  it('computes SM3 (GB/T 32905 test vectors) and SHA-256', () => {
    expect(digest('sm3', 'abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(digest('sm3', 'abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(digest('sha256', '督办')).toBe(createHash('sha256').update('督办', 'utf8').digest('hex'));
  });
});

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`audit hash chain on ${target.name}`, () => {
    let open: OpenDatabase;
    beforeEach(async () => {
      open = await target.open();
    });
    afterEach(async () => {
      if (open) await target.dispose(open);
    });

    const append = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++) await appendAudit(open.db, entry(i));
    };
    const idAt = async (seq: number) =>
      (await open.db.selectFrom('audit_log').select('id').where('seq', '=', seq).executeTakeFirstOrThrow()).id;

    it('chains every entry and verifies', async () => {
      await append(0, 12);
      const v = await verifyAuditChain(open.db);
      expect(v).toMatchObject({ ok: true, checked: 12, anchor: { seq: 0, hash: '' }, head: { seq: 12 }, firstBreak: null });
      const rows = [];
      for await (const r of auditRows(open.db)) rows.push(r);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
      expect(v.head.hash).toBe(rows[11]!.hash);
    });

    it('names the first edited entry', async () => {
      await append(0, 10);
      const id = await idAt(4);
      await open.db
        .updateTable('audit_log')
        .set({ after: JSON.stringify({ n: 999 }) })
        .where('id', '=', id)
        .execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ seq: 4, id, kind: 'edited' });
      // Recomputing that row's own hash does not help: the next entry names the old one.
      const r = await open.db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const { chainHash } = await import('../src/audit/chain-hash.js');
      await open.db
        .updateTable('audit_log')
        .set({ hash: chainHash('sha256', r.prev_hash!, { ...r, seq: 4 }) })
        .where('id', '=', id)
        .execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ seq: 5, kind: 'relinked' });
    });

    it('names a deleted entry, deleted last entries and an entry written around the chain', async () => {
      await append(0, 10);
      await open.db.deleteFrom('audit_log').where('seq', '=', 6).execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ seq: 6, id: null, kind: 'missing' });
      await open.db.deleteFrom('audit_log').where('seq', '>=', 6).execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({
        seq: 6,
        kind: 'truncated',
        message: expect.stringContaining('应到第 10 条'),
      });
      await append(100, 1); // the head says 11; positions 6…10 are gone
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ seq: 6, kind: 'missing' });
    });

    it('flags a row inserted without the chain', async () => {
      await append(0, 3);
      await open.db
        .insertInto('audit_log')
        .values({
          id: 'forged',
          at: new Date().toISOString(),
          user_id: null,
          username: 'x',
          entity: 'unit',
          entity_id: 'u',
          action: 'delete',
          before: null,
          after: null,
          reason: null,
          seq: null,
          prev_hash: null,
          hash: null,
          hash_algo: null,
        })
        .execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ id: 'forged', kind: 'unchained' });
    });

    it('switches to SM3 for new entries; old ones still verify', async () => {
      await append(0, 3);
      expect(await setAuditHashAlgo(open.db, 'sm3')).toBe(true);
      expect(await setAuditHashAlgo(open.db, 'sm3')).toBe(false);
      await append(3, 3);
      const algos = [];
      for await (const r of auditRows(open.db)) algos.push(r.hash_algo);
      expect(algos).toEqual(['sha256', 'sha256', 'sha256', 'sm3', 'sm3', 'sm3', 'sm3']);
      expect(await verifyAuditChain(open.db)).toMatchObject({ ok: true, checked: 7 });
      expect((await auditChainHead(open.db)).algo).toBe('sm3');
    });

    it('prunes a prefix older than the cutoff, keeps the rest verifiable and records the pruning', async () => {
      await append(0, 5);
      await new Promise((r) => setTimeout(r, 5));
      const cutoff = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      await append(5, 3);
      const fifth = (await open.db.selectFrom('audit_log').select('hash').where('seq', '=', 5).executeTakeFirstOrThrow()).hash;
      expect(await pruneAudit(open.db, cutoff)).toEqual({ removed: 5, anchor: { seq: 5, hash: fifth } });
      const v = await verifyAuditChain(open.db);
      expect(v).toMatchObject({ ok: true, checked: 4, anchor: { seq: 5, hash: fifth }, head: { seq: 9 } });
      expect((await queryAudit(open.db, { entity: 'audit_log' }, { page: 1, pageSize: 5 })).items[0]).toMatchObject({
        action: 'prune',
        after: { anchorSeq: 5, removed: 5 },
      });
      expect(await pruneAudit(open.db, cutoff)).toMatchObject({ removed: 0 });
      // Deleting the first kept entry is still found.
      await open.db.deleteFrom('audit_log').where('seq', '=', 6).execute();
      expect((await verifyAuditChain(open.db)).firstBreak).toMatchObject({ seq: 6, kind: 'missing' });
      await expect(pruneAudit(open.db, new Date().toISOString())).rejects.toMatchObject({ code: 'audit.chain_broken' });
    });

    it('keeps one chain under concurrent appends', async () => {
      await Promise.all(Array.from({ length: 40 }, (_, i) => appendAudit(open.db, entry(i))));
      expect(await verifyAuditChain(open.db)).toMatchObject({ ok: true, checked: 40, head: { seq: 40 } });
    });

    it('the migration chains entries written before it, oldest first', async () => {
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      const old = await openDatabase(schema ? { url: pgUrl!, schema } : { file: ':memory:' });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0121'));
        const s = schema ? { migrationTableSchema: schema } : {};
        const migrator = new Migrator({
          db: old.db,
          ...s,
          provider: { getMigrations: async () => before },
          migrationTableName: 'duban_migrations',
          migrationLockTableName: 'duban_migrations_lock',
        });
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        for (const [id, at] of [
          ['b', '2026-01-02T00:00:00.000Z'],
          ['a', '2026-01-02T00:00:00.000Z'],
          ['c', '2026-01-01T00:00:00.000Z'],
        ] as const) {
          await sql`INSERT INTO audit_log (id, at, username, entity, entity_id, action, after) VALUES (${id}, ${at}, 'admin', 'unit', 'u', 'create', '{"n":1}')`.execute(
            old.db,
          );
        }
        expect(await migrateToLatest(old.db)).toContain('0121-audit-chain');
        const order = [];
        for await (const r of auditRows(old.db)) order.push([r.seq, r.id]);
        expect(order).toEqual([
          [1, 'c'],
          [2, 'a'],
          [3, 'b'],
        ]);
        expect(await verifyAuditChain(old.db)).toMatchObject({ ok: true, checked: 3, head: { seq: 3 } });
        await appendAudit(old.db, entry(1));
        expect(await verifyAuditChain(old.db)).toMatchObject({ ok: true, checked: 4 });
      } finally {
        await old.close();
        if (schema) await dropPostgresSchema(pgUrl!, schema);
      }
    });
  });
}
