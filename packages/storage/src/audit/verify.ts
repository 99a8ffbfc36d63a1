import type { Db } from '../repositories/types.js';
import { auditChainHead } from './chain.js';
import { chainHash, isAuditHashAlgo } from './chain-hash.js';
import { auditRows } from './rows.js';

/** The first place the chain is broken. */
export interface AuditBreak {
  /** The position where the break was found (the entry expected there). */
  seq: number;
  /** The id of the entry found there, when there is one. */
  id: string | null;
  kind: 'edited' | 'missing' | 'relinked' | 'unchained' | 'truncated';
  message: string;
}

/** What {@link verifyAuditChain} found. */
export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  checked: number;
  /** Where the kept chain starts (after retention pruning) and its last entry: record these outside to anchor it. */
  anchor: { seq: number; hash: string };
  head: { seq: number; hash: string };
  firstBreak: AuditBreak | null;
}

/**
 * Recomputes the chain from its anchor: every entry must sit at the next position, name the previous entry's hash
 * and hash to its stored hash; the last one must be the head. With `upTo`, checks only the entries up to that
 * position (what pruning is about to remove). Finds an edited entry (its hash no longer matches),
 * a deleted one (a gap in positions, or missing entries at the end), and one inserted around the chain.
 */
export async function verifyAuditChain(db: Db, options: { upTo?: number } = {}): Promise<AuditVerification> {
  const head = await auditChainHead(db);
  let expected = head.anchorSeq + 1;
  let prev = head.anchorHash;
  let checked = 0;
  const result = (firstBreak: AuditBreak | null): AuditVerification => ({
    ok: firstBreak === null,
    checked,
    anchor: { seq: head.anchorSeq, hash: head.anchorHash },
    head: { seq: head.lastSeq, hash: head.lastHash },
    firstBreak,
  });
  for await (const r of auditRows(db)) {
    if (options.upTo !== undefined && (r.seq === null || r.seq > options.upTo)) return result(null);
    if (r.seq === null)
      return result({ seq: expected, id: r.id, kind: 'unchained', message: `审计记录 ${r.id}（${r.at}）不在哈希链中（绕过了审计写入）` });
    if (r.seq !== expected) {
      const kind = r.seq < expected ? 'unchained' : 'missing';
      return result({
        seq: expected,
        id: null,
        kind,
        message:
          kind === 'missing'
            ? `第 ${expected} 条审计记录缺失（已被删除）${r.seq - expected > 1 ? `，共缺 ${r.seq - expected} 条` : ''}`
            : `第 ${r.seq} 条审计记录位于保留起点之前`,
      });
    }
    checked++;
    const algo = isAuditHashAlgo(r.hash_algo) ? r.hash_algo : null;
    if (r.prev_hash !== prev)
      return result({
        seq: r.seq,
        id: r.id,
        kind: 'relinked',
        message: `第 ${r.seq} 条审计记录（${r.id}）记录的上一条哈希与链不符（前面的记录被改动或删除）`,
      });
    if (!algo || chainHash(algo, prev, { ...r, seq: r.seq }) !== r.hash)
      return result({ seq: r.seq, id: r.id, kind: 'edited', message: `第 ${r.seq} 条审计记录（${r.id}）的内容与其哈希不符（已被改动）` });
    prev = r.hash!;
    expected++;
  }
  if (expected - 1 === head.lastSeq && prev !== head.lastHash) {
    return result({
      seq: head.lastSeq,
      id: null,
      kind: 'edited',
      message: `第 ${head.lastSeq} 条审计记录的哈希与链头记录不符（最后的记录被改写）`,
    });
  }
  if (expected - 1 !== head.lastSeq) {
    return result({
      seq: expected,
      id: null,
      kind: 'truncated',
      message: `审计链应到第 ${head.lastSeq} 条，实际只到第 ${expected - 1} 条（末尾的记录已被删除）`,
    });
  }
  return result(null);
}
