import type { Db } from '../repositories/types.js';
import type { ChainedContent } from './chain-hash.js';

/** An audit row as stored, chain columns included. */
export interface StoredAuditRow extends Omit<ChainedContent, 'seq'> {
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  hash_algo: string | null;
}

/** Filters of {@link auditRows}. */
export interface AuditRowsFilter {
  /** Only entries at or after this time (ISO). */
  from?: string;
  /** Only entries at or before this time (ISO). */
  to?: string;
}

/**
 * Every audit row in chain order, read in pages by position (never the whole log at once); rows outside the chain
 * (no position: written around it) come last.
 */
export async function* auditRows(db: Db, f: AuditRowsFilter = {}, pageSize = 1000): AsyncGenerator<StoredAuditRow> {
  let after = -1;
  for (;;) {
    let q = db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize);
    if (f.from) q = q.where('at', '>=', f.from);
    if (f.to) q = q.where('at', '<=', f.to);
    const rows = await q.execute();
    for (const r of rows) yield { ...r, seq: Number(r.seq) };
    if (rows.length < pageSize) break;
    after = Number(rows[rows.length - 1]!.seq);
  }
  let q = db.selectFrom('audit_log').selectAll().where('seq', 'is', null).orderBy('at').orderBy('id');
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<=', f.to);
  yield* await q.execute();
}
