import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendAuditEntries,
  auditChainHead,
  migrateToLatest,
  openDatabase,
  setAuditHashAlgo,
  verifyAuditChain,
  type OpenDatabase,
} from './support/storage.js';

const entry = (i: number) => ({
  userId: null,
  username: 'admin',
  entity: 'unit',
  entityId: `u${i}`,
  action: 'update',
  before: { n: i },
  after: { n: i + 1 },
  reason: null,
});

/** SQLite moves the audit head by compare-and-set against the head it wrote last; whatever else moved it must be seen. */
describe('audit appends on SQLite with the remembered head', () => {
  let dir: string;
  let a: OpenDatabase;
  let b: OpenDatabase;
  let sent: string[];
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-audit-head-'));
    sent = [];
    a = await openDatabase({ dataDir: dir, onQuery: (q) => void sent.push(q) });
    await migrateToLatest(a.db);
    b = await openDatabase({ dataDir: dir });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one verifiable chain when another handle, a rollback and a new algorithm move the head in between', async () => {
    await appendAuditEntries(a.db, [entry(1)]);
    sent = [];
    await appendAuditEntries(a.db, [entry(2), entry(3)]);
    // The remembered head: a compare-and-set and the insert, no read of the head.
    expect(sent.filter((q) => /audit_chain/.test(q))).toHaveLength(1);
    expect(sent.filter((q) => /audit_chain/.test(q))[0]).toMatch(/^update "audit_chain" set "last_seq" = \?, "last_hash" = \? where/);

    await appendAuditEntries(b.db, [entry(4)]);
    await appendAuditEntries(a.db, [entry(5)]);
    await expect(
      a.db.transaction().execute(async (tx) => {
        await appendAuditEntries(tx, [entry(6)]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await appendAuditEntries(a.db, [entry(7)]);
    await setAuditHashAlgo(b.db, 'sm3');
    await appendAuditEntries(a.db, [entry(8)]);

    const head = await auditChainHead(a.db);
    expect(head).toMatchObject({ lastSeq: 8, algo: 'sm3' });
    const rows = await a.db.selectFrom('audit_log').select(['seq', 'entity_id', 'hash_algo']).orderBy('seq').execute();
    expect(rows.map((r) => r.entity_id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u7', 'chain', 'u8']);
    expect(rows.map((r) => r.hash_algo)).toEqual(['sha256', 'sha256', 'sha256', 'sha256', 'sha256', 'sha256', 'sm3', 'sm3']);
    const v = await verifyAuditChain(a.db);
    expect(v).toMatchObject({ ok: true, checked: 8, head: { seq: 8, hash: head.lastHash } });
  });
});
