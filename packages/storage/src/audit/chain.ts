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

/** A chain head as last written by this process, per database handle (SQLite: see appendAuditEntries). */
interface KnownHead {
  seq: number;
  hash: string;
  algo: AuditHashAlgo;
}
const knownHeads = new WeakMap<object, KnownHead>();

/**
 * Appends entries to the audit log, chained: each row carries its position, the previous row's hash and its own.
 * The chain head is updated first in the caller's transaction, which locks it until commit, so concurrent appends
 * (several app servers on one PostgreSQL) queue instead of forking the chain. Callers append at the end of their
 * transaction (see services' write()), so the head lock is the last lock taken and cannot close a deadlock cycle.
 *
 * On SQLite the head this process wrote last is remembered, and the head is moved by compare-and-set: the update
 * applies only while the head is still exactly that (position, hash and algorithm), which a single statement
 * checks and the write lock keeps true until commit. Anything else — another process appended, a rolled-back
 * transaction, a restore, a new algorithm — makes it change no row, and the append reads the head under lock as
 * on PostgreSQL. One statement fewer per write, the same chain.
 */
export async function appendAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await inTransaction(db, async (tx) => {
    const n = entries.length;
    const handle = tx.getExecutor().adapter;
    const known = dialectOf(tx) === 'sqlite' ? knownHeads.get(handle) : undefined;
    knownHeads.delete(handle);
    if (known) {
      const chained = chainRows(entries, known);
      const moved = await runPrepared(
        tx,
        'audit.compare-and-set-head',
        [known.seq + n, chained.last, known.seq, known.hash, known.algo],
        (v) =>
          tx
            .updateTable('audit_chain')
            .set({ last_seq: v<number>(0), last_hash: v<string>(1) })
            .where('id', '=', 1)
            .where('last_seq', '=', v<number>(2))
            .where('last_hash', '=', v<string>(3))
            .where('algo', '=', v<string>(4)),
      );
      if (Number(moved.numAffectedRows) === 1) {
        const insert = preparedRows(chained.rows);
        await runPrepared(tx, `audit.insert:${insert.shape}`, insert.values, (v) => tx.insertInto('audit_log').values(insert.rows(v)));
        knownHeads.set(handle, { seq: known.seq + n, hash: chained.last, algo: known.algo });
        return;
      }
    }
    const head = (
      await runPrepared(tx, 'audit.lock-head', [n], (v) =>
        tx
          .updateTable('audit_chain')
          .set({ last_seq: sql<number>`last_seq + ${v<number>(0)}` })
          .where('id', '=', 1)
          .returning(['last_seq', 'last_hash', 'algo']),
      )
    ).rows[0]!;
    const algo = isAuditHashAlgo(head.algo) ? head.algo : 'sha256';
    const { rows, last } = chainRows(entries, { seq: Number(head.last_seq) - n, hash: head.last_hash, algo });
    const insert = preparedRows(rows);
    if (dialectOf(tx) === 'postgres') {
      // One round trip: PostgreSQL runs a data-modifying WITH exactly once, whether or not the update reads it.
      await runPrepared(tx, `audit.append:${insert.shape}`, [...insert.values, last], (v) =>
        tx
          .with('appended', (q) => q.insertInto('audit_log').values(insert.rows(v)).returning('id'))
          .updateTable('audit_chain')
          .set({ last_hash: v<string>(insert.values.length) })
          .where('id', '=', 1),
      );
      return;
    }
    await runPrepared(tx, `audit.insert:${insert.shape}`, insert.values, (v) => tx.insertInto('audit_log').values(insert.rows(v)));
    await runPrepared(tx, 'audit.move-head', [last], (v) =>
      tx
        .updateTable('audit_chain')
        .set({ last_hash: v<string>(0) })
        .where('id', '=', 1),
    );
    // Only an algorithm the head names exactly is remembered: an unknown one is re-read (and hashed as SHA-256) each time.
    if (algo === head.algo) knownHeads.set(handle, { seq: Number(head.last_seq), hash: last, algo });
  });
}

/** The rows of `entries` chained after `after`, and the last one's hash. */
function chainRows(entries: AuditEntry[], after: KnownHead) {
  let seq = after.seq;
  let prev = after.hash;
  const at = nowIso();
  const rows = entries.map((e) => {
    seq++;
    const content = {
      seq,
      id: newId(),
      at,
      user_id: e.userId,
      username: e.username,
      entity: e.entity,
      entity_id: e.entityId,
      action: e.action,
      before: json(e.before),
      after: json(e.after),
      reason: e.reason,
    };
    const hash = chainHash(after.algo, prev, content);
    const row = { ...content, prev_hash: prev, hash, hash_algo: after.algo };
    prev = hash;
    return row;
  });
  return { rows, last: prev };
}

/** The chain head. */
export async function auditChainHead(db: Db): Promise<AuditChainHead> {
  const h = await db.selectFrom('audit_chain').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    lastSeq: Number(h.last_seq),
    lastHash: h.last_hash,
    algo: isAuditHashAlgo(h.algo) ? h.algo : 'sha256',
    anchorSeq: Number(h.anchor_seq),
    anchorHash: h.anchor_hash,
  };
}

/**
 * Chooses the algorithm of entries appended from now on (each row records its own, so earlier ones still verify).
 * A change is itself an audit entry. Returns true when it changed.
 */
export async function setAuditHashAlgo(
  db: Db,
  algo: AuditHashAlgo,
  actor: { userId: string | null; username: string | null } = { userId: null, username: 'system' },
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const h = await auditChainHead(tx);
    if (h.algo === algo) return false;
    await tx.updateTable('audit_chain').set({ algo }).where('id', '=', 1).execute();
    await appendAuditEntries(tx, [
      {
        ...actor,
        entity: 'audit_log',
        entityId: 'chain',
        action: 'set_hash_algo',
        before: { algo: h.algo },
        after: { algo },
        reason: null,
      },
    ]);
    return true;
  });
}
