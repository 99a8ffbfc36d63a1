import type { Db } from '../repositories/types.js';
import { appendAuditEntries, auditChainHead, inTransaction } from './chain.js';
import { verifyAuditChain, type AuditBreak } from './verify.js';

/** The shortest retention allowed: 等保 reviews expect at least six months of audit records. */
export const MIN_AUDIT_RETENTION_DAYS = 180;

/** What {@link pruneAudit} did. */
export interface AuditPruneResult {
  removed: number;
  /** The new anchor: the last removed entry's position and hash (the first kept entry names it as previous). */
  anchor: { seq: number; hash: string };
}

/**
 * Removes audit entries older than `cutoff` (ISO time) from the start of the chain, keeping it verifiable: the
 * last removed entry's position and hash become the chain's anchor, and the pruning is itself an audit entry.
 * Only a prefix is removed (entries up to the first one at or after the cutoff). Refuses, removing nothing, when
 * that prefix (and the first entry kept) does not verify — pruning must not hide tampering.
 */
export async function pruneAudit(
  db: Db,
  cutoff: string,
  actor: { userId: string | null; username: string | null } = { userId: null, username: 'system' },
): Promise<AuditPruneResult> {
  const start = await auditChainHead(db);
  const keep = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('at', '>=', cutoff)
    .executeTakeFirst();
  const lastRemoved = keep?.seq != null ? Number(keep.seq) - 1 : start.lastSeq;
  if (lastRemoved <= start.anchorSeq) return { removed: 0, anchor: { seq: start.anchorSeq, hash: start.anchorHash } };
  // The prefix never changes once written, so it is checked without holding up appends.
  const check = await verifyAuditChain(db, { upTo: lastRemoved + 1 });
  if (!check.ok)
    throw Object.assign(new Error(`审计链校验未通过，未清理任何记录：${check.firstBreak!.message}`), {
      code: 'audit.chain_broken',
      firstBreak: check.firstBreak as AuditBreak,
    });
  return inTransaction(db, async (tx) => {
    // The head lock: another server pruning at the same time waits, then finds the anchor moved and stops.
    await tx
      .updateTable('audit_chain')
      .set({ last_seq: (eb) => eb.ref('last_seq') })
      .where('id', '=', 1)
      .execute();
    const head = await auditChainHead(tx);
    if (head.anchorSeq !== start.anchorSeq) return { removed: 0, anchor: { seq: head.anchorSeq, hash: head.anchorHash } };
    const anchorRow = await tx.selectFrom('audit_log').select('hash').where('seq', '=', lastRemoved).executeTakeFirstOrThrow();
    const res = await tx.deleteFrom('audit_log').where('seq', '<=', lastRemoved).executeTakeFirst();
    const removed = Number(res.numDeletedRows);
    const anchor = { seq: lastRemoved, hash: anchorRow.hash! };
    await tx.updateTable('audit_chain').set({ anchor_seq: anchor.seq, anchor_hash: anchor.hash }).where('id', '=', 1).execute();
    await appendAuditEntries(tx, [
      {
        ...actor,
        entity: 'audit_log',
        entityId: 'chain',
        action: 'prune',
        before: { anchorSeq: head.anchorSeq, anchorHash: head.anchorHash },
        after: { anchorSeq: anchor.seq, anchorHash: anchor.hash, removed, cutoff },
        reason: null,
      },
    ]);
    return { removed, anchor };
  });
}
