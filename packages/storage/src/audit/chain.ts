import { sql } from 'kysely';
import type { AuditRecord } from '../repositories/audit.js';
import { dialectOf } from '../dialect.js';
import { preparedRows, runPrepared } from '../prepared.js';
import type { Db } from '../repositories/types.js';
import { newId, nowIso } from '../util.js';
import { chainHash, isAuditHashAlgo, type AuditHashAlgo } from './chain-hash.js';

/** One entry to append: who did what to which entity, with before/after snapshots (any JSON value). */
export type AuditEntry = Omit<AuditRecord, 'id' | 'at'>;

/** The head of the chain: the last position and hash, the algorithm new entries use, and where the kept chain starts. */
export interface AuditChainHead {
  lastSeq: number;
  lastHash: string;
  algo: AuditHashAlgo;
  anchorSeq: number;
  anchorHash: string;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** Runs `fn` in a transaction: `db`'s own when it is one, else a new one. */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Appends entries to the audit log, chained: each row carries its position, the previous row's hash and its own.
 * The chain head is updated first in the caller's transaction, which locks it until commit, so concurrent appends
 * (several app servers on one PostgreSQL) queue instead of forking the chain. Callers append at the end of their
 * transaction (see services' write()), so the head lock is the last lock taken and cannot close a deadlock cycle.
 */
export async function appendAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await inTransaction(db, async (tx) => {
    const n = entries.length;
    const head = (
      await runPrepared(tx, 'audit.lock-head', [n], (v) =>
        tx.updateTable('audit_chain').set({ last_seq: sql<number>`last_seq + ${v<number>(0)}` }).where('id', '=', 1).returning(['last_seq', 'last_hash', 'algo']),
      )
    ).rows[0]!;
    const algo = isAuditHashAlgo(head.algo) ? head.algo : 'sha256';
    let seq = Number(head.last_seq) - n;
    let prev = head.last_hash;
    const at = nowIso();
    const rows = entries.map((e) => {
      seq++;
      const content = { seq, id: newId(), at, user_id: e.userId, username: e.username, entity: e.entity, entity_id: e.entityId, action: e.action, before: json(e.before), after: json(e.after), reason: e.reason };
      const hash = chainHash(algo, prev, content);
      const row = { ...content, prev_hash: prev, hash, hash_algo: algo };
      prev = hash;
      return row;
    });
    const insert = preparedRows(rows);
    if (dialectOf(tx) === 'postgres') {
      // One round trip: PostgreSQL runs a data-modifying WITH exactly once, whether or not the update reads it.
      await runPrepared(tx, `audit.append:${insert.shape}`, [...insert.values, prev], (v) =>
        tx.with('appended', (q) => q.insertInto('audit_log').values(insert.rows(v)).returning('id')).updateTable('audit_chain').set({ last_hash: v<string>(insert.values.length) }).where('id', '=', 1),
      );
    } else {
      await runPrepared(tx, `audit.insert:${insert.shape}`, insert.values, (v) => tx.insertInto('audit_log').values(insert.rows(v)));
      await runPrepared(tx, 'audit.move-head', [prev], (v) => tx.updateTable('audit_chain').set({ last_hash: v<string>(0) }).where('id', '=', 1));
    }
  });
}

/** The chain head. */
export async function auditChainHead(db: Db): Promise<AuditChainHead> {
  const h = await db.selectFrom('audit_chain').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { lastSeq: Number(h.last_seq), lastHash: h.last_hash, algo: isAuditHashAlgo(h.algo) ? h.algo : 'sha256', anchorSeq: Number(h.anchor_seq), anchorHash: h.anchor_hash };
}

/**
 * Chooses the algorithm of entries appended from now on (each row records its own, so earlier ones still verify).
 * A change is itself an audit entry. Returns true when it changed.
 */
export async function setAuditHashAlgo(db: Db, algo: AuditHashAlgo, actor: { userId: string | null; username: string | null } = { userId: null, username: 'system' }): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const h = await auditChainHead(tx);
    if (h.algo === algo) return false;
    await tx.updateTable('audit_chain').set({ algo }).where('id', '=', 1).execute();
    await appendAuditEntries(tx, [{ ...actor, entity: 'audit_log', entityId: 'chain', action: 'set_hash_algo', before: { algo: h.algo }, after: { algo }, reason: null }]);
    return true;
  });
}
